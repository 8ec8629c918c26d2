using System.Globalization;

namespace Reserve.Plugins.ProvincialColdChain;

/// <summary>Which national route an applicant takes, as far as the 农业农村部 programme is concerned.</summary>
internal enum FarmRoute
{
    /// <summary>No sourced programme on the match date (the sourced text is the 2020 one).</summary>
    NotInForce,
    /// <summary>applicantKind missing or unusable.</summary>
    Unknown,
    /// <summary>A 示范 family farm or cooperative: the 农业农村部 subsidy applies.</summary>
    Supported,
    /// <summary>A family farm or cooperative that is not 示范: the programme refuses it.</summary>
    NonDemonstrationFarm,
    /// <summary>An enterprise or other body: it goes through the NDRC 专项 or 专项债, not this programme.</summary>
    OtherRoute,
}

/// <summary>
/// The 农业农村部 2020 仓储保鲜冷链设施 subsidy: who may apply and the most it gives (ratio × 造价, capped per
/// applicant). The rules and the estimate share it, so they cannot disagree.
/// </summary>
internal sealed class FarmSubsidy
{
    private readonly DatedParameter<IReadOnlyList<string>> _applicants;
    private readonly DatedParameter<decimal> _ratio;
    private readonly DatedParameter<decimal> _poorAreaRatio;
    private readonly DatedParameter<decimal> _cap;

    public FarmSubsidy(ParameterTable table)
    {
        _applicants = table.List("farmApplicantKinds");
        _ratio = table.Decimal("farmMaxRatio");
        _poorAreaRatio = table.Decimal("farmMaxRatioPoorArea");
        _cap = table.Decimal("farmMaxPerApplicant");
        foreach (var kind in _applicants.History().SelectMany(k => k))
        {
            if (Array.IndexOf(ColdChainFacts.FarmKinds, kind) < 0)
            {
                throw new FormatException($"参数“{_applicants.Info.Label}”中的“{kind}”不是农户类申报主体，应为：{string.Join("、", ColdChainFacts.FarmKinds)}");
            }
        }
    }

    internal sealed record Ceiling(decimal Amount, string Arithmetic);

    /// <summary>Title text: the numbers of the latest period in force.</summary>
    public string LatestTerms =>
        $"补助不超过设施造价的{ZhFormat.Percent(_ratio.History().Last())}（贫困地区{ZhFormat.Percent(_poorAreaRatio.History().Last())}）且单个主体不超过{ZhFormat.Wan(_cap.History().Last())}";

    public bool InForce(DateOnly date) =>
        _applicants.TryAt(date, out _) && _ratio.TryAt(date, out _) && _poorAreaRatio.TryAt(date, out _) && _cap.TryAt(date, out _);

    public IReadOnlyList<string> ApplicantsAt(DateOnly date) => _applicants.At(date);

    public FarmRoute Route(ProjectRecord p, DateOnly date)
    {
        if (!InForce(date))
        {
            return FarmRoute.NotInForce;
        }
        if (ColdChainFacts.ApplicantKindOf(p) is not { } kind)
        {
            return FarmRoute.Unknown;
        }
        if (_applicants.At(date).Contains(kind))
        {
            return FarmRoute.Supported;
        }
        return Array.IndexOf(ColdChainFacts.FarmKinds, kind) >= 0 ? FarmRoute.NonDemonstrationFarm : FarmRoute.OtherRoute;
    }

    /// <summary>
    /// ratio × 造价, capped per applicant. 造价 is the total investment: the record holds no separate
    /// facility cost, and the land and office costs later guides leave out are not deducted (the text says so).
    /// </summary>
    public Ceiling For(ProjectRecord p, bool poorArea, DateOnly date)
    {
        var ratio = poorArea ? _poorAreaRatio.At(date) : _ratio.At(date);
        var cap = _cap.At(date);
        var byRatio = Math.Round(p.TotalInvestment * ratio, 2);
        var area = poorArea ? "贫困地区" : "非贫困地区";
        var arithmetic = $"设施造价（按总投资）{ZhFormat.Wan(p.TotalInvestment)} × {ZhFormat.Percent(ratio)}（{area}）= {ZhFormat.Wan(byRatio)}";
        return byRatio > cap
            ? new Ceiling(cap, $"{arithmetic}，超过单个主体上限 {ZhFormat.Wan(cap)}，按上限计")
            : new Ceiling(byRatio, $"{arithmetic}，未超过单个主体上限 {ZhFormat.Wan(cap)}");
    }

    /// <summary>Only the 农业农村部 route has a sourced ratio; every other route, and any other year, gets no amount.</summary>
    public FundingEstimate? Estimate(ProjectRecord p, RuleContext c)
    {
        if (Route(p, c.AsOf) != FarmRoute.Supported || ColdChainFacts.PoorAreaOf(p) is not { } poor)
        {
            return null;
        }
        var ceiling = For(p, poor, c.AsOf);
        return new FundingEstimate(ceiling.Amount,
            $"农业农村部{c.AsOf.Year.ToString(CultureInfo.InvariantCulture)}年农产品仓储保鲜冷链设施补助：{ceiling.Arithmetic}；先建后补、以奖代补，建成验收合格后经新农直报平台拨付；" +
            "土地、办公等非设施投资不应计入造价（本测算未扣除）；作为甘肃省级冷链物流专项的安排系推定，省级比例未取得");
    }
}
