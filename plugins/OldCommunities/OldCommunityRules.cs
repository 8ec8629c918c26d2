namespace Reserve.Plugins.OldCommunities;

/// <summary>
/// The rules of the 城镇老旧小区改造 channel: the 中央预算内投资 baseline,
/// then the conditions and exclusions of G6, then the scoring items.
/// </summary>
internal sealed class OldCommunityRules(PolicySourceTable sources)
{
    public IReadOnlyList<EligibilityRule> Build(OldCommunityParameters parameters, SubsidyCap cap) =>
    [
        StandardRules.ProjectCode(),
        // 投资补助 needs its procedures completed (政府投资条例 Art.17) and the Shanxi 2020 call refuses
        // projects whose 审批手续不完善, so a 容缺承诺 does not stand in for the 可研批复.
        StandardRules.ApprovalChain(acceptCommitment: false),
        StandardRules.DesignBudgetWithinEstimate(),
        // The 老旧小区配套 money is cut into provincial blocks and broken down to projects in the
        // 国家重大建设项目库, as for every 中央预算内 专项.
        StandardRules.InNationalLibraryAndRollingPlan(),
        StandardRules.PlannedSourcesWithinTotal(),
        Field(),
        Built(parameters),
        FactRules.MustBeYes("OLD-PLAN", "小区已纳入城镇老旧小区改造年度计划", sources["annualPlan"], OldCommunityFacts.AnnualPlanFact,
            "小区未纳入城镇老旧小区改造年度计划，要求先列入本地当年改造计划再申报中央补助"),
        ResidentConsent(parameters),
        StartsWithinPlanYear(parameters),
        StandardRules.UnitNotDishonest(),
        StandardRules.NoPriorCentralBudgetFunding(),
        FactRules.MustBeNo("OLD-SHANTY", "不属于棚户区改造（拆除重建）项目", sources["shanxi2020Exclusions"], OldCommunityFacts.ShantyRedevelopmentFact,
            "项目属于棚户区改造（拆除重建），不属于城镇老旧小区改造，不得申报本渠道（应改按棚改渠道申报）"),
        FactRules.MustBeNo("OLD-SELF-BUILT", "改造区域不以居民自建住房为主，且不属于城中村", sources["shanxi2020Exclusions"], OldCommunityFacts.SelfBuiltOrUrbanVillageFact,
            "改造区域以居民自建住房为主或属于城中村，不纳入城镇老旧小区改造中央补助范围"),
        LocalFundsInPlace(cap),
        BasicRenovationClass(),
        SharedFunding(),
    ];

    private EligibilityRule Field() =>
        Rule.Hard("OLD-FIELD", "项目所属领域为城镇老旧小区")
            .From(sources["definition"])
            .Requires(CommonFacts.Field)
            .Check((p, _) => p.Field == ProjectField.OldResidentialCommunities)
            .Fail((p, _) => $"所属领域为“{ZhNames<ProjectField>.Of(p.Field!.Value)}”，本渠道只支持所属领域为“城镇老旧小区”的改造项目")
            .Build();

