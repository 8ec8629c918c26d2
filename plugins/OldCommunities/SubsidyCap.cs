namespace Reserve.Plugins.OldCommunities;

/// <summary>
/// The most this channel can give a project: households × the per-household cap, and never more than
/// the 核定建安投资 of the supported content (or, when that is not given, the total investment). The
/// estimate and the 地方资金落实 rule both use it, so they cannot disagree.
/// </summary>
internal sealed class SubsidyCap(OldCommunityParameters parameters)
{
    internal sealed record Result(decimal Amount, string Basis);

    /// <summary>Null when the household count is missing or unusable.</summary>
    public Result? For(ProjectRecord p, DateOnly asOf)
    {
        if (OldCommunityFacts.HouseholdsOf(p) is not { } households)
        {
            return null;
        }
        var perHousehold = parameters.PerHouseholdCap.At(asOf);
        var byHouseholds = households * perHousehold;
        var householdPart = $"户数 {households:0}户 × 每户补助上限 {ZhFormat.Wan(perHousehold)} = {ZhFormat.Wan(byHouseholds)}";

        // The subsidy may not exceed the 核定建安投资 of the supported content; without that figure the
        // total investment is the only bound the record offers, and the basis says so.
        string boundPart;
        decimal bound;
        if (OldCommunityFacts.EligibleConstructionCostOf(p) is { } eligible)
        {
            bound = Math.Min(eligible, p.TotalInvestment);
            boundPart = $"不超过支持范围内建安投资 {ZhFormat.Wan(eligible)}" +
                (eligible > p.TotalInvestment ? $"（高于总投资，按总投资 {ZhFormat.Wan(p.TotalInvestment)} 计）" : "");
        }
        else
        {
            bound = p.TotalInvestment;
            boundPart = $"未填支持范围内建安投资，暂以总投资 {ZhFormat.Wan(p.TotalInvestment)} 为上限";
        }

        var amount = Math.Min(byHouseholds, bound);
        var basis = $"{householdPart}；{boundPart}；取较小值，补助上限 {ZhFormat.Wan(amount)}（实际补助以当年切块下达和核定建安投资为准）";
        return new Result(amount, basis);
    }
}
