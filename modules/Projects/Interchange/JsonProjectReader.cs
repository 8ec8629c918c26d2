using System.Text.Json;
using Reserve.Projects.Validation;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>
/// Reads untrusted JSON: an array of records, or <c>{ "projects": [ … ] }</c>. It walks a
/// <see cref="JsonDocument"/> field by field rather than deserializing, so that a value of the wrong type
/// becomes a problem on that field and the rest of the record is still read.
/// </summary>
internal sealed class JsonProjectReader(ChannelFacts facts)
{
    public const string ProjectsKey = "projects";
    private const string ProjectColumn = "项目";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        // Hand-edited files: tolerate what a person commonly leaves in.
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Dictionary<string, RecordField> FieldsByKey =
        RecordFields.All.ToDictionary(f => f.Key, StringComparer.OrdinalIgnoreCase);

    private static readonly Part<FundingSourceLine>[] FundingParts =
    [
        new("source", "来源", true, (line, raw) => ValueReaders.ReadInto<FundingSourceKind>(ValueReaders.TryChoice, raw, v => line.Source = v)),
        new("planned", "计划金额", true, (line, raw) => ValueReaders.ReadInto<decimal>(ValueReaders.TryNumber, raw, v => line.Planned = v)),
        new("arrived", "到位金额", false, (line, raw) => ValueReaders.ReadInto<decimal>(ValueReaders.TryNumber, raw, v => line.Arrived = v)),
    ];

    private static readonly Part<PreWorkItem>[] PreWorkParts =
    [
        new("item", "事项", true, (item, raw) => ValueReaders.ReadInto<PreWorkKind>(ValueReaders.TryChoice, raw, v => item.Item = v)),
        new("status", "办理状态", true, (item, raw) => ValueReaders.ReadInto<PreWorkStatus>(ValueReaders.TryChoice, raw, v => item.Status = v)),
        new("docNumber", "文号", false, (item, raw) => ValueReaders.ReadInto<string>(ValueReaders.TryText, raw, v => item.DocNumber = v)),
        new("date", "日期", false, (item, raw) => ValueReaders.ReadInto<DateOnly>(ValueReaders.TryDate, raw, v => item.Date = v)),
        new("expires", "有效期", false, (item, raw) => ValueReaders.ReadInto<DateOnly>(ValueReaders.TryDate, raw, v => item.Expires = v)),
    ];

    private static readonly Part<ChannelRequest>[] RequestParts =
    [
        new("channel", "渠道", true, (request, raw) => ValueReaders.ReadInto<string>(ValueReaders.TryText, raw, v => request.Channel = v)),
        new("amount", "金额", true, (request, raw) => ValueReaders.ReadInto<decimal>(ValueReaders.TryNumber, raw, v => request.Amount = v)),
    ];

    private readonly JsonColumnNames _names = new(facts);

