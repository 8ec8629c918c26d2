namespace Reserve.Plugins.CentralBudget;

/// <summary>
/// One aspect of a 专项's scope that must show in the project's name or 建设规模及内容; any one of the
/// words shows it. The record has no finer classification than 所属领域, so words are the only signal
/// for, say, "老化更新" within 市政公用.
/// </summary>
internal sealed record ScopeWords(string Aspect, string[] Words)
{
    // Chosen once per word: ignoring case costs a slow character-by-character search on Chinese text, and a
    // word none of whose characters has a case mapping matches ignoring case exactly where it matches ordinally.
    private readonly StringComparison[] _comparisons = [.. Words.Select(w =>
        w.All(c => char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)];

    /// <summary>
    /// Any word in "name scale". Name and scale are searched apart, without building the joined text; only
    /// a word with a space could span the two, and such a word is searched in the joined text.
    /// </summary>
    public bool ShowIn(ProjectRecord p)
    {
        for (var i = 0; i < Words.Length; i++)
        {
            var found = Words[i].Contains(' ')
                ? (p.Name + " " + p.Scale).Contains(Words[i], _comparisons[i])
                : p.Name.Contains(Words[i], _comparisons[i]) || p.Scale.Contains(Words[i], _comparisons[i]);
            if (found)
            {
                return true;
            }
        }
        return false;
    }

    public string Describe() => $"{Aspect}（名称或建设规模及内容应含“{string.Join("”“", Words)}”之一）";
}

/// <summary>
/// The dates a 专项 (or the modelled part of one) exists, from a dated true/false parameter, so that a
/// match made before the 专项 was set up fails with the date it started.
/// </summary>
internal sealed class ProgrammePeriod(DatedParameter<bool> supported, DateOnly firstFrom, string what)
{
    public static ProgrammePeriod From(ParameterTable parameters, string key, string what) =>
        new(parameters.Flag(key), ParameterDisplay.FirstFrom(parameters, key), what);

    public bool InForce(DateOnly date) => supported.TryAt(date, out var on) && on;

    public string NotInForce(DateOnly date) => $"匹配日期 {ZhFormat.Date(date)} 时{what}尚未设立（自{ZhFormat.Date(firstFrom)}起）";
}

/// <summary>
/// The scope rule of a 专项 (XX-SCOPE): the 专项 must exist on the match date; a 两新一重 tag, when given,
/// admits a project by itself; otherwise every word aspect must show and the 所属领域 must be one the 专项
/// takes. The order matters for unknowns: content that plainly falls outside fails even when 所属领域 is
/// missing, while content that fits waits for 所属领域 rather than guessing it.
/// </summary>
internal sealed class ProgrammeScope(string id, string title, PolicySource source, string supports, ProjectField[] fields)
{
    /// <summary>Word aspects that must all show in the name or scale (none: 所属领域 alone decides).</summary>
    public ScopeWords[] Words { get; init; } = [];

    /// <summary>A <see cref="TwoNewOneMajor"/> tag or family (e.g. 新型基础设施) that admits a project by itself.</summary>
    public string? Tag { get; init; }

    public ProgrammePeriod? Period { get; init; }

    public EligibilityRule ToRule() =>
        Rule.Hard(id, title)
            .From(source)
            .Evaluate((p, c) =>
            {
                if (Period is { } period && !period.InForce(c.AsOf))
                {
                    return RuleVerdict.Fail;
                }
                if (TagOf(p) is not null)
                {
                    return RuleVerdict.Pass;
                }
                foreach (var words in Words)
                {
                    if (!words.ShowIn(p))
                    {
                        return RuleVerdict.Fail;
                    }
                }
                if (p.Field is not { } field)
                {
                    return c.Unknown(CommonFacts.Field);
                }
                return Array.IndexOf(fields, field) >= 0 ? RuleVerdict.Pass : RuleVerdict.Fail;
            })
            .Pass((p, _) => TagOf(p) is { } tag ? $"符合：按“两新一重”分类归入{tag.Tag}（{tag.Reason}）" : $"符合：{title}")
            .Fail((p, c) =>
            {
                if (Period is { } period && !period.InForce(c.AsOf))
                {
                    return period.NotInForce(c.AsOf);
                }
                var missing = Words.Where(w => !w.ShowIn(p)).Select(w => w.Describe()).ToList();
                if (missing.Count > 0)
                {
                    return $"项目“{p.Name}”的名称和建设内容未体现{string.Join("；未体现", missing)}；本专项支持{supports}";
                }
                var untagged = Tag is null ? "" : $"，也未按“两新一重”分类归入{Tag}";
                return $"所属领域为{ZhNames<ProjectField>.Of(p.Field!.Value)}{untagged}；本专项支持{supports}";
            })
            .Build();

    private ClassificationTag? TagOf(ProjectRecord p)
    {
        if (Tag is null)
        {
            return null;
        }
        // A loop comparing in place: this runs for every project, and Tag + "-" would allocate each time.
        foreach (var tag in TwoNewOneMajor.Classify(p))
        {
            if (tag.Tag == Tag || (tag.Tag.Length > Tag.Length && tag.Tag[Tag.Length] == '-' && tag.Tag.StartsWith(Tag, StringComparison.Ordinal)))
            {
                return tag;
            }
        }
        return null;
    }
}
