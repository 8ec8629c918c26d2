namespace Reserve.Plugins.PolicyFinance;

/// <summary>
/// Makes a standard rule 不适用 on dates when its condition is not in force. StandardRules.CompletionAtMost
/// and WindowRules.NotOnDatedNegativeList read their dated parameter with At, which throws (an error
/// result) on a date before the parameter starts, and they take no AppliesWhen. So the standard rule is
/// wrapped: same id, title, kind, source and facts, the same test and messages, plus the date gate.
/// </summary>
internal static class DatedGate
{
    public static EligibilityRule OnlyWhen(EligibilityRule inner, Func<DateOnly, bool> inForce)
    {
        var rule = inner.Kind switch
        {
            RuleKind.HardCondition => Rule.Hard(inner.Id, inner.Title),
            RuleKind.Exclusion => Rule.Exclusion(inner.Id, inner.Title),
            _ => throw new ArgumentException($"规则 {inner.Id} 不是硬性条件或排除情形，不能按日期套用", nameof(inner)),
        };
        return rule
            .From(inner.Source)
            .AppliesWhen((_, c) => inForce(c.AsOf))
            .Requires([.. inner.Requires])
            .Evaluate(inner.Evaluate)
            .Fail((p, c) => inner.Explain(RuleVerdict.Fail, p, c))
            .Pass((p, c) => inner.Explain(RuleVerdict.Pass, p, c))
            .Build();
    }
}
