using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.CentralBudget;

/// <summary>Which pre-work items a 专项 counts as 手续完善, and which only when the project takes new land.</summary>
internal sealed record MaturityPreWork(string Title, PolicySource Source, PreWorkKind[] Always, PreWorkKind[] WhenNewLand);

/// <summary>
/// The rules every 专项 of 中央预算内投资 shares (domain-channels.md §2.1 hard eligibility), in the order
/// reports show them: identity and approvals, maturity, money, exclusions. A 专项 adds its own scope and
/// ceiling rules after these.
/// </summary>
internal static class CentralBudgetCommonRules
{
    /// <param name="equityApplies">
    /// 资本金制度 covers 企业投资项目 and 政府投资的经营性项目 (国发〔2019〕26号), so only a 专项 whose projects
    /// are 经营性 (cold stores and logistics facilities earn fees) includes BASE-EQUITY. The standard rule
    /// cannot be narrowed per project, so the choice is per 专项.
    /// </param>
    public static List<EligibilityRule> Build(ParameterTable parameters, MaturityPreWork preWork, bool equityApplies)
    {
        var closeMonth = parameters.Decimal("planYearCloseMonth");
        var rules = new List<EligibilityRule>
        {
            StandardRules.ProjectCode(),
            // 中央预算内 asks for 手续完善: a 容缺承诺 does not count.
            StandardRules.ApprovalChain(acceptCommitment: false),
            StandardRules.InNationalLibraryAndRollingPlan(),
            MaturityPreWorkComplete(preWork),
            StartsInPlanYear(closeMonth),
            StandardRules.DesignBudgetWithinEstimate(),
        };
        if (equityApplies)
        {
            rules.Add(StandardRules.EquityAtSectorMinimum());
        }
        rules.Add(StandardRules.PlannedSourcesWithinTotal());
        rules.Add(LocalFundsArranged());
        rules.Add(EnterpriseGetsSubsidyOrInterestOnly());
        rules.Add(StandardRules.UnitNotDishonest());
        rules.Add(StandardRules.NoPriorCentralBudgetFunding());
        return rules;
    }

    /// <summary>The application checklist of §2.1 Required materials, shared by every 专项.</summary>
    public static List<RequiredMaterial> Materials(Func<ProjectRecord, bool> landPreExaminationNeeded, Func<ProjectRecord, bool> environmentalApprovalNeeded)
    {
        var source = CentralBudgetSources.ApplicationMaterials;
        return
        [
            FromFact("ZYYSN-M-REPORT", "资金申请报告（达到可研深度）", source, CentralBudgetFacts.FundingReportPrepared),
            RequiredMaterial.FromPreWork("ZYYSN-M-FSR", PreWorkKind.FeasibilityApproval, source, p => p.ProjectType == ProjectType.Approval),
            RequiredMaterial.FromPreWork("ZYYSN-M-AUTH", PreWorkKind.Authorization, source, p => p.ProjectType == ProjectType.Authorization),
            RequiredMaterial.FromPreWork("ZYYSN-M-FILING", PreWorkKind.Filing, source, p => p.ProjectType == ProjectType.Filing),
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
    private static EligibilityRule MaturityPreWorkComplete(MaturityPreWork spec)
    {
        const string id = "ZYYSN-PREWORK";
        var title = spec.Title;
        var withLand = StandardRules.PreWorkComplete(id, title, spec.Source, [.. spec.Always, .. spec.WhenNewLand], acceptCommitment: false);
        var withoutLand = spec.Always.Length > 0
            ? StandardRules.PreWorkComplete(id, title, spec.Source, spec.Always, acceptCommitment: false)
            : null;
        EligibilityRule? Pick(ProjectRecord p) => TakesNewLand(p) ? withLand : withoutLand;
        return Rule.Hard(id, title)
            .From(spec.Source)
            .Evaluate((p, c) => Pick(p)?.Evaluate(p, c) ?? RuleVerdict.Pass)
            .Fail((p, c) => Pick(p)!.Explain(RuleVerdict.Fail, p, c))
            .Build();
    }

    /// <summary>不能当年开工的项目不予安排: already started, or planned to start by the end of the plan year.</summary>
    private static EligibilityRule StartsInPlanYear(DatedParameter<decimal> closeMonth) =>
        Rule.Hard("ZYYSN-START", "项目能在申报对应的计划年度内开工")
            .From(CentralBudgetSources.AnnualCycle)
            .Evaluate((p, c) =>
            {
                if (p.ActualStart is not null || p.Stage is ProjectStage.NewStart or ProjectStage.Continuing or ProjectStage.Completed)
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
                var year = PlanYear(c.AsOf, closeMonth);
                return $"计划开工时间 {ZhFormat.Date(p.PlannedStart!.Value)}，晚于 {ZhFormat.Date(c.AsOf)} 申报所对应的{year}年度计划（要求{year}年12月31日前开工），不能当年开工";
            })
            .Build();

    /// <summary>
    /// 地方建设资金未落实的不予安排: besides the central request, the other planned sources cover the rest
    /// of the total. Measured on the planned 资金来源 lines, the figures the application states.
    /// </summary>
    private static EligibilityRule LocalFundsArranged() =>
        Rule.Exclusion("ZYYSN-LOCALFUNDS", "地方建设资金已落实（除申请的中央预算内投资外，其余建设资金均有来源）")
            .From(CentralBudgetSources.MaturityExclusions)
            .Requires(CommonFacts.FundingSources, CentralBudgetFacts.CentralRequest)
            .Check((p, _) => p.PlannedTotal >= p.TotalInvestment)
            .Fail((p, _) =>
            {
                var central = CentralRequest(p);
                var others = p.PlannedTotal - central;
                var needed = p.TotalInvestment - central;
                return $"总投资 {ZhFormat.Wan(p.TotalInvestment)}，除申请中央预算内投资 {ZhFormat.Wan(central)} 外须落实 {ZhFormat.Wan(needed)}，其他资金来源计划合计仅 {ZhFormat.Wan(others)}，缺口 {ZhFormat.Wan(needed - others)}，地方建设资金未落实";
            })
            .Build();

    /// <summary>
    /// Enterprise projects get 补助 or 贴息 only. Checked against the form the application asks for; a
    /// government project may ask for any form, so the rule does not apply to it.
    /// </summary>
    private static EligibilityRule EnterpriseGetsSubsidyOrInterestOnly() =>
        Rule.Hard("ZYYSN-FORM", "企业投资项目只申请投资补助或贷款贴息")
            .From(CentralBudgetSources.EnterpriseForms)
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
                    "补助" or "贴息" => RuleVerdict.Pass,
                    _ => RuleVerdict.Fail,
                };
            })
            .Fail((p, _) => $"项目属性为企业投资，申请支持方式为“{CentralBudgetFacts.Text(p, CentralBudgetFacts.SupportForm)}”；企业投资项目只能申请补助或贴息，直接投资和资本金注入仅用于政府投资项目")
            .Build();

    private static RequiredMaterial FromFact(string id, string name, PolicySource source, FactDescriptor fact, Func<ProjectRecord, bool>? appliesWhen = null) =>
        new(id, name, source, p => CentralBudgetFacts.Flag(p, fact) == true, $"渠道要素“{fact.Label}”为是", appliesWhen);
}
