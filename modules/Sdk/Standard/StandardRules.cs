using Reserve.Sdk.Facts;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Standard;

/// <summary>
/// The baseline rules that apply to every channel whose policy says so.
/// A plugin picks the ones its policy names; the ids are the same in every channel so that reports can
/// line them up.
/// </summary>
public static class StandardRules
{
    /// <summary>
    /// 项目代码 present and of the platform's shape (政府投资条例 Art.10; 发改投资〔2020〕1439号). The code is issued
    /// when the project is registered, often after it enters the reserve: at 谋划/前期 a missing code is a readiness
    /// item; a malformed one still fails.
    /// </summary>
    public static EligibilityRule ProjectCode() =>
        Rule.Hard("BASE-CODE", "项目已在投资项目在线审批监管平台赋码，项目代码格式正确")
            .From(BaselineSources.ProjectCodeSpecification)
            .Requires(CommonFacts.Code)
            .Check((p, _) => p.HasWellFormedCode)
            .Fail((p, _) => $"项目代码“{p.Code}”格式不符，应为{ProjectCodeFormat.Expected}")
            .ReadinessWhen(ReserveStage.Holds, onlyWhenMissing: true)
            .ToPrepare((p, _) => $"项目处于{ZhNames<ProjectStage>.Of(p.Stage!.Value)}阶段，尚未赋码：申报前须在投资项目在线审批监管平台登记取得项目代码")
            .Build();

    /// <summary>
    /// The approval that fits 项目类型: 审批 needs 可研批复 (or 初步设计及概算批复), 核准 needs 核准, 备案
    /// needs 备案 (政府投资条例 Art.9, Art.17; 企业投资项目核准和备案管理条例).
    /// </summary>
    public static EligibilityRule ApprovalChain(bool acceptCommitment = false) =>
        Rule.Hard("BASE-APPROVAL", "审批（核准、备案）手续与项目类型相符且已办结")
            .From(BaselineSources.GovernmentInvestmentRegulation)
            .Requires(CommonFacts.ProjectType)
            .Evaluate((p, c) =>
            {
                var item = RequiredApproval(p);
                var listed = p.StatusOf(item);
                var design = item == PreWorkKind.FeasibilityApproval ? p.StatusOf(PreWorkKind.PreliminaryDesignApproval) : null;
                if (listed is null && design is null)
                {
                    return c.Unknown(FactRef.PreWork(item));
                }
                var status = BestStatus(listed, design);
                return status == PreWorkStatus.Completed || (acceptCommitment && status == PreWorkStatus.Committed)
                    ? RuleVerdict.Pass
                    : RuleVerdict.Fail;
            })
            .Fail((p, _) =>
            {
                var item = RequiredApproval(p);
                var design = item == PreWorkKind.FeasibilityApproval ? p.StatusOf(PreWorkKind.PreliminaryDesignApproval) : null;
                return $"项目类型为{ZhNames<ProjectType>.Of(p.ProjectType!.Value)}，需“{ZhNames<PreWorkKind>.Of(item)}”已办结，目前为“{ZhNames<PreWorkStatus>.Of(BestStatus(p.StatusOf(item), design))}”";
            })
            .Build();

    /// <summary>初设概算 not above 1.1 × 可研估算 (政府投资条例 Art.12). Not applicable before a 初设 exists.</summary>
    public static EligibilityRule DesignBudgetWithinEstimate() =>
        Rule.Hard("BASE-BUDGET", "初设概算不超过可研估算的110%")
            .From(BaselineSources.GovernmentInvestmentRegulation with { Note = "第十二条：初步设计提出的投资概算超过可研估算10%的，应当向原审批部门报告，可要求重新报送可研" })
            .AppliesWhen((p, _) => p.DesignBudget.HasValue)
            .Requires(CommonFacts.FeasibilityEstimate)
            .Check((p, _) => p.DesignBudget!.Value <= p.FeasibilityEstimate!.Value * 1.1m)
            .Fail((p, _) => $"初设概算 {ZhFormat.Wan(p.DesignBudget!.Value)}，为可研估算 {ZhFormat.Wan(p.FeasibilityEstimate!.Value)} 的 {ZhFormat.Percent(p.DesignBudget.Value / p.FeasibilityEstimate.Value)}，超过要求的110%，需重新报送可研")
            .Build();

