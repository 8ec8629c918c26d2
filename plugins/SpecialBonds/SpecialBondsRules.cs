using System.Globalization;

namespace Reserve.Plugins.SpecialBonds;

/// <summary>The rules of the 地方政府专项债券 channel.</summary>
internal sealed class SpecialBondsRules(PolicySourceTable sources)
{
    /// <summary>Scoring weights: coverage matters most to reviewers, then the year's focus, then maturity.</summary>
    private const decimal ProvincialCoverageWeight = 20m;
    private const decimal PriorityFieldWeight = 10m;
    private const decimal ConstructionPermitWeight = 5m;
    private const decimal BondEquityShareWeight = 5m;

    private static readonly PreWorkKind[] MaturityItems =
    [
        PreWorkKind.FeasibilityApproval,
        PreWorkKind.LandPreExamination,
        PreWorkKind.EnvironmentalApproval,
        PreWorkKind.FiscalReview,
    ];

    public IReadOnlyList<EligibilityRule> Build(SpecialBondsParameters parameters) =>
    [
        // Baseline: 专项债 projects are government investment projects.
        .. StandardRules.CapitalProjectBaseline(sources["dishonest"]),
        DatedNegativeListRule.Build(parameters.NegativeList, sources["negativeList"]),
        StandardRules.PreWorkComplete(
            "ZXZ-PREWORK",
            "前期手续完备：可研批复（立项）、用地预审与选址意见书、环评批复、财政评审均已办结",
            sources["maturity"],
            MaturityItems,
            acceptCommitment: false),

        // Channel rules.
        StableRevenue(),
        CoverageFloor(parameters),
        ProvincialCoverage(parameters),
        PriorityField(parameters),
        BondAsEquitySector(parameters),
        BondAsEquityRatio(parameters),
        ConstructionPermit(),
    ];

    /// <summary>
    /// 收益与融资自求平衡 needs revenue of the project's own: a named source and a positive total. A record
    /// that declares 完全无收益 fails outright rather than waiting for figures it will never have.
    /// </summary>
    private EligibilityRule StableRevenue() =>
        Rule.Hard("ZXZ-REVENUE", "项目有稳定的项目收益（收益来源明确、预期收益总额大于0），不是完全无收益项目")
            .From(sources["stableRevenue"])
            .Evaluate((p, c) =>
            {
                if (DeclaresNoRevenue(p))
                {
                    return RuleVerdict.Fail;
                }
                var missing = false;
                if (!CommonFacts.RevenueSources.IsPresentIn(p))
                {
                    c.AddMissing(CommonFacts.RevenueSources);
                    missing = true;
                }
                if (!CommonFacts.ProjectRevenue.IsPresentIn(p))
                {
                    c.AddMissing(CommonFacts.ProjectRevenue);
                    missing = true;
                }
                if (missing)
                {
                    return RuleVerdict.Unknown;
                }
                return p.ProjectRevenue > 0m ? RuleVerdict.Pass : RuleVerdict.Fail;
            })
            .Fail((p, _) => DeclaresNoRevenue(p)
                ? "项目申报涉及“完全无收益”，专项债券须以项目自身收益偿还，要求有稳定的项目收益"
                : $"项目预期收益总额 {ZhFormat.Wan(p.ProjectRevenue!.Value)}（收益来源：{p.RevenueSources}），要求大于0万元，专项债券须以项目自身收益偿还")
            .Pass((p, _) => $"收益来源：{p.RevenueSources}，项目预期收益总额 {ZhFormat.Wan(p.ProjectRevenue!.Value)}")
            .Build();

    /// <summary>The hard floor: revenue at least repays principal and interest.</summary>
    private EligibilityRule CoverageFloor(SpecialBondsParameters parameters) =>
        CoverageAtLeast(Rule.Hard("ZXZ-COVER", $"本息覆盖倍数不低于{parameters.MinCoverage.Latest.ToString(CultureInfo.InvariantCulture)}（收益与融资自求平衡）").From(sources["coverageFloor"]),
            parameters.MinCoverage, below => $"低于收益与融资自求平衡要求的 {below}，项目收益不足以偿还专项债券本息", reached => $"不低于 {reached}");

