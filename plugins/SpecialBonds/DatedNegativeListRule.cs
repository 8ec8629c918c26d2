namespace Reserve.Plugins.SpecialBonds;

/// <summary>
/// The negative-list exclusion with a list that changes by date. StandardRules.NotOnNegativeList takes a
/// fixed list, so one standard rule is built per period of the dated parameter and the rule in force on
/// the match date is the one evaluated; the test and its message stay the standard ones.
/// </summary>
internal static class DatedNegativeListRule
{
    public const string Id = "ZXZ-NEGATIVE";
    private const string Title = "不涉及专项债券负面清单（不得投向）内容";

    public static EligibilityRule Build(DatedEnumList<NegativeListItem> list, PolicySource source)
    {
        var byPeriod = new Dictionary<IReadOnlyList<NegativeListItem>, EligibilityRule>(ReferenceEqualityComparer.Instance);
        foreach (var items in list.Periods)
        {
            byPeriod[items] = StandardRules.NotOnNegativeList(Id, Title, source, items);
        }

        EligibilityRule InForce(DateOnly date) => byPeriod[list.At(date)];

        return Rule.Exclusion(Id, Title)
            .From(source)
            .Requires(CommonFacts.NegativeList)
            .Evaluate((p, c) => InForce(c.AsOf).Evaluate(p, c))
            .Fail((p, c) => $"{InForce(c.AsOf).Explain(RuleVerdict.Fail, p, c)}（{ZhFormat.Date(c.AsOf)}适用的清单：{DatedEnumList<NegativeListItem>.Join(list.At(c.AsOf))}）")
            .Build();
    }
}
