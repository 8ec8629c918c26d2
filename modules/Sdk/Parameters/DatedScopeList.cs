using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Parameters;

/// <summary>
/// One supported area of a dated scope list, written in the parameters file as <c>名称|所属领域、…|关键词、…</c>.
/// A project is in the area when its 所属领域 is one of the fields or its name or 建设规模及内容 contains
/// one of the words; either part may be empty, not both. A narrow area (城市地下管网) is best recognised by
/// words, because a field such as 市政公用 is far wider than the area; a broad direction by field.
/// </summary>
public sealed record ScopeArea(string Name, ProjectField[] Fields, string[] Words)
{
    public bool Matches(ProjectRecord p) => FieldMatches(p) || MatchedWord(p) is not null;

    public bool FieldMatches(ProjectRecord p) => p.Field is { } field && Array.IndexOf(Fields, field) >= 0;

    /// <summary>The first word found in the name or scale; null when none is.</summary>
    public string? MatchedWord(ProjectRecord p)
    {
        foreach (var word in Words)
        {
            if (p.Name.Contains(word, StringComparison.Ordinal) || p.Scale.Contains(word, StringComparison.Ordinal))
            {
                return word;
            }
        }
        return null;
    }

    /// <summary>Why the project is in the area, for the pass message.</summary>
    public string Reason(ProjectRecord p) =>
        FieldMatches(p) ? $"所属领域为“{ZhNames<ProjectField>.Of(p.Field!.Value)}”" : $"名称或建设内容含“{MatchedWord(p)}”";

    /// <summary>The area as a reader needs it to see what would have qualified.</summary>
    public string Describe() => Fields.Length > 0 ? $"{Name}〔所属领域：{string.Join("、", Fields.Select(ZhNames<ProjectField>.Of))}〕" : Name;

    public static ScopeArea Parse(string key, DateOnly from, string text)
    {
        var parts = text.Split('|');
        if (parts.Length != 3 || string.IsNullOrWhiteSpace(parts[0]))
        {
            throw new FormatException($"参数 {key} 在 {from:yyyy-MM-dd} 的取值“{text}”应为“名称|所属领域、…|关键词、…”");
        }
        var fields = new List<ProjectField>();
        foreach (var word in SplitList(parts[1]))
        {
            fields.Add(ZhNames<ProjectField>.TryParse(word, out var field)
                ? field
                : throw new FormatException($"参数 {key} 在 {from:yyyy-MM-dd} 的“{parts[0]}”中，“{word}”不是所属领域，应为：{string.Join("、", ZhNames<ProjectField>.All)}"));
        }
        var words = SplitList(parts[2]);
        if (fields.Count == 0 && words.Length == 0)
        {
            throw new FormatException($"参数 {key} 在 {from:yyyy-MM-dd} 的“{parts[0]}”既没有所属领域也没有关键词");
        }
        return new ScopeArea(parts[0].Trim(), [.. fields], words);
    }

    private static string[] SplitList(string text) =>
        text.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// A dated list of <see cref="ScopeArea"/>. Each period is parsed once when the plugin loads, so a misspelt
/// field fails the load with its key and date instead of silently matching nothing.
/// </summary>
public sealed class DatedScopeList
{
    private readonly DatedParameter<IReadOnlyList<string>> _texts;

    // Keyed by the list instance the dated parameter hands back for each period: no parsing per evaluation.
    private readonly Dictionary<IReadOnlyList<string>, ScopeArea[]> _areas = new(ReferenceEqualityComparer.Instance);

    public DatedScopeList(ParameterTable table, string key)
    {
        _texts = table.List(key);
        foreach (var (from, _) in table.History(key))
        {
            if (_texts.TryAt(from, out var texts) && !_areas.ContainsKey(texts))
            {
                _areas[texts] = texts.Select(t => ScopeArea.Parse(key, from, t)).ToArray();
            }
        }
    }

    /// <summary>The areas in force on a date; throws (marking the result as an error) when none are.</summary>
    public IReadOnlyList<ScopeArea> At(DateOnly date) => _areas[_texts.At(date)];

    /// <summary>The first area the project is in on a date; null when it is in none.</summary>
    public ScopeArea? Find(ProjectRecord p, DateOnly date)
    {
        foreach (var area in _areas[_texts.At(date)])
        {
            if (area.Matches(p))
            {
                return area;
            }
        }
        return null;
    }

    /// <summary>True when some area in force is recognised by field, so a missing field leaves the answer open.</summary>
    public bool UsesFields(DateOnly date) => At(date).Any(a => a.Fields.Length > 0);

    public static string Join(IReadOnlyList<ScopeArea> areas) =>
        areas.Count == 0 ? "无" : string.Join("、", areas.Select(a => a.Describe()));
}
