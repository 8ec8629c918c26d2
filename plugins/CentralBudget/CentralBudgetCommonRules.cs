namespace Reserve.Plugins.CentralBudget;

/// <summary>Which pre-work items a 专项 counts as 手续完善, and which only when the project takes new land.</summary>
/// <remarks><see cref="SourceId"/> names the manifest source the rule cites.</remarks>
internal sealed record MaturityPreWork(string Title, string SourceId, PreWorkKind[] Always, PreWorkKind[] WhenNewLand)
{
    /// <summary>
    /// The attachments (环评 always, 用地预审 for new land), for a 专项 whose own notice names no other
    /// list. Shared so that every such 专项 reads the same, with one title.
    /// </summary>
    public static readonly MaturityPreWork Standard = new(
        "前期手续完善（环评批复已办结；新建、扩建、迁建项目的用地预审与选址意见书已办结）",
        "standardPreWork",
        Always: [PreWorkKind.EnvironmentalApproval],
        WhenNewLand: [PreWorkKind.LandPreExamination]);
}

/// <summary>Which projects of a 专项 the 资本金 minimum (BASE-EQUITY) is checked for.</summary>
internal enum EquityCoverage
{
    /// <summary>The 专项 funds 非经营性 public works only: the rule is left out.</summary>
    None,

    /// <summary>
    /// A mixed 专项: enterprise and PPP projects are checked, government projects are not applicable (the
    /// record cannot tell a 经营性 government project from a public-welfare one).
    /// </summary>
    NonGovernment,

    /// <summary>Every project of the 专项 is 经营性 (cold stores earn fees): every project is checked.</summary>
    All,
}

/// <summary>The support forms an enterprise project may ask of a 专项 (ZYYSN-FORM), with the reason.</summary>
/// <remarks><see cref="SourceId"/> names the manifest source the rule cites.</remarks>
internal sealed record EnterpriseForms(string Title, string SourceId, IReadOnlyList<string> Allowed, string Explanation)
{
    /// <summary>Hard eligibility 6, the general case.</summary>
    public static readonly EnterpriseForms SubsidyOrInterest = new(
        "企业投资项目只申请投资补助或贷款贴息",
        "enterpriseForms",
        ["补助", "贴息"],
        "企业投资项目只能申请补助或贴息，直接投资和资本金注入仅用于政府投资项目");

    /// <summary>补助、贴息或资本金注入: the allowed forms as one Chinese phrase.</summary>
    public string AllowedText => Allowed.Count == 1 ? Allowed[0] : string.Join("、", Allowed.Take(Allowed.Count - 1)) + "或" + Allowed[^1];
}

/// <summary>How a 专项 sets the shared rules: its maturity list, its 资本金 coverage and its enterprise forms.</summary>
internal sealed record CommonRuleOptions(MaturityPreWork PreWork, EquityCoverage Equity)
{
    public EnterpriseForms EnterpriseForms { get; init; } = EnterpriseForms.SubsidyOrInterest;
}

/// <summary>
/// The rules every 专项 of 中央预算内投资 shares, in
/// the order reports show them: timing, identity and approvals, maturity, money, exclusions. A 专项 adds
/// its own scope and ceiling rules after these.
/// </summary>
internal sealed class CentralBudgetCommonRules(PolicySourceTable sources)
{
    public List<EligibilityRule> Build(ParameterTable parameters, CommonRuleOptions options)
    {
        var closeMonth = parameters.Decimal("planYearCloseMonth");
        var rules = new List<EligibilityRule>
        {
            // Every 专项 is applied for in the same annual round, so the window is shared, not per 专项.
            WindowRules.ApplicationWindowOpen("ZYYSN-WINDOW", parameters.List("applicationWindows"), sources["applicationWindow"]),
            StandardRules.ProjectCode(),
            // 中央预算内 asks for 手续完善: a 容缺承诺 does not count.
            StandardRules.ApprovalChain(acceptCommitment: false),
            // A lapsed 核准 is no approval at all, whatever the 专项.
            StandardRules.AuthorizationNotLapsed(),
            StandardRules.InNationalLibraryAndRollingPlan(),
            MaturityPreWorkComplete(options.PreWork),
            StartsInPlanYear(closeMonth),
            StandardRules.DesignBudgetWithinEstimate(),
        };
        switch (options.Equity)
        {
            case EquityCoverage.All:
                rules.Add(StandardRules.EquityAtSectorMinimum(governmentProjectsAreCommercial: true));
                break;
            case EquityCoverage.NonGovernment:
                rules.Add(EquityAtSectorMinimumUnlessGovernment());
                break;
        }
        rules.Add(StandardRules.PlannedSourcesWithinTotal());
        rules.Add(LocalFundsArranged());
        rules.Add(EnterpriseFormAllowed(options.EnterpriseForms));
        rules.Add(StandardRules.UnitNotDishonest());
        rules.Add(StandardRules.NoPriorCentralBudgetFunding());
        rules.Add(NoUltraLongBonds());
        return rules;
    }