    /// <summary>A 核准 more than two years old with no start has lapsed, unless extended (Expires).</summary>
    public static EligibilityRule AuthorizationNotLapsed() =>
        Rule.Hard("BASE-LAPSE", "核准文件在有效期内（核准后2年内开工）")
            .From(BaselineSources.EnterpriseApprovalRegulation)
            .AppliesWhen((p, _) => p.ProjectType == ProjectType.Authorization)
            .Evaluate((p, c) =>
            {
                if (p.StatusOf(PreWorkKind.Authorization) is not { } status)
                {
                    return c.Unknown(FactRef.PreWork(PreWorkKind.Authorization));
                }
                if (status != PreWorkStatus.Completed || p.ActualStart.HasValue)
                {
                    return RuleVerdict.Pass;
                }
                // Only a completed 核准 without a start needs its dates, which the snapshot leaves in the record.
                var approval = p.FindPreWork(PreWorkKind.Authorization)!;
                if (approval.Date is null)
                {
                    return c.Unknown(FactRef.PreWork(PreWorkKind.Authorization));
                }
                return c.AsOf <= LapseDate(approval) ? RuleVerdict.Pass : RuleVerdict.Fail;
            })
            .Fail((p, c) =>
            {
                var approval = p.FindPreWork(PreWorkKind.Authorization)!;
                return $"核准日期 {ZhFormat.Date(approval.Date!.Value)}，至 {ZhFormat.Date(c.AsOf)} 已超过2年且未开工（有效期至 {ZhFormat.Date(LapseDate(approval))}），核准文件失效";
            })
            .Build();

    /// <summary>
    /// 资本金 ratio at or above the sector minimum (国发〔2015〕51号, 国发〔2019〕26号), where the capital system
    /// applies: enterprise and PPP projects, and 经营性 government projects — government public-welfare projects
    /// are outside it, so a government project is not applicable unless <paramref name="governmentProjectsAreCommercial"/>
    /// (a channel whose every project earns fees). 专项债券 used as capital (channel fact <c>bondAsEquity</c>) counts
    /// toward it, and a 补短板 infrastructure project may go up to 5 points below the minimum (26号).
    /// </summary>
    public static EligibilityRule EquityAtSectorMinimum(bool governmentProjectsAreCommercial = false) =>
        Rule.Hard("BASE-EQUITY", "项目资本金比例不低于行业最低要求（企业投资、政府和社会资本合作及经营性项目；专项债券用作资本金的计入；补短板基础设施可下调不超过5个百分点）")
            .From(BaselineSources.Equity2019)
            .AppliesWhen((p, _) => governmentProjectsAreCommercial || p.Attribute != ProjectAttribute.Government)
            .Requires(CommonFacts.Equity, CommonFacts.Field)
            .Evaluate((p, c) =>
            {
                if (!governmentProjectsAreCommercial && p.Attribute is null)
                {
                    return c.Unknown(CommonFacts.Attribute);
                }
                return EquityMinimums.Meets(p, c.AsOf) ? RuleVerdict.Pass : RuleVerdict.Fail;
            })
            .Fail((p, c) =>
            {
                var (sector, minimum, _) = EquityMinimums.For(p, c.AsOf);
                var relieved = EquityMinimums.RelievedMinimum(p, c.AsOf);
                var bond = EquityMinimums.BondAsEquity(p);
                var counted = bond > 0 ? $"（资本金 {ZhFormat.Wan(p.Equity!.Value)}，另计专项债券用作资本金 {ZhFormat.Wan(bond)}）" : $"（资本金 {ZhFormat.Wan(p.Equity!.Value)}）";
                var relief = relieved < minimum ? $"，补短板基础设施项目下调5个百分点后仍低于 {ZhFormat.Percent(relieved)}" : "";
                return $"资本金比例 {ZhFormat.Percent(EquityMinimums.ShareWithBonds(p))}{counted}，总投资 {ZhFormat.Wan(p.TotalInvestment)}，低于{sector}要求的 {ZhFormat.Percent(minimum)}{relief}";
            })
            .Pass((p, c) =>
            {
                var (sector, minimum, _) = EquityMinimums.For(p, c.AsOf);
                var share = EquityMinimums.ShareWithBonds(p);
                return share >= minimum
                    ? $"资本金比例 {ZhFormat.Percent(share)}，不低于{sector}要求的 {ZhFormat.Percent(minimum)}"
                    : $"资本金比例 {ZhFormat.Percent(share)}，低于{sector}要求的 {ZhFormat.Percent(minimum)}，但在补短板基础设施项目可下调的5个百分点以内（国发〔2019〕26号：须投资回报机制明确、收益可靠、风险可控）";
            })
            .Build();

