using System.Globalization;

namespace Reserve.Plugins.ProvincialColdChain;

/// <summary>
/// The rules of 甘肃省级专项·冷链物流: the national baseline, then the conditions of the
/// national channels in the 冷链物流 row.
/// </summary>
internal static class ColdChainRules
{
    /// <summary>Words of the national channels' scope (公共冷库, 仓储保鲜冷链设施 and its store types).</summary>
    private static readonly string[] ScopeWords = ["冷链", "冷库", "冷藏", "保鲜库", "仓储保鲜", "预冷", "气调库", "气调贮藏", "通风贮藏"];

    public static IReadOnlyList<EligibilityRule> Build(ParameterTable parameters, FarmSubsidy farm, PolicySourceTable sources) =>
    [
        .. BorrowedRules.Baseline(sources.Inference),
        Scope(sources["scope"]),
        ColdStoreSize(parameters, sources["coldStoreMinimum"]),
        Applicant(farm, sources["farmProgram2020"]),
        FarmRequestWithinCeiling(farm, sources["farmProgram2020"]),
        StandardRules.NoPriorCentralBudgetFunding("项目未获中央预算内投资支持（同一项目不重复支持）").WithSource(sources["centralOnce"]),
        CompletionAtMost(parameters, farm, sources["completion"]),
        StandardRules.UnitNotDishonest(sources["dishonest"]),
    ];

    /// <summary>
    /// A farm's store is often filed under 农业农村 rather than 冷链物流, so the words of the name and scale
    /// count as much as the field.
    /// </summary>
    private static EligibilityRule Scope(PolicySource source) =>
        Rule.Hard("GSLL-SCOPE", "属于冷链物流支持方向（所属领域为冷链物流，或建设内容为冷库、冷藏保鲜等冷链设施）")
            .From(source)
            .Evaluate((p, c) =>
            {
                if (p.Field == ProjectField.ColdChainLogistics || AnyWordIn(p))
                {
                    return RuleVerdict.Pass;
                }
                return p.Field is null ? c.Unknown(CommonFacts.Field) : RuleVerdict.Fail;
            })
            .Pass((p, _) => p.Field == ProjectField.ColdChainLogistics
                ? "所属领域为冷链物流"
                : $"名称或建设内容含“{string.Join("、", WordsIn(p))}”，属冷链设施")
            .Fail((p, _) => $"所属领域为“{ZhNames<ProjectField>.Of(p.Field!.Value)}”，名称和建设内容也未含冷链、冷库、冷藏、保鲜库、预冷、气调库等冷链设施内容；本专项要求所属领域为冷链物流或建设内容为冷链设施")
            .Build();