    /// <summary>The checklist with 用地预审 for new land and 环评 always, as most 专项 ask.</summary>
    public List<RequiredMaterial> StandardMaterials() =>
        Materials(landPreExaminationNeeded: TakesNewLand, environmentalApprovalNeeded: _ => true);

    /// <summary>The application checklist, shared by every 专项.</summary>
    public List<RequiredMaterial> Materials(Func<ProjectRecord, bool> landPreExaminationNeeded, Func<ProjectRecord, bool> environmentalApprovalNeeded)
    {
        var source = sources["applicationMaterials"];
        return
        [
            FromFact("ZYYSN-M-REPORT", "资金申请报告（达到可研深度）", source, FundingApplicationFacts.ReportPrepared),
            .. ApprovalMaterials.ByProjectType("ZYYSN-M-FSR", "ZYYSN-M-AUTH", "ZYYSN-M-FILING", source),
            RequiredMaterial.FromPreWork("ZYYSN-M-LAND", PreWorkKind.LandPreExamination, source, landPreExaminationNeeded),
            RequiredMaterial.FromPreWork("ZYYSN-M-EIA", PreWorkKind.EnvironmentalApproval, source, environmentalApprovalNeeded),
            FromFact("ZYYSN-M-LOAN", "贷款合同（申请贴息时）", source, CentralBudgetFacts.LoanAgreementSigned,
                p => CentralBudgetFacts.Text(p, CentralBudgetFacts.SupportForm) == "贴息"),
            FromFact("ZYYSN-M-PLEDGE", "项目单位真实性承诺", source, CentralBudgetFacts.AuthenticityPledge),
        ];
    }

    /// <summary>New land (新建、扩建、迁建) needs 用地预审 and 环评; an unknown nature is treated as new land, the stricter case.</summary>
    public static bool TakesNewLand(ProjectRecord p) =>
        p.Nature is null or ConstructionNature.New or ConstructionNature.Expansion or ConstructionNature.Relocation;

    /// <summary>The amount asked of 中央预算内投资 (the 资金来源 line), 0 when none is planned.</summary>
    public static decimal CentralRequest(ProjectRecord p) => p.PlannedFrom(FundingSourceKind.CentralBudget);

    /// <summary>
    /// The plan year an application made on <paramref name="asOf"/> is for: applications run from November
    /// to June and the year's plan is issued by end-June, so from July on a project is prepared for next year's plan.
    /// </summary>
    public static int PlanYear(DateOnly asOf, DatedParameter<decimal> closeMonth) =>
        asOf.Month > closeMonth.At(asOf) ? asOf.Year + 1 : asOf.Year;

    /// <summary>
    /// 手续完善: the standard pre-work rule over the 专项's list, choosing the list with or without the land
    /// items by the project's 建设性质 (a renovation on its own land has no 用地预审).
    /// </summary>
    private EligibilityRule MaturityPreWorkComplete(MaturityPreWork spec)
    {
        const string id = "ZYYSN-PREWORK";
        var title = spec.Title;
        var source = sources[spec.SourceId];
        var withLand = StandardRules.PreWorkComplete(id, title, source, [.. spec.Always, .. spec.WhenNewLand], acceptCommitment: false);
        var withoutLand = spec.Always.Length > 0
            ? StandardRules.PreWorkComplete(id, title, source, spec.Always, acceptCommitment: false)
            : null;
        EligibilityRule? Pick(ProjectRecord p) => TakesNewLand(p) ? withLand : withoutLand;
        return Rule.Hard(id, title)
            .From(source)
            .Evaluate((p, c) => Pick(p)?.Evaluate(p, c) ?? RuleVerdict.Pass)
            .Fail((p, c) => Pick(p)!.Explain(RuleVerdict.Fail, p, c))
            .Build();
    }

    /// <summary>不能当年开工的项目不予安排: already started, or planned to start by the end of the plan year.</summary>
    private EligibilityRule StartsInPlanYear(DatedParameter<decimal> closeMonth) =>
        Rule.Hard("ZYYSN-START", "项目能在申报对应的计划年度内开工")
            .From(sources["annualCycle"])
            .Evaluate((p, c) =>
            {
                if (p.Stage == ProjectStage.Completed)
                {
                    // 中央预算内投资 funds projects to start or under way, never one already completed.
                    return RuleVerdict.Fail;
                }
                if (p.ActualStart is not null || p.Stage is ProjectStage.NewStart or ProjectStage.Continuing)
                {
                    return RuleVerdict.Pass;
                }
                if (p.PlannedStart is not { } start)
                {
                    return c.Unknown(CommonFacts.PlannedStart);
                }
                return start.Year <= PlanYear(c.AsOf, closeMonth) ? RuleVerdict.Pass : RuleVerdict.Fail;
            })
            .Fail((p, c) =>
            {
                if (p.Stage == ProjectStage.Completed)
                {
                    return "项目阶段为竣工；中央预算内投资安排计划新开工或续建项目，已完工项目不予安排";
                }
                var year = PlanYear(c.AsOf, closeMonth);
                return $"计划开工时间 {ZhFormat.Date(p.PlannedStart!.Value)}，晚于 {ZhFormat.Date(c.AsOf)} 申报所对应的{year}年度计划（要求{year}年12月31日前开工），不能当年开工";
            })
            .Build();

