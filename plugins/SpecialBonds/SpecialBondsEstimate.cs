namespace Reserve.Plugins.SpecialBonds;

/// <summary>
/// What the bond could finance: the planned or requested amount, scaled down when the coverage falls short
/// of the provincial threshold, on the assumption that debt service moves in proportion to principal. The
/// formula is this system's own, not a policy text, and the basis says so.
/// </summary>
internal static class SpecialBondsEstimate
{
    private const string NotPolicy = "本算式为本系统的估算方法，非政策规定，实际额度以省级财政下达和分批发行为准";

    public static FundingEstimator Build(SpecialBondsParameters parameters)
    {
        var threshold = parameters.ProvincialCoverage;
        return (p, c) =>
        {
            if (p.EffectiveCoverageRatio is not { } coverage)
            {
                return null;
            }
            var bond = BondAmount.Find(p) ?? FundingGap(p);
            if (bond is not { } b)
            {
                return new FundingEstimate(0m, $"资金来源计划合计 {ZhFormat.Wan(p.PlannedTotal)} 已覆盖总投资 {ZhFormat.Wan(p.TotalInvestment)}，无专项债券计划、申请或资金缺口可安排；{NotPolicy}");
            }
            var required = threshold.At(c.AsOf);
            if (coverage >= required)
            {
                return new FundingEstimate(b.Amount,
                    $"可安排专项债券 = {b.Origin} {ZhFormat.Wan(b.Amount)}（本息覆盖倍数 {ZhFormat.Times(coverage)} 已达省级评审要求 {ZhFormat.Times(required)}，不再调减）；{NotPolicy}");
            }
            // Dividing by 1.00… drops the trailing zeros rounding leaves, so 7200.0 is written as 7200.
            var amount = Math.Round(b.Amount * coverage / required, 2, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000m;
            return new FundingEstimate(amount,
                $"可安排专项债券 = {b.Origin} {ZhFormat.Wan(b.Amount)} × 本息覆盖倍数 {ZhFormat.Times(coverage)} ÷ 省级评审要求 {ZhFormat.Times(required)} = {ZhFormat.Wan(amount)}（按融资本息与债券本金同比例调减，使覆盖倍数达到要求）；{NotPolicy}");
        };
    }

    /// <summary>Without a bond line or request, the 资金缺口 is what a bond could fill.</summary>
    private static BondAmount? FundingGap(ProjectRecord p)
    {
        var gap = p.TotalInvestment - p.PlannedTotal;
        return gap > 0m ? new BondAmount(gap, "资金缺口（总投资减资金来源计划合计）") : null;
    }
}
