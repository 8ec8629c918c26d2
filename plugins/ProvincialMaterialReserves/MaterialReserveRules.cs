namespace Reserve.Plugins.ProvincialMaterialReserves;

/// <summary>
/// The rules of 甘肃省级专项·重大物资储备: the national baseline and the scope of the two
/// national 专项 of the row. No condition, ratio or threshold of those 专项 is sourced, and none is invented.
/// </summary>
internal sealed class MaterialReserveRules(PolicySourceTable sources)
{
    /// <summary>The two 专项 and the words (from their names) that place a project in one of them.</summary>
    private static readonly (string Category, string[] Words)[] Categories =
    [
        ("应急物资保障", ["应急物资", "救灾物资", "应急储备", "应急保障"]),
        ("粮食等重要农产品仓储设施", ["粮食仓储", "粮食储备", "储备粮", "粮库", "粮仓", "粮油仓储", "粮油储备", "重要农产品仓储", "重要农产品储备"]),
    ];

    public IReadOnlyList<EligibilityRule> Build() =>
    [
        .. BorrowedRules.Baseline(sources.Inference),
        Scope(),
        StandardRules.UnitNotDishonest(sources["dishonest"]),
    ];

    /// <summary>
    /// The content decides: 所属领域 物资储备 also covers reserves (energy, medicine) that no route of the row
    /// names, and a 粮库 may be filed under 农业农村. The field is quoted in the message only.
    /// </summary>
    private EligibilityRule Scope() =>
        Rule.Hard("GSWZ-SCOPE", "属于应急物资保障或粮食等重要农产品仓储设施")
            .From(sources["scope"])
            .Check((p, _) => AnyMatch(p))
            .Pass((p, _) => string.Join("；", Matches(p).Select(m => $"属{m.Category}（名称或建设内容含“{string.Join("、", m.Words)}”）")))
            .Fail((p, _) =>
            {
                var field = p.Field is { } f ? $"所属领域为“{ZhNames<ProjectField>.Of(f)}”，" : "";
                return $"{field}名称和建设内容未体现应急物资保障（如应急物资、救灾物资储备库）或粮食等重要农产品仓储设施（如粮库、储备粮仓储）；本专项承接的国家渠道只见这两类";
            })
            .Build();

    /// <summary>
    /// Whether <see cref="Matches"/> finds any, without building the text or the lists: the rule asks for every
    /// project. The words have no space, so none can span the name and the scale.
    /// </summary>
    private static bool AnyMatch(ProjectRecord p)
    {
        foreach (var (_, words) in Categories)
        {
            foreach (var word in words)
            {
                if (p.Name.Contains(word, StringComparison.Ordinal) || p.Scale.Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<(string Category, List<string> Words)> Matches(ProjectRecord p)
    {
        var text = p.Name + " " + p.Scale;
        return Categories
            .Select(c => (c.Category, Words: c.Words.Where(w => text.Contains(w, StringComparison.Ordinal)).ToList()))
            .Where(m => m.Words.Count > 0)
            .ToList();
    }
}