    /// <summary>
    /// 地方建设资金未落实的不予安排: besides the central request, the other planned sources cover the rest
    /// of the total. Measured on the planned 资金来源 lines, the figures the application states. At 谋划/前期 a gap is
    /// why the project seeks funding: it is a readiness item (资金来源尚缺 X 万元), to be closed before applying.
    /// Without the stage a gap cannot be told apart from one under way, and without 总投资 there is no gap to
    /// measure: both wait for the fact rather than fail.
    /// </summary>
    private EligibilityRule LocalFundsArranged() =>
        Rule.Exclusion("ZYYSN-LOCALFUNDS", "地方建设资金已落实（除申请的中央预算内投资外，其余建设资金均有来源）")
            .From(sources["maturityExclusions"])
            .Requires(CommonFacts.FundingSources, CentralBudgetFacts.CentralRequest, CommonFacts.TotalInvestment, CommonFacts.Stage)
            .Check((p, _) => p.PlannedTotal >= p.TotalInvestment)
            .Fail((p, _) =>
            {
                var central = CentralRequest(p);
                var others = p.PlannedTotal - central;
                var needed = p.TotalInvestment - central;
                return $"总投资 {ZhFormat.Wan(p.TotalInvestment)}，除申请中央预算内投资 {ZhFormat.Wan(central)} 外须落实 {ZhFormat.Wan(needed)}，其他资金来源计划合计仅 {ZhFormat.Wan(others)}，缺口 {ZhFormat.Wan(needed - others)}，地方建设资金未落实";
            })
            .ReadinessWhen(ReserveStage.Holds, onlyWhenMissing: false)
            .ToPrepare((p, _) => p.FundingSourceCount == 0 || CentralRequest(p) <= 0
                ? "资金来源计划或拟申请的中央预算内投资尚未填报，申报前须落实地方建设资金并填报资金来源"
                : $"资金来源尚缺 {ZhFormat.Wan(p.TotalInvestment - p.PlannedTotal)}，申报前须落实地方建设资金")
            .Build();

    /// <summary>
    /// The other side of 超长期特别国债's CQGZ-NO-CENTRAL: a project whose funding plan uses 超长期特别国债 is not
    /// also given 中央预算内投资 (the same project does not take both kinds of central money).
    /// </summary>
    private EligibilityRule NoUltraLongBonds() =>
        Rule.Exclusion("ZYYSN-NO-ULTRALONG", "资金来源未安排超长期特别国债（同一项目不同时使用超长期特别国债和中央预算内投资）")
            .From(sources["noUltraLongBonds"])
            .Requires(CommonFacts.FundingSources)
            .Check((p, _) => p.PlannedFrom(FundingSourceKind.UltraLongSpecialBonds) <= 0m)
            .Fail((p, _) => $"资金来源计划安排超长期特别国债 {ZhFormat.Wan(p.PlannedFrom(FundingSourceKind.UltraLongSpecialBonds))}；超长期特别国债支持的项目不再安排中央预算内投资，须择一申报")
            .Build();

    /// <summary>
    /// Enterprise projects get only the forms the 专项 allows (补助 or 贴息 in general). Checked against the
    /// form the application asks for; a government project may ask for any form, so the rule does not apply to it.
    /// </summary>
    private EligibilityRule EnterpriseFormAllowed(EnterpriseForms forms) =>
        Rule.Hard("ZYYSN-FORM", forms.Title)
            .From(sources[forms.SourceId])
            .Evaluate((p, c) =>
            {
                if (p.Attribute is null)
                {
                    return c.Unknown(CommonFacts.Attribute);
                }
                if (p.Attribute != ProjectAttribute.Enterprise)
                {
                    return RuleVerdict.NotApplicable;
                }
                return CentralBudgetFacts.Text(p, CentralBudgetFacts.SupportForm) switch
                {
                    null => c.Unknown(FactRef.Channel(CentralBudgetFacts.SupportForm)),
                    var form when forms.Allowed.Contains(form) => RuleVerdict.Pass,
                    _ => RuleVerdict.Fail,
                };
            })
            .Fail((p, _) => $"项目属性为企业投资，申请支持方式为“{CentralBudgetFacts.Text(p, CentralBudgetFacts.SupportForm)}”，本专项要求为{forms.AllowedText}；{forms.Explanation}")
            .Build();

    /// <summary>
    /// BASE-EQUITY for a mixed 专项: the standard rule for enterprise and PPP projects, not applicable to
    /// government projects (the record cannot say whether one is 经营性), unknown while 项目属性 is missing.
    /// </summary>
    private EligibilityRule EquityAtSectorMinimumUnlessGovernment() =>
        StandardRules.EquityAtSectorMinimum().WithSource(sources["equityCoverage"]);

    private RequiredMaterial FromFact(string id, string name, PolicySource source, FactDescriptor fact, Func<ProjectRecord, bool>? appliesWhen = null) =>
        new(id, name, source, p => FactReaders.Flag(p, fact) == true, $"渠道要素“{fact.Label}”为是", appliesWhen);
}
