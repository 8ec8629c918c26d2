using System.Globalization;
using System.Text.Json;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Parameters;

/// <summary>
/// The dated parameters a plugin keeps in dated parameters file beside its assembly, so that next
/// year's numbers are an edit, not a rebuild. Format:
/// <code>{ "parameters": { "maxRatio": { "label": "补助比例上限", "unit": "比例",
///   "source": { "citation": "…", "url": "…", "confidence": "sourced" },
///   "values": { "2020-01-01": 0.3, "2027-01-01": null } } } }</code>
/// Values are numbers, strings, booleans or lists of strings. A source may instead cite the manifest's by id
/// (<see cref="Parse(string, PolicySourceTable)"/>).
/// </summary>
public sealed class ParameterTable
{
    private readonly Dictionary<string, Entry> _entries;

    private ParameterTable(Dictionary<string, Entry> entries)
    {
        _entries = entries;
    }

    public static ParameterTable Empty { get; } = new(new Dictionary<string, Entry>(StringComparer.Ordinal));

    public IEnumerable<ParameterInfo> All => _entries.Values.Select(e => e.Info);

    /// <summary>Every value of every parameter, for reports: key → (from, value as text).</summary>
    public IReadOnlyList<(DateOnly From, string? Value)> History(string key) =>
        Find(key).Values.Select(v => (v.From, v.Ended ? null : v.Raw.ToString())).ToList();

    public DatedParameter<decimal> Decimal(string key) => Bind(key, JsonValueKind.Number, e => e.GetDecimal());

    public DatedParameter<string> Text(string key) => Bind(key, JsonValueKind.String, e => e.GetString()!);

    public DatedParameter<bool> Flag(string key) => Bind(key, JsonValueKind.True, e => e.GetBoolean());

    public DatedParameter<IReadOnlyList<string>> List(string key) =>
        Bind<IReadOnlyList<string>>(key, JsonValueKind.Array, e => e.EnumerateArray().Select(x => x.GetString() ?? "").ToArray());

    /// <summary>
    /// A list whose every word must be the Chinese name of one of <typeparamref name="TEnum"/>'s values (a 所属领域, a
    /// 资金来源), checked at load: a misspelt word fails the plugin with its key instead of silently matching nothing.
    /// </summary>
    public DatedParameter<IReadOnlyList<string>> EnumList<TEnum>(string key) where TEnum : struct, Enum
    {
        var list = List(key);
        foreach (var word in list.History().SelectMany(w => w))
        {
            if (!ZhNames<TEnum>.TryParse(word, out _))
            {
                throw new FormatException($"参数 {key} 中的“{word}”不是允许的取值，应为：{string.Join("、", ZhNames<TEnum>.All)}");
            }
        }
        return list;
    }

    /// <summary>Reads a parameters file; throws <see cref="FormatException"/> with a Chinese message naming the key.</summary>
    public static ParameterTable Parse(string json) => Read(json, null);

    /// <summary>
    /// Reads a parameters file whose sources may cite the manifest's by id (<c>"source": "scope"</c>, or
    /// <c>"source": { "basedOn": "scope", "note": "…" }</c>), so that a document is written once per plugin.
    /// </summary>
    public static ParameterTable Parse(string json, PolicySourceTable sources) => Read(json, sources);

    private static ParameterTable Read(string json, PolicySourceTable? sources)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!doc.RootElement.TryGetProperty("parameters", out var parameters) || parameters.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("参数文件缺少 \"parameters\" 对象。");
        }
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var p in parameters.EnumerateObject())
        {
            var label = p.Value.TryGetProperty("label", out var l) ? l.GetString() : null;
            if (string.IsNullOrWhiteSpace(label))
            {
                throw new FormatException($"参数 {p.Name} 缺少中文名称 label。");
            }
            var unit = p.Value.TryGetProperty("unit", out var u) ? u.GetString() : null;
            PolicySource? source = p.Value.TryGetProperty("source", out var s) ? ParameterSourceJson.Read(p.Name, s, sources) : null;
            if (!p.Value.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"参数 {p.Name} 缺少按日期的取值 values。");
            }
            var list = new List<(DateOnly, JsonElement, bool)>();
            foreach (var v in values.EnumerateObject())
            {
                if (!DateOnly.TryParseExact(v.Name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
                {
                    throw new FormatException($"参数 {p.Name} 的生效日期“{v.Name}”不是 yyyy-MM-dd 格式。");
                }
                list.Add((from, v.Value.Clone(), v.Value.ValueKind == JsonValueKind.Null));
            }
            if (list.Count == 0)
            {
                throw new FormatException($"参数 {p.Name} 没有任何取值。");
            }
            entries[p.Name] = new Entry(new ParameterInfo(p.Name, label, unit, source), list.OrderBy(x => x.Item1).ToList());
        }
        return new ParameterTable(entries);
    }

    private DatedParameter<T> Bind<T>(string key, JsonValueKind kind, Func<JsonElement, T> read)
    {
        var entry = Find(key);
        var values = new List<(DateOnly, T?, bool)>();
        foreach (var (from, raw, ended) in entry.Values)
        {
            if (ended)
            {
                values.Add((from, default, true));
                continue;
            }
            var matches = kind == JsonValueKind.True ? raw.ValueKind is JsonValueKind.True or JsonValueKind.False : raw.ValueKind == kind;
            if (!matches)
            {
                throw new FormatException($"参数 {key} 在 {from:yyyy-MM-dd} 的取值类型应为 {kind}，实际为 {raw.ValueKind}。");
            }
            values.Add((from, read(raw), false));
        }
        return new DatedParameter<T>(entry.Info, values);
    }

    private Entry Find(string key) =>
        _entries.TryGetValue(key, out var entry) ? entry : throw new KeyNotFoundException($"参数文件中没有参数 {key}。");

    private sealed record Entry(ParameterInfo Info, List<(DateOnly From, JsonElement Raw, bool Ended)> Values);
}
