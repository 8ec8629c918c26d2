namespace Reserve.Plugins.PolicyFinance;

/// <summary>
/// Whether a project falls in the supported areas of the batch in force on the match date. The policy
/// names areas in words (数字经济, 城市基础设施 …), not record fields, so a project is in scope when any of
/// three readings holds: its 所属领域 is on the batch's field list, its computed “两新一重” tag is on the
/// batch's tag list, or its name or scale contains one of the batch's words. Each reading is a parameter,
/// so a reviewer can see and correct the interpretation without a rebuild.
/// </summary>
internal sealed class InstrumentScope
{
    private static readonly string[] TagFamilies =
        [TwoNewOneMajor.NewInfrastructure, TwoNewOneMajor.NewUrbanization, TwoNewOneMajor.MajorProject];

    private readonly DatedParameter<IReadOnlyList<string>> _fields;
    private readonly DatedParameter<IReadOnlyList<string>> _tags;
    private readonly DatedParameter<IReadOnlyList<string>> _words;

    // Parsed once per period, keyed by the list instance the dated parameter hands back, so a
    // misspelt field fails the load instead of silently matching nothing.
    private readonly Dictionary<IReadOnlyList<string>, ProjectField[]> _parsedFields = new(ReferenceEqualityComparer.Instance);

    // How each period's words are compared, chosen once: ignoring case costs a slow character-by-character
    // search on Chinese text, and a word none of whose characters has a case mapping matches ignoring case
    // exactly where it matches ordinally.
    private readonly Dictionary<IReadOnlyList<string>, StringComparison[]> _comparisons = new(ReferenceEqualityComparer.Instance);

    public InstrumentScope(PolicyFinanceParameters parameters)
    {
        _fields = parameters.ScopeFields;
        _tags = parameters.ScopeTags;
        _words = parameters.ScopeWords;
        foreach (var words in _fields.History())
        {
            _parsedFields[words] = words.Select(w => ZhNames<ProjectField>.TryParse(w, out var field)
                    ? field
                    : throw new FormatException($"参数“{_fields.Info.Label}”中的“{w}”不是所属领域，应为：{string.Join("、", ZhNames<ProjectField>.All)}"))
                .ToArray();
        }
        foreach (var words in _words.History())
        {
            _comparisons[words] = [.. words.Select(w =>
                w.All(c => char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)];
        }
        // The SDK does not list its tags, so a tag is checked against the three families it can start with.
        foreach (var tag in _tags.History().SelectMany(t => t))
        {
            if (!TagFamilies.Any(f => IsTagOrFamily(tag, f)))
            {
                throw new FormatException($"参数“{_tags.Info.Label}”中的“{tag}”不是“两新一重”标签，应以 {string.Join("、", TagFamilies)} 开头");
            }
        }
    }

    /// <summary>True when the scope lists are in force on the date (from the 2022 batch on).</summary>
    public bool InForce(DateOnly date) => _fields.TryAt(date, out _) && _tags.TryAt(date, out _) && _words.TryAt(date, out _);

    /// <summary>
    /// Whether any reading places the project in scope, cheapest first; the classifier, which builds its
    /// tag list, runs only when neither the field nor the words decide.
    /// </summary>
    public bool Contains(ProjectRecord p, DateOnly date)
    {
        if (p.Field is { } field && Array.IndexOf(_parsedFields[_fields.At(date)], field) >= 0)
        {
            return true;
        }
        var words = _words.At(date);
        var comparisons = _comparisons[words];
        for (var i = 0; i < words.Count; i++)
        {
            if (p.Name.Contains(words[i], comparisons[i]) || p.Scale.Contains(words[i], comparisons[i]))
            {
                return true;
            }
        }
        var tags = _tags.At(date);
        foreach (var tag in TwoNewOneMajor.Classify(p))
        {
            for (var i = 0; i < tags.Count; i++)
            {
                if (IsTagOrFamily(tag.Tag, tags[i]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Why the project is in scope on the date, in Chinese, for the message; null when it is not.</summary>
    public string? Reason(ProjectRecord p, DateOnly date)
    {
        var reasons = new List<string>();
        if (p.Field is { } field && Array.IndexOf(_parsedFields[_fields.At(date)], field) >= 0)
        {
            reasons.Add($"所属领域“{ZhNames<ProjectField>.Of(field)}”在支持领域内");
        }
        var tags = _tags.At(date);
        foreach (var tag in TwoNewOneMajor.Classify(p))
        {
            if (tags.Any(t => IsTagOrFamily(tag.Tag, t)))
            {
                reasons.Add($"“两新一重”分类为“{tag.Tag}”（{tag.Reason}）");
            }
        }
        var text = p.Name + " " + p.Scale;
        var words = _words.At(date).Where(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)).ToList();
        if (words.Count > 0)
        {
            reasons.Add($"名称或建设内容含“{string.Join("、", words)}”");
        }
        return reasons.Count == 0 ? null : string.Join("；", reasons);
    }

    private static bool IsTagOrFamily(string tag, string wanted) =>
        tag == wanted || (tag.Length > wanted.Length && tag[wanted.Length] == '-' && tag.StartsWith(wanted, StringComparison.Ordinal));

    /// <summary>The lists in force on the date, for a failure message.</summary>
    public string Describe(DateOnly date) =>
        $"支持领域：{string.Join("、", _fields.At(date))}；“两新一重”分类：{string.Join("、", _tags.At(date))}；关键词：{string.Join("、", _words.At(date))}";
}