    private EligibilityRule Built(OldCommunityParameters parameters) =>
        Rule.Hard("OLD-BUILT", $"小区建成年代符合要求（重点支持{(int)parameters.BuiltCutoffYear.Latest}年底前建成的小区）")
            .From(sources["definition"])
            .Requires(OldCommunityFacts.BuiltYear)
            .Evaluate((p, c) => OldCommunityFacts.BuiltYearOf(p) is { } year
                ? year <= parameters.BuiltCutoffYear.At(c.AsOf) || WithinExtended(parameters, year, c.AsOf) ? RuleVerdict.Pass : RuleVerdict.Fail
                : c.Unknown(OldCommunityFacts.BuiltYear))
            .Pass((p, c) =>
            {
                var year = OldCommunityFacts.BuiltYearOf(p)!.Value;
                var cutoff = (int)parameters.BuiltCutoffYear.At(c.AsOf);
                if (year <= cutoff)
                {
                    return $"小区建成年份为{year}年，在{cutoff}年底前";
                }
                var share = parameters.ExtendedHouseholdShare.TryAt(c.AsOf, out var s) ? $"（部分省份限于当年改造总户数的{ZhFormat.Percent(s)}以内）" : "";
                return $"小区建成年份为{year}年，晚于{cutoff}年底，但在可适当支持的{cutoff + 1}—{(int)parameters.ExtendedBuiltYear.At(c.AsOf)}年之内{share}：该比例是年度改造计划的总量安排，不是单个项目的条件，须在省级年度改造计划中统筹";
            })
            .Fail((p, c) =>
            {
                var year = OldCommunityFacts.BuiltYearOf(p)!.Value;
                var cutoff = (int)parameters.BuiltCutoffYear.At(c.AsOf);
                var message = $"小区建成年份为{year}年，晚于要求的{cutoff}年底前建成";
                if (parameters.ExtendedBuiltYear.TryAt(c.AsOf, out var extended))
                {
                    message += $"，也晚于可适当支持的{cutoff + 1}—{(int)extended}年";
                }
                return message;
            })
            .Build();

    /// <summary>
    /// 2001–2005 compounds are admitted as a share of a province's yearly households: a limit on the annual plan,
    /// not a condition one project can fail, so a compound of those years passes and its message names the share.
    /// </summary>
    private static bool WithinExtended(OldCommunityParameters parameters, int year, DateOnly asOf) =>
        parameters.ExtendedBuiltYear.TryAt(asOf, out var extended) && year <= extended;

    private EligibilityRule ResidentConsent(OldCommunityParameters parameters) =>
        Rule.Hard("OLD-CONSENT", "居民改造意愿强烈：同意改造户数比例不低于规定门槛")
            .From(sources["residentConsent"])
            .Requires(OldCommunityFacts.ResidentConsent)
            .Evaluate((p, c) => OldCommunityFacts.ResidentConsentOf(p) is { } consent
                ? AtConsentPrecision(consent) >= AtConsentPrecision(parameters.MinResidentConsent.At(c.AsOf)) ? RuleVerdict.Pass : RuleVerdict.Fail
                : c.Unknown(OldCommunityFacts.ResidentConsent))
            .Fail((p, c) => $"居民同意改造比例为{ZhFormat.Percent(OldCommunityFacts.ResidentConsentOf(p)!.Value)}，低于要求的{ZhFormat.Percent(parameters.MinResidentConsent.At(c.AsOf))}（门槛为各地常见做法，未核实，以本省市实施方案为准）")
            .Build();

    /// <summary>
    /// Ratios are entered as percentages to two decimals and 2/3 cannot be written exactly, so both
    /// sides are compared at four decimals: 0.6667 (200 of 300 households) meets a 2/3 threshold.
    /// </summary>
    private static decimal AtConsentPrecision(decimal ratio) => Math.Round(ratio, 4, MidpointRounding.AwayFromZero);

    private EligibilityRule StartsWithinPlanYear(OldCommunityParameters parameters) =>
        Rule.Hard("OLD-START", "项目能在申报计划年度内开工建设（已完工项目不予安排）")
            .From(sources["startWithinYear"])
            .Evaluate((p, c) =>
            {
                if (p.Stage == ProjectStage.Completed)
                {
                    return RuleVerdict.Fail;
                }
                if (p.Stage is ProjectStage.NewStart or ProjectStage.Continuing || p.ActualStart.HasValue)
                {
                    return RuleVerdict.Pass;
                }
                if (p.PlannedStart is not { } start)
                {
                    return c.Unknown(CommonFacts.PlannedStart);
                }
                // A planned start already past is still "this year or earlier": the record says the
                // project is ready; only a start beyond the plan year is refused.
                return start.Year <= parameters.PlanYear(c.AsOf) ? RuleVerdict.Pass : RuleVerdict.Fail;
            })
            .Fail((p, c) =>
            {
                if (p.Stage == ProjectStage.Completed)
                {
                    return "项目阶段为竣工；中央预算内投资用于计划新开工或续建项目，不得用于已完工项目";
                }
                var planYear = parameters.PlanYear(c.AsOf);
                return $"计划开工时间为{ZhFormat.Date(p.PlannedStart!.Value)}，于{ZhFormat.Date(c.AsOf)}申报的是{planYear}年投资计划，要求在{planYear}年12月31日前开工，规定时间内无法开工的项目不予安排";
            })
            .Build();