    /// <summary>
    /// 1.1 (or 1.2) is reviewers' and provinces' practice, not statute: funded projects were issued at
    /// 1.00–1.06. So a shortfall lowers the score and warns; it never rejects.
    /// </summary>
    private EligibilityRule ProvincialCoverage(SpecialBondsParameters parameters) =>
        CoverageAtLeast(Rule.Scoring("ZXZ-COVER-PROV", $"本息覆盖倍数达到省级评审通常要求（{ZhFormat.Times(parameters.ProvincialCoverage.Latest)}，部分省份1.2倍）", ProvincialCoverageWeight).From(sources["provincialCoverage"]),
            parameters.ProvincialCoverage, below => $"低于省级评审通常要求的 {below}（评审惯例，不作否决）：评分降低，建议复核收益测算或调减专项债券规模", reached => $"达到省级评审通常要求的 {reached}");

    /// <summary>Both coverage rules compare the record's 本息覆盖倍数 with a dated threshold; they differ in kind and words.</summary>
    private static EligibilityRule CoverageAtLeast(Rule rule, DatedParameter<decimal> threshold, Func<string, string> below, Func<string, string> reached) =>
        rule.Requires(CommonFacts.CoverageRatio)
            .Check((p, c) => p.EffectiveCoverageRatio >= threshold.At(c.AsOf))
            .Fail((p, c) => $"本息覆盖倍数 {Coverage(p)}，{below(ZhFormat.Times(threshold.At(c.AsOf)))}")
            .Pass((p, c) => $"本息覆盖倍数 {Coverage(p)}，{reached(ZhFormat.Times(threshold.At(c.AsOf)))}")
            .Build();

    /// <summary>
    /// The 2020 notice says the bonds go "重点" to seven areas, a priority rather than a bar, so this scores.
    /// Not applicable where no list is in force (before 2020; from 2025 under negative-list management).
    /// </summary>
    private EligibilityRule PriorityField(SpecialBondsParameters parameters)
    {
        var fields = parameters.PriorityFields;
        return Rule.Scoring("ZXZ-FIELD", $"所属领域属于当年专项债券重点投向领域（{fields.FirstYear}年七大领域等）", PriorityFieldWeight)
            .From(sources["priorityFields"])
            .AppliesWhen((_, c) => fields.TryAt(c.AsOf, out var _))
            .Requires(CommonFacts.Field)
            .Check((p, c) => fields.At(c.AsOf).Contains(p.Field!.Value))
            .Fail((p, c) => $"所属领域“{ZhNames<ProjectField>.Of(p.Field!.Value)}”不在 {c.AsOf.Year} 年专项债券重点投向领域（{DatedEnumList<ProjectField>.Join(fields.At(c.AsOf))}）内，评分降低")
            .Build();
    }

    /// <summary>
    /// Bond money may count as 资本金 only in the listed sectors. Not applicable when the record says no bond
    /// is used as capital (0); unknown when it does not say, since an absent amount is not 0.
    /// </summary>
    private EligibilityRule BondAsEquitySector(SpecialBondsParameters parameters)
    {
        var sectors = parameters.BondEquitySectors;
        return Rule.Hard("ZXZ-EQUITY-SECTOR", "专项债券用作项目资本金的，项目属于允许的领域")
            .From(sources["bondAsEquitySectors"])
            .AppliesWhen((p, _) => UsesBondAsEquity(p))
            .Requires(SpecialBondsFacts.BondAsEquityRef, CommonFacts.Field)
            .Check((p, c) => sectors.At(c.AsOf).Contains(p.Field!.Value))
            .Fail((p, c) =>
            {
                var allowed = sectors.At(c.AsOf);
                var used = ZhFormat.Wan(SpecialBondsFacts.BondAsEquityOf(p)!.Value);
                return allowed.Count == 0
                    ? $"拟将专项债券 {used} 用作项目资本金，但 {ZhFormat.Date(c.AsOf)} 时专项债券尚不得用作项目资本金（厅字〔2019〕33号之前）"
                    : $"拟将专项债券 {used} 用作项目资本金，所属领域“{ZhNames<ProjectField>.Of(p.Field!.Value)}”不在可用作资本金的领域（{DatedEnumList<ProjectField>.Join(allowed)}）内";
            })
            .Build();
    }