    /// <summary>The project unit is not on a 失信 list.</summary>
    public static EligibilityRule UnitNotDishonest(PolicySource? source = null) =>
        Rule.Exclusion("BASE-DISHONEST", "项目单位未被列入失信名单")
            .From(source ?? BaselineSources.DishonestExclusion)
            .Requires(CommonFacts.Dishonest)
            .Check((p, _) => p.Dishonest == false)
            .Fail((p, _) => $"项目单位“{p.Unit}”已被列入失信名单，不予支持")
            .Build();

    /// <summary>
    /// Each listed pre-work item completed, or under a 容缺承诺 where the policy accepts one. At 谋划/前期, when what
    /// is left is only items due at application time (施工许可, 财政评审, 节能审查: <see cref="ApplicationTimePreWork"/>),
    /// the rule is a readiness item, needed by the planned start for 施工许可 and 节能审查.
    /// </summary>
    public static EligibilityRule PreWorkComplete(string id, string title, PolicySource source, IReadOnlyList<PreWorkKind> items, bool acceptCommitment)
    {
        var facts = items.Select(FactRef.PreWork).ToArray();
        PreWorkKind[] required = [.. items];
        var rule = Rule.Hard(id, title);
        if (required.Any(ApplicationTimePreWork.IsDueAtApplication))
        {
            rule.ReadinessWhen((p, c) => ApplicationTimePreWork.OnlyTheseWaiting(p, c, required, acceptCommitment))
                .ToPrepare((p, _) => $"项目处于{ZhNames<ProjectStage>.Of(p.Stage!.Value)}阶段，{ApplicationTimePreWork.Waiting(p, required, acceptCommitment)}尚未办结：申报前须办结")
                .NeededBy((p, _) => ApplicationTimePreWork.NeededBy(p, required, acceptCommitment));
        }
        return rule
            .From(source)
            .Requires(facts)
            .Check((p, _) => AllDone(p, required, acceptCommitment))
            .Fail((p, _) =>
            {
                var pending = items.Where(i => !IsDone(p.StatusOf(i)!.Value, acceptCommitment))
                    .Select(i => $"“{ZhNames<PreWorkKind>.Of(i)}”为{ZhNames<PreWorkStatus>.Of(p.FindPreWork(i)!.Status)}");
                var need = acceptCommitment ? "已完成（或已作容缺承诺）" : "已完成";
                return $"前期手续未办结：{string.Join("，", pending)}，要求{need}";
            })
            .Build();
    }

    /// <summary>No second 中央预算内投资 grant for the same project.</summary>
    public static EligibilityRule NoPriorCentralBudgetFunding(string title = "项目未获其他中央预算内投资支持（不重复申报）") =>
        Rule.Exclusion("BASE-CENTRAL-ONCE", title)
            .From(BaselineSources.CentralFundingOnce)
            .Requires(CommonFacts.CentralFundedBefore)
            .Check((p, _) => p.CentralFundedBefore == false)
            .Fail((_, _) => "项目已获中央预算内投资支持，同一项目不得重复安排中央预算内投资")
            .Build();

    /// <summary>The planned funding sources add up to no more than the total investment.</summary>
    public static EligibilityRule PlannedSourcesWithinTotal() =>
        Rule.Hard("BASE-SOURCES", "资金来源计划合计不超过总投资")
            .From(BaselineSources.SourcesWithinTotal)
            .Requires(CommonFacts.FundingSources, CommonFacts.TotalInvestment)
            .Check((p, _) => p.PlannedTotal <= p.TotalInvestment)
            .Fail((p, _) => $"资金来源计划合计 {ZhFormat.Wan(p.PlannedTotal)}，超过总投资 {ZhFormat.Wan(p.TotalInvestment)}")
            .Build();

    /// <summary>
    /// The checks a channel that funds a government project's 资本金 or debt makes first (专项债, the policy financial
    /// instruments): project code, approval chain, 概算 within 估算, 资本金 at the sector minimum, sources within the
    /// total, unit not dishonest (<paramref name="dishonest"/> cites the channel's own 失信 rule).
    /// </summary>
    public static IEnumerable<EligibilityRule> CapitalProjectBaseline(PolicySource dishonest) =>
    [
        ProjectCode(),
        ApprovalChain(),
        DesignBudgetWithinEstimate(),
        EquityAtSectorMinimum(),
        PlannedSourcesWithinTotal(),
        UnitNotDishonest(dishonest),
    ];