    /// <summary>
    /// 地方资金落实, read from the funding plan: whatever this channel cannot give must come from the other
    /// lines. The 中央预算内 line itself is left out, since a planned central amount above the cap is
    /// exactly the shortfall this rule looks for.
    /// </summary>
    private EligibilityRule LocalFundsInPlace(SubsidyCap cap) =>
        Rule.Exclusion("OLD-LOCAL-FUNDS", "地方建设资金已落实：除中央预算内投资外的资金来源足以覆盖总投资减去本渠道可补助上限后的部分")
            .From(sources["localFundsInPlace"])
            .Requires(CommonFacts.FundingSources, OldCommunityFacts.Households)
            .Evaluate((p, c) => cap.For(p, c.AsOf) is { } max
                ? Shortfall(p) <= max.Amount ? RuleVerdict.Pass : RuleVerdict.Fail
                : c.Unknown(OldCommunityFacts.Households))
            .Fail((p, c) =>
            {
                var max = cap.For(p, c.AsOf)!;
                var other = p.PlannedTotal - p.PlannedFrom(FundingSourceKind.CentralBudget);
                return $"除中央预算内投资外已列资金来源 {ZhFormat.Wan(other)}，总投资 {ZhFormat.Wan(p.TotalInvestment)}，需中央补助弥补 {ZhFormat.Wan(Shortfall(p))}，超过按户数和建安投资测算的本渠道补助上限 {ZhFormat.Wan(max.Amount)}；要求其余资金由地方财政、居民、产权单位等落实，地方建设资金未落实的项目不予安排";
            })
            .Build();

    private static decimal Shortfall(ProjectRecord p) =>
        p.TotalInvestment - (p.PlannedTotal - p.PlannedFrom(FundingSourceKind.CentralBudget));

    private EligibilityRule BasicRenovationClass() =>
        Rule.Scoring("OLD-CLASS", "改造内容以基础类为主（中央补助按“保基本”重点支持基础类）", 10m)
            .From(sources["renovationClasses"])
            .Requires(OldCommunityFacts.RenovationClass)
            .Evaluate((p, c) => OldCommunityFacts.RenovationClassOf(p) is { } kind
                ? kind == "基础类" ? RuleVerdict.Pass : RuleVerdict.Fail
                : c.Unknown(OldCommunityFacts.RenovationClass))
            .Fail((p, _) => $"改造类型为{OldCommunityFacts.RenovationClassOf(p)}；中央补助重点支持基础类，{OldCommunityFacts.RenovationClassOf(p)}可以申报，但排序靠后")
            .Build();

    private static readonly FundingSourceKind[] CoPayers =
        [FundingSourceKind.ResidentContribution, FundingSourceKind.EnterpriseOwn, FundingSourceKind.PrivateCapital];

    private EligibilityRule SharedFunding() =>
        Rule.Scoring("OLD-COFUND", "资金多方共担：列有居民、产权单位或管线单位、社会资本出资", 5m)
            .From(sources["sharedFunding"])
            .Requires(CommonFacts.FundingSources)
            .Check((p, _) => CoPayers.Any(k => p.PlannedFrom(k) > 0))
            .Fail((p, _) =>
            {
                var listed = p.FundingSources.Select(l => ZhNames<FundingSourceKind>.Of(l.Source)).Distinct();
                return $"资金来源仅有{string.Join("、", listed)}，未列居民出资、企业自筹（产权单位、管线单位）或社会资本，要求至少一方共担";
            })
            .Build();
}
