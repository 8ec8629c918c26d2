namespace Reserve.Plugins.CentralBudget;

/// <summary>
/// 中央预算内投资·保障性安居工程配套基础设施, modelled for its 老旧小区配套 part:
/// the shared rules plus scope, age, 棚改 and content exclusions, and the per-household ceiling. The
/// 棚户区改造配套 part of the 专项 has no sourced rules yet and is not modelled.
/// </summary>
internal sealed class HousingInfrastructureChannel(PolicySourceTable sources)
{
    public const string Id = "central-budget.housing-infrastructure";

    public ChannelDefinition Define(ParameterTable parameters)
    {
        var ceiling = new HousingCeiling(parameters.Decimal("oldCommunityMaxPerHousehold"));
        var preWork = new MaturityPreWork(
            "前期手续完善（改造实施方案已完成；新建、扩建、迁建内容的用地预审与选址意见书、环评批复已办结）",
            "housingPreWork",
            Always: [PreWorkKind.ImplementationPlan],
            WhenNewLand: [PreWorkKind.LandPreExamination, PreWorkKind.EnvironmentalApproval]);

        var materials = new CentralBudgetCommonRules(sources).Materials(
            landPreExaminationNeeded: CentralBudgetCommonRules.TakesNewLand,
            environmentalApprovalNeeded: CentralBudgetCommonRules.TakesNewLand);
        // A resident consultation is a survey with signatures, not an approval: it carries no 文号.
        materials.Add(RequiredMaterial.FromPreWork("AJ-M-CONSENT", PreWorkKind.ResidentConsultation, sources["residentConsent"], requireDocNumber: false));
        materials.Add(RequiredMaterial.FromPreWork("AJ-M-PLAN", PreWorkKind.ImplementationPlan, sources["housingPreWork"]));
        return new SubProgramme(Id, "中央预算内投资·保障性安居工程配套基础设施", "国家发展改革委保障性安居工程配套基础设施专项（含城镇老旧小区改造配套基础设施）：支持2000年底前建成的老旧小区内道路、供排水、供电、燃气、供热、绿化、照明、围墙、垃圾收集等配套基础设施，社区服务、养老托育、无障碍、停车等公共服务设施，以及与小区直接相关的城市基础设施；不支持小区主体改造和主干道、主管网、综合管廊、广场、城市公园。补助不超过支持范围内容的核定建安投资，2019年口径每户不超过2万元。棚户区改造（拆除重建）不属老旧小区改造。")
        {
            // In-compound infrastructure is 非经营性 public welfare; the 资本金 system covers only enterprise and
            // 经营性 government projects (国发〔2019〕26号), so BASE-EQUITY is left out of this 专项.
            Options = new CommonRuleOptions(preWork, EquityCoverage.None),
            Rules =
            [
                Scope(parameters),
                BuiltBy(parameters),
                NotShantyRedevelopment(),
                NoExcludedContent(),
                RequestWithinCeiling(parameters, ceiling),
            ],
            Facts =
            [
                OldCommunityFacts.BuiltYearFact,
                OldCommunityFacts.HouseholdsFact,
                OldCommunityFacts.ShantyRedevelopmentFact,
                OldCommunityFacts.ExcludedContentFact,
                OldCommunityFacts.EligibleConstructionCostFact,
            ],
            Ceiling = ceiling.Estimate,
            Materials = materials,
        }
        .Define(parameters, sources);
    }

    /// <summary>
    /// The 所属领域 must be 城镇老旧小区, and the match date must fall when 老旧小区 配套 is part of the 专项
    /// (central money for it starts in 2019 in our sources).
    /// </summary>
    private EligibilityRule Scope(ParameterTable parameters) =>
        new ProgrammeScope(
                "AJ-SCOPE",
                "属于本专项支持范围（所属领域为城镇老旧小区，老旧小区配套基础设施已纳入本专项）",
                sources["oldCommunityFunding"],
                "城镇老旧小区配套基础设施（已建模部分）",
                [ProjectField.OldResidentialCommunities])
            {
                Period = ProgrammePeriod.From(parameters, "oldCommunitySupported", "老旧小区配套基础设施"),
            }
            .ToRule();

