namespace Reserve.Plugins.PolicyFinance;

/// <summary>
/// The project's 资本金缺口 with how it was obtained: the declared figure when the record gives one, else
/// 项目资本金 − 已到位资本金 (the two columns beside it in the application list). The funding-source lines
/// cannot be used instead: the record does not say which of them are 资本金 and which are debt.
/// </summary>
internal readonly record struct EquityGap(decimal Amount, string Arithmetic)
{
    /// <summary>The gap alone, for the rule: the arithmetic text is formatted only for messages.</summary>
    public static decimal? AmountOf(ProjectRecord p)
    {
        if (PolicyFinanceFacts.Number(p, PolicyFinanceFacts.EquityGap) is { } declared)
        {
            return declared;
        }
        return PolicyFinanceFacts.Number(p, PolicyFinanceFacts.EquityArrived) is { } arrived && p.Equity is { } equity ? equity - arrived : null;
    }

    public static EquityGap? Of(ProjectRecord p)
    {
        if (PolicyFinanceFacts.Number(p, PolicyFinanceFacts.EquityGap) is { } declared)
        {
            return new EquityGap(declared, $"资本金缺口 {ZhFormat.Wan(declared)}（申报填写）");
        }
        if (PolicyFinanceFacts.Number(p, PolicyFinanceFacts.EquityArrived) is { } arrived && p.Equity is { } equity)
        {
            var gap = equity - arrived;
            return new EquityGap(gap, $"资本金缺口 {ZhFormat.Wan(gap)}（项目资本金 {ZhFormat.Wan(equity)} − 已到位资本金 {ZhFormat.Wan(arrived)}）");
        }
        return null;
    }
}