    /// <summary>None of the listed negative-list contents is involved.</summary>
    public static EligibilityRule NotOnNegativeList(string id, string title, PolicySource source, IReadOnlyList<NegativeListItem> items)
    {
        var listed = NegativeListItems.Mask(items);
        return Rule.Exclusion(id, title)
            .From(source)
            .Requires(CommonFacts.NegativeList)
            .Check((p, _) => p.InvolvesAny(listed) == false)
            .Fail((p, _) => $"项目涉及负面清单内容：{string.Join("、", p.NegativeList!.Where(items.Contains).Select(ZhNames<NegativeListItem>.Of))}，不予支持")
            .Build();
    }

    /// <summary>
    /// A project already under way has completed no more than the given share of its investment. One not
    /// yet started (谋划/前期, no actual start) passes without a completion figure.
    /// </summary>
    public static EligibilityRule CompletionAtMost(string id, string title, PolicySource source, DatedParameter<decimal> maximum) =>
        Rule.Hard(id, title)
            .From(source)
            .Evaluate((p, c) =>
            {
                if (p.Stage is ProjectStage.Planning or ProjectStage.Preparation && p.ActualStart is null)
                {
                    return RuleVerdict.Pass;
                }
                if (p.CompletionRatio is not { } ratio)
                {
                    return p.Stage is null ? c.Unknown(CommonFacts.Stage, CommonFacts.CompletedInvestment) : c.Unknown(CommonFacts.CompletedInvestment);
                }
                return ratio <= maximum.At(c.AsOf) ? RuleVerdict.Pass : RuleVerdict.Fail;
            })
            .Fail((p, c) => $"累计完成投资 {ZhFormat.Wan(p.CompletedInvestment ?? 0)}，占总投资 {ZhFormat.Percent(p.CompletionRatio ?? 0)}，超过要求的 {ZhFormat.Percent(maximum.At(c.AsOf))}")
            .Build();

    /// <summary>Entered in the 国家重大建设项目库 and the 三年滚动投资计划.</summary>
    public static EligibilityRule InNationalLibraryAndRollingPlan() =>
        Rule.Hard("BASE-LIBRARY", "已纳入国家重大建设项目库和三年滚动投资计划")
            .From(BaselineSources.NationalLibrary)
            .Requires(CommonFacts.InNationalLibrary, CommonFacts.InRollingPlan)
            .Check((p, _) => p.InNationalLibrary == true && p.InRollingPlan == true)
            .Fail((p, _) => (p.InNationalLibrary, p.InRollingPlan) switch
            {
                (false, false) => "未纳入国家重大建设项目库，也未纳入三年滚动投资计划",
                (false, _) => "未纳入国家重大建设项目库",
                _ => "未纳入三年滚动投资计划",
            })
            .Build();

    private static PreWorkKind RequiredApproval(ProjectSnapshot p) => p.ProjectType switch
    {
        ProjectType.Authorization => PreWorkKind.Authorization,
        ProjectType.Filing => PreWorkKind.Filing,
        _ => PreWorkKind.FeasibilityApproval,
    };

    /// <summary>For 审批 projects an approved 初设概算 (核定概算) stands in for the 可研批复 (Art.17).</summary>
    /// <param name="design">The 初设概算批复's status, given only for 审批 projects (null otherwise).</param>
    private static PreWorkStatus BestStatus(PreWorkStatus? listed, PreWorkStatus? design) =>
        design == PreWorkStatus.Completed ? PreWorkStatus.Completed : listed ?? PreWorkStatus.NotStarted;

    private static DateOnly LapseDate(PreWorkItem approval) =>
        approval.Expires ?? approval.Date!.Value.AddYears(2);

    // Plain loops rather than All/Any with a lambda: these run for every project in every channel that
    // uses them, and a capturing lambda allocates a closure and a delegate on each call.
    private static bool AllDone(ProjectSnapshot p, PreWorkKind[] items, bool acceptCommitment)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (!IsDone(p.StatusOf(items[i])!.Value, acceptCommitment))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsDone(PreWorkStatus status, bool acceptCommitment) =>
        status == PreWorkStatus.Completed || (acceptCommitment && status == PreWorkStatus.Committed);
}
