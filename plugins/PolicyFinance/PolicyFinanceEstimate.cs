namespace Reserve.Plugins.PolicyFinance;

/// <summary>
/// What the instrument could put in: the smaller of the 资本金缺口 and the 50%-of-资本金 cap. The cap is
/// policy; taking the smaller of it and the gap is this system's method (money beyond the gap would not
/// be 资本金 the project lacks), and the basis says which is which. While the gap is not given, the cap
/// alone is shown as the ceiling.
/// </summary>
internal static class PolicyFinanceEstimate
{
    private const string Method = "其中“工具出资不超过项目资本金的50%”为政策规定（国发〔2019〕26号，2022年、2025年工具通知），取其与资本金缺口的较小值为本系统的估算方法，实际额度以政策性银行（基金公司）审定为准";

    public static FundingEstimator Build(PolicyFinanceParameters parameters)
    {
        var share = parameters.EquityShareCap;
        return (p, c) =>
        {
            if (p.Equity is not { } equity || !share.TryAt(c.AsOf, out var ratio))
            {
                return null;
            }
            var cap = Normalize(equity * ratio);
            var capText = $"项目资本金 {ZhFormat.Wan(equity)} × {ZhFormat.Percent(ratio)} = {ZhFormat.Wan(cap)}";
            if (EquityGap.Of(p) is not { } gap)
            {
                return new FundingEstimate(cap,
                    $"可申请工具资金上限 = {capText}（资本金缺口未填写，按政策上限估算，填写后取两者较小值）；{Method}");
            }
            var amount = Normalize(Math.Max(0m, Math.Min(gap.Amount, cap)));
            return new FundingEstimate(amount,
                $"可申请工具资金 = 取较小者（{gap.Arithmetic}，{capText}）= {ZhFormat.Wan(amount)}；{Method}");
        };
    }

    /// <summary>Drops the trailing zeros a multiplication leaves, so 6000.0 is written as 6000.</summary>
    private static decimal Normalize(decimal amount) => amount / 1.000000000000000000000000000m;
}