    /// <summary>
    /// Whether <see cref="WordsIn"/> finds any, without building the text or the list: the rule asks for every
    /// project. The words have no space, so none can span the name and the scale.
    /// </summary>
    private static bool AnyWordIn(ProjectRecord p)
    {
        foreach (var word in ScopeWords)
        {
            if (p.Name.Contains(word, StringComparison.Ordinal) || p.Scale.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static List<string> WordsIn(ProjectRecord p)
    {
        var text = p.Name + " " + p.Scale;
        return ScopeWords.Where(w => text.Contains(w, StringComparison.Ordinal)).ToList();
    }

    /// <summary>The minimum applies from the year the parameters date it; the title says since when.</summary>
    private static EligibilityRule ColdStoreSize(ParameterTable parameters, PolicySource source)
    {
        var minTonnes = parameters.Decimal("coldStoreMinTonnes");
        var minCubic = parameters.Decimal("coldStoreMinCubicMetres");
        var title = $"单座冷库库容不低于{Number(minTonnes.History().Last())}吨或容积不低于{Number(minCubic.History().Last())}立方米（{FirstYear(parameters, "coldStoreMinTonnes")}年起）";
        return ColdStorageRules.MinimumSize("GSLL-COLDSTORE", title, source, minTonnes, minCubic);
    }

    /// <summary>
    /// The programme takes 示范 farms and cooperatives only. A non-示范 farm has no other route in the
    /// row (the NDRC 专项 funds public stores and logistics hubs, 专项债 government projects), so it fails;
    /// an enterprise goes through those routes and the rule does not apply to it.
    /// </summary>
    private static EligibilityRule Applicant(FarmSubsidy farm, PolicySource source) =>
        Rule.Hard("GSLL-APPLICANT", "家庭农场、农民合作社申报的，须为县级以上示范家庭农场或农民合作社示范社（农业农村部2020年仓储保鲜冷链设施补助对象）")
            .From(source)
            .Evaluate((p, c) => farm.Route(p, c.AsOf) switch
            {
                FarmRoute.NotInForce or FarmRoute.OtherRoute => RuleVerdict.NotApplicable,
                FarmRoute.Unknown => c.Unknown(ColdChainFacts.ApplicantKind),
                FarmRoute.Supported => RuleVerdict.Pass,
                _ => RuleVerdict.Fail,
            })
            .Pass((p, c) => $"申报主体为{ColdChainFacts.ApplicantKindOf(p)}，属{c.AsOf.Year}年农业农村部仓储保鲜冷链设施补助对象")
            .Fail((p, c) => $"申报主体为{ColdChainFacts.ApplicantKindOf(p)}（未评为示范），{c.AsOf.Year}年农业农村部仓储保鲜冷链设施补助只支持{string.Join("、", farm.ApplicantsAt(c.AsOf))}")
            .Build();

    /// <summary>
    /// The request is the 中央财政其他资金 line: the subsidy is 中央财政 money, not 中央预算内投资. The area
    /// decides the ratio, so an unknown area leaves the ceiling unknown.
    /// </summary>
    private static EligibilityRule FarmRequestWithinCeiling(FarmSubsidy farm, PolicySource source) =>
        Rule.Hard("GSLL-FARM-CAP", $"申请农业农村部仓储保鲜冷链设施补助（资金来源-中央财政其他资金）的，{farm.LatestTerms}")
            .From(source)
            .Evaluate((p, c) =>
            {
                switch (farm.Route(p, c.AsOf))
                {
                    case FarmRoute.Unknown:
                        return c.Unknown(ColdChainFacts.ApplicantKind);
                    case not FarmRoute.Supported:
                        return RuleVerdict.NotApplicable;
                }
                var missing = false;
                if (!ColdChainFacts.FarmSubsidyRequest.IsPresentIn(p))
                {
                    c.AddMissing(ColdChainFacts.FarmSubsidyRequest);
                    missing = true;
                }
                if (ColdChainFacts.PoorAreaOf(p) is null)
                {
                    c.AddMissing(ColdChainFacts.PoorArea);
                    missing = true;
                }
                if (missing)
                {
                    return RuleVerdict.Unknown;
                }
                return Request(p) <= farm.For(p, ColdChainFacts.PoorAreaOf(p)!.Value, c.AsOf).Amount ? RuleVerdict.Pass : RuleVerdict.Fail;
            })
            .Pass((p, c) =>
            {
                var ceiling = farm.For(p, ColdChainFacts.PoorAreaOf(p)!.Value, c.AsOf);
                return $"拟申请中央财政补助（资金来源-中央财政其他资金）{ZhFormat.Wan(Request(p))}，未超过补助上限 {ZhFormat.Wan(ceiling.Amount)}（{ceiling.Arithmetic}）";
            })
            .Fail((p, c) =>
            {
                var ceiling = farm.For(p, ColdChainFacts.PoorAreaOf(p)!.Value, c.AsOf);
                return $"拟申请中央财政补助（资金来源-中央财政其他资金）{ZhFormat.Wan(Request(p))}，超过补助上限 {ZhFormat.Wan(ceiling.Amount)}（{ceiling.Arithmetic}）";
            })
            .Build();

    /// <summary>
    /// Route (a)'s notices: at application no more than 70% of the investment completed (the standard completion rule,
    /// a project not yet started passing without a figure). The 农业农村部 subsidy pays for a finished facility once
    /// it is accepted (先建后补), so a 示范 farm or cooperative under it is exempt; while the applicant kind is unknown,
    /// a completion within the ceiling passes and only one above it waits for the kind.
    /// </summary>
    private static EligibilityRule CompletionAtMost(ParameterTable parameters, FarmSubsidy farm, PolicySource source)
    {
        var maximum = parameters.Decimal("maxCompletionRatio");
        var title = $"申报时累计完成投资不超过总投资的{ZhFormat.Percent(maximum.History().Last())}（农业农村部仓储保鲜冷链设施补助的示范主体先建后补，不适用）";
        var completion = StandardRules.CompletionAtMost("GSLL-COMPLETION", title, source, maximum);
        return Rule.Hard("GSLL-COMPLETION", title)
            .From(source)
            .AppliesWhen((p, c) => farm.Route(p, c.AsOf) != FarmRoute.Supported)
            .Evaluate((p, c) =>
            {
                var verdict = completion.Evaluate(p, c);
                return verdict == RuleVerdict.Fail && farm.Route(p, c.AsOf) == FarmRoute.Unknown ? c.Unknown(ColdChainFacts.ApplicantKind) : verdict;
            })
            .Fail((p, c) => completion.Explain(RuleVerdict.Fail, p, c))
            .Build();
    }

    private static decimal Request(ProjectRecord p) => p.PlannedFrom(FundingSourceKind.OtherCentralFiscal);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static int FirstYear(ParameterTable parameters, string key) => parameters.History(key)[0].From.Year;
}