    private EligibilityRule BuiltBy(ParameterTable parameters)
    {
        var latest = parameters.Decimal("oldCommunityLatestBuiltYear");
        return Rule.Hard("AJ-BUILT", $"小区于{ParameterDisplay.Number(ParameterDisplay.Latest(parameters, "oldCommunityLatestBuiltYear"))}年底前建成")
            .From(sources["oldCommunityDefinition"])
            .AppliesWhen((p, c) => latest.TryAt(c.AsOf, out _))
            .Requires(OldCommunityFacts.BuiltYear)
            .Check((p, c) => FactReaders.Number(p, OldCommunityFacts.BuiltYearFact) <= latest.At(c.AsOf))
            .Fail((p, c) => $"小区建成于{ParameterDisplay.Number(FactReaders.Number(p, OldCommunityFacts.BuiltYearFact)!.Value)}年，晚于要求的{ParameterDisplay.Number(latest.At(c.AsOf))}年12月31日前建成")
            .Build();
    }

    private EligibilityRule NotShantyRedevelopment() =>
        FactRules.MustBeNo("AJ-SHANTY", "不属于棚户区改造（拆除重建）项目", sources["oldCommunityExclusions"], OldCommunityFacts.ShantyRedevelopmentFact,
            "项目为棚户区改造（拆除重建），不属于老旧小区改造，不纳入老旧小区配套基础设施支持");

    private EligibilityRule NoExcludedContent() =>
        FactRules.MustBeNo("AJ-CONTENT", "申请中央资金的内容不含小区主体改造、主干道、主管网、综合管廊、广场、城市公园", sources["housingScope"], OldCommunityFacts.ExcludedContentFact,
            "申请中央预算内投资的内容含小区主体改造或主干道、主管网、综合管廊、广场、城市公园，不属本专项支持范围；须剔除后申报，该部分由其他资金安排");

    private EligibilityRule RequestWithinCeiling(ParameterTable parameters, HousingCeiling ceiling) =>
        Rule.Hard("AJ-REQUEST",
                $"申请中央预算内投资不超过支持范围内容的核定建安投资，且每户不超过{ParameterDisplay.Number(ParameterDisplay.Latest(parameters, "oldCommunityMaxPerHousehold"))}万元")
            .From(sources["householdCap"])
            .AppliesWhen((p, c) => ceiling.InForce(c.AsOf))
            .Requires(CentralBudgetFacts.CentralRequest, OldCommunityFacts.Households, OldCommunityFacts.EligibleConstructionCost)
            .Check((p, c) => CentralBudgetCommonRules.CentralRequest(p) <= ceiling.Amount(p, c.AsOf)!.Value)
            .Fail((p, c) => $"申请中央预算内投资 {ZhFormat.Wan(CentralBudgetCommonRules.CentralRequest(p))}，超过支持上限 {ZhFormat.Wan(ceiling.Compute(p, c.AsOf)!.Value.Amount)}（{ceiling.Compute(p, c.AsOf)!.Value.Arithmetic}）")
            .Build();
}

/// <summary>The smaller of the eligible 建安投资 and households × the per-household cap; null while either fact is missing.</summary>
internal sealed class HousingCeiling(DatedParameter<decimal> perHousehold)
{
    public bool InForce(DateOnly asOf) => perHousehold.TryAt(asOf, out _);

    /// <summary>The ceiling alone, for the rule: the arithmetic text is formatted only for messages.</summary>
    public decimal? Amount(ProjectRecord p, DateOnly asOf) =>
        Parts(p, asOf) is { } parts ? (parts.Households * parts.PerHouse <= parts.Cost ? parts.Households * parts.PerHouse : parts.Cost) : null;

    public (decimal Amount, string Arithmetic)? Compute(ProjectRecord p, DateOnly asOf)
    {
        if (Parts(p, asOf) is not { } parts)
        {
            return null;
        }
        var (households, perHouse, cost) = parts;
        var byHouseholds = households * perHouse;
        var arithmetic = $"户数 {ParameterDisplay.Number(households)}户 × 每户 {ParameterDisplay.Number(perHouse)}万元 = {ZhFormat.Wan(byHouseholds)}，支持范围内容的核定建安投资 {ZhFormat.Wan(cost)}";
        return byHouseholds <= cost
            ? (byHouseholds, $"{arithmetic}，取较小者即按户数计")
            : (cost, $"{arithmetic}，取较小者即按建安投资计");
    }

    public FundingEstimate? Estimate(ProjectRecord p, RuleContext c) =>
        Compute(p, c.AsOf) is { } result ? new FundingEstimate(result.Amount, result.Arithmetic) : null;

    private (decimal Households, decimal PerHouse, decimal Cost)? Parts(ProjectRecord p, DateOnly asOf) =>
        perHousehold.TryAt(asOf, out var perHouse)
        && FactReaders.Number(p, OldCommunityFacts.HouseholdsFact) is { } households
        && FactReaders.Number(p, OldCommunityFacts.EligibleConstructionCostFact) is { } cost
            ? (households, perHouse, cost)
            : null;
}