    /// <summary>
    /// The cap is a provincial total (the share of the province's bonds used as capital), not a limit on one
    /// project: a project above it is not ineligible, it only draws on the province's room, so the rule scores
    /// and warns instead of deciding.
    /// </summary>
    private EligibilityRule BondAsEquityRatio(SpecialBondsParameters parameters)
    {
        var cap = parameters.BondEquityRatioCap;
        return Rule.Scoring("ZXZ-EQUITY-RATIO", $"专项债券用作项目资本金的比例在当年省级总量上限以内（{cap.ByYear(ZhFormat.Percent, ratio => ratio > 0m)}，按全省计算）", BondEquityShareWeight)
            .From(sources["bondAsEquityRatio"])
            .AppliesWhen((p, _) => UsesBondAsEquity(p))
            .Requires(SpecialBondsFacts.BondAsEquityRef)
            .Evaluate((p, c) =>
            {
                if (BondAmount.Find(p) is not { } bond)
                {
                    return c.Unknown(SpecialBondsFacts.PlannedBondRef);
                }
                return SpecialBondsFacts.BondAsEquityOf(p)!.Value <= bond.Amount * cap.At(c.AsOf)
                    ? RuleVerdict.Pass
                    : RuleVerdict.Fail;
            })
            .Fail((p, c) =>
            {
                var used = SpecialBondsFacts.BondAsEquityOf(p)!.Value;
                var bond = BondAmount.Find(p)!.Value;
                return $"拟用作资本金的专项债券 {ZhFormat.Wan(used)}，占项目专项债券 {ZhFormat.Wan(bond.Amount)}（{bond.Origin}）的 {ZhFormat.Percent(used / bond.Amount)}，高于 {ZhFormat.Date(c.AsOf)} 适用的全省总量比例 {ZhFormat.Percent(cap.At(c.AsOf))}；该比例按全省计算，不是单个项目的上限，须由省级统筹额度";
            })
            .Build();
    }

    /// <summary>A 施工许可 shows the project can start at once, which reviewers rank higher.</summary>
    private EligibilityRule ConstructionPermit()
    {
        var permit = FactRef.PreWork(PreWorkKind.ConstructionPermit);
        return Rule.Scoring("ZXZ-PERMIT", "已取得施工许可（成熟度高，优先安排）", ConstructionPermitWeight)
            .From(sources["constructionPermitPriority"])
            .Requires(permit)
            .Check((p, _) => p.FindPreWork(PreWorkKind.ConstructionPermit)!.Status == PreWorkStatus.Completed)
            .Fail((p, _) => $"施工许可为“{ZhNames<PreWorkStatus>.Of(p.FindPreWork(PreWorkKind.ConstructionPermit)!.Status)}”，要求已完成；取得施工许可可提高排序")
            .Build();
    }

    private static bool DeclaresNoRevenue(ProjectRecord p) =>
        p.NegativeList is { } list && list.Contains(NegativeListItem.NoRevenue);

    /// <summary>Bond money is used as capital only when an amount above 0 is given: an empty amount means not used.</summary>
    private static bool UsesBondAsEquity(ProjectRecord p) =>
        SpecialBondsFacts.BondAsEquityOf(p) is > 0m;

    /// <summary>The coverage with its arithmetic when it was computed from revenue and debt service.</summary>
    private static string Coverage(ProjectRecord p) =>
        p.CoverageRatio is null && p.ProjectRevenue is { } revenue && p.DebtService is { } debt
            ? $"{ZhFormat.Times(p.EffectiveCoverageRatio!.Value)}（项目预期收益 {ZhFormat.Wan(revenue)} ÷ 融资本息 {ZhFormat.Wan(debt)}）"
            : ZhFormat.Times(p.EffectiveCoverageRatio!.Value);
}