    public ImportResult Read(Stream stream)
    {
        var bytes = ReadAll(stream);
        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return ImportResult.FileProblem(ImportFormat.Json, "文件为空");
        }
        // The parser checks the text of a value only when it is read, and would then throw: a file saved in GBK, or
        // damaged, is refused here as a whole, with where the first bad byte is.
        if (InvalidUtf8At(bytes.Span) is { } bad)
        {
            return ImportResult.FileProblem(ImportFormat.Json,
                $"文件不是 UTF-8 编码的文本：第{bad.Line}行第{bad.Byte}个字节起无法识别（GBK 等编码的文件请另存为 UTF-8）");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException e)
        {
            return ImportResult.FileProblem(ImportFormat.Json,
                $"文件不是有效的 JSON：第{e.LineNumber + 1}行第{e.BytePositionInLine + 1}个字节附近格式有误");
        }
        using (document)
        {
            if (FindProjects(document.RootElement) is not { } projects)
            {
                return ImportResult.FileProblem(ImportFormat.Json,
                    $"JSON 顶层应为项目数组 [ … ]，或含 {ProjectsKey} 数组的对象 {{ \"{ProjectsKey}\": [ … ] }}");
            }
            var rows = new List<ImportedRow>();
            var index = 0;
            foreach (var element in projects.EnumerateArray())
            {
                rows.Add(ReadRow(element, ++index));
            }
            return rows.Count == 0
                ? ImportResult.FileProblem(ImportFormat.Json, "文件中没有项目")
                : new ImportResult(ImportFormat.Json, [], rows);
        }
    }

    /// <summary>The line and byte (1-based) of the first byte that is not UTF-8, or null when the whole file is.</summary>
    private static (int Line, int Byte)? InvalidUtf8At(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }
        var chars = new char[bytes.Length];
        System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var valid, out _, replaceInvalidSequences: false);
        var before = bytes[..valid];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, valid - lineStart + 1);
    }

    private static ReadOnlyMemory<byte> ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        ReadOnlyMemory<byte> bytes = buffer.ToArray();
        // JsonDocument.Parse on bytes does not skip a byte-order mark; editors on Windows often write one.
        return bytes.Span.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
    }

    private static JsonElement? FindProjects(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root;
        }
        if (root.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name.Equals(ProjectsKey, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value.ValueKind == JsonValueKind.Array ? property.Value : null;
                }
            }
        }
        return null;
    }

    private ImportedRow ReadRow(JsonElement element, int row)
    {
        var record = new ProjectRecord();
        var problems = new List<ImportProblem>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ImportProblem(row, ProjectColumn, $"应为对象 {{ … }}，实际是{KindName(element.ValueKind)}"));
            return new ImportedRow(row, record, problems);
        }
        void Report(string column, string message) => problems.Add(new ImportProblem(row, column, message));

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                Report(ColumnOf(property.Name), $"字段“{property.Name}”重复出现，只读取了第一个");
                continue;
            }
            ReadProperty(record, property, Report);
        }
        return RowCompletion.Complete(row, record, problems, facts, _names);
    }

    private void ReadProperty(ProjectRecord record, JsonProperty property, Action<string, string> report)
    {
        if (FieldsByKey.TryGetValue(property.Name, out var field))
        {
            var raw = RawValue.FromJson(property.Value);
            if (!raw.IsEmpty && field.Read(record, raw) is { } error)
            {
                report(field.JsonName, error);
            }
            return;
        }
        switch (property.Name.ToLowerInvariant())
        {
            case "fundingsources":
                ReadItems(property.Value, JsonColumnNames.FundingSources, FundingParts, record.FundingSources.Add, report);
                break;
            case "requests":
                ReadItems(property.Value, JsonColumnNames.RequestList, RequestParts, record.Requests.Add, report);
                break;
            case "prework":
                ReadItems(property.Value, JsonColumnNames.PreWorkItems, PreWorkParts, record.PreWork.Add, report);
                break;
            case "facts":
                ReadFacts(record, property.Value, report);
                break;
            default:
                report(property.Name, $"无法识别的字段“{property.Name}”，未导入");
                break;
        }
    }

    /// <summary>A list of small objects (资金来源, 前期工作, 拟申请渠道): each item is kept only when its required parts read.</summary>
    private static void ReadItems<T>(JsonElement value, string column, IReadOnlyList<Part<T>> parts, Action<T> add,
        Action<string, string> report) where T : new()
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            report(column, $"应为数组 [ … ]，实际是{KindName(value.ValueKind)}");
            return;
        }
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            index++;
            if (element.ValueKind != JsonValueKind.Object)
            {
                report(column, $"第{index}项应为对象 {{ … }}，实际是{KindName(element.ValueKind)}");
                continue;
            }
            var item = new T();
            var complete = true;
            var given = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in element.EnumerateObject())
            {
                var part = parts.FirstOrDefault(p => p.Key.Equals(property.Name, StringComparison.OrdinalIgnoreCase));
                if (part is null)
                {
                    report(column, $"第{index}项有无法识别的字段“{property.Name}”，未导入");
                    continue;
                }
                var raw = RawValue.FromJson(property.Value);
                if (raw.IsEmpty)
                {
                    continue;
                }
                given.Add(part.Key);
                if (part.Read(item, raw) is { } error)
                {
                    report(column, $"第{index}项{part.Label}({part.Key})：{error}");
                    complete = false;
                }
            }
            foreach (var missing in parts.Where(p => p.Required && !given.Contains(p.Key)))
            {
                report(column, $"第{index}项缺少{missing.Label}({missing.Key})");
                complete = false;
            }
            if (complete)
            {
                add(item);
            }
        }
    }

    private void ReadFacts(ProjectRecord record, JsonElement value, Action<string, string> report)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            report(JsonColumnNames.FactMap, $"应为对象 {{ \"要素键\": 值 }}，实际是{KindName(value.ValueKind)}");
            return;
        }
        foreach (var property in value.EnumerateObject())
        {
            var raw = RawValue.FromJson(property.Value);
            if (raw.IsEmpty)
            {
                continue;
            }
            // A key no channel declares is still read, so that the validator names it instead of it vanishing.
            var read = facts.Find(property.Name) is { } descriptor
                ? FactValues.TryRead(descriptor, raw, out var fact, out var error)
                : FactValues.TryReadUntyped(raw, out fact, out error);
            if (read)
            {
                record.Facts[property.Name] = fact;
            }
            else
            {
                report(_names.Fact(property.Name), error);
            }
        }
    }

    private static string ColumnOf(string key) =>
        FieldsByKey.TryGetValue(key, out var field) ? field.JsonName : key;

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.String => "文字",
        JsonValueKind.Number => "数字",
        JsonValueKind.True or JsonValueKind.False => "是否值",
        _ => "空值",
    };

    /// <summary>One key of a list item: its Chinese label, whether the item needs it, and how it is read.</summary>
    private sealed record Part<T>(string Key, string Label, bool Required, Func<T, RawValue, string?> Read);
}
