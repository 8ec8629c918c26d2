using Reserve.Sdk.Parameters;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.UltraLongBonds;

/// <summary>The rules of the 超长期特别国债（“两重”建设） channel.</summary>
internal static class UltraLongBondsRules
{
    /// <summary>用地、环评、用能 as the draft standard names them, in the record's pre-work items.</summary>
    public static readonly PreWorkKind[] PreWorkItems =
    [
        PreWorkKind.LandPreExamination,
        PreWorkKind.EnvironmentalApproval,
        PreWorkKind.EnergyReview,
    ];

    private static readonly FactRef CentralBudgetLine = FactRef.FundingSource(FundingSourceKind.CentralBudget);

    public static IReadOnlyList<EligibilityRule> Build(UltraLongBondsParameters parameters) =>
    [
        // Identity and approvals. The draft standard lets a 书面承诺函 stand in
        // for missing procedures only on a project that already has its 审批（核准、备案）, so the approval
        // itself takes no commitment.
        StandardRules.ProjectCode(),
        StandardRules.ApprovalChain(acceptCommitment: false),

        // Channel conditions.
        Scope(parameters),
        InSpecialPlan(),
        StandardRules.PreWorkComplete(
            "CQGZ-PREWORK",
            "用地（用海）、环评、用能（节能审查）手续已办结，或已出具书面承诺函（容缺承诺）",
            UltraLongBondsSources.PreWork,
            PreWorkItems,
            acceptCommitment: true),
        // Cross-channel: the same 80% ceiling as the 2025 financial instrument.
        StandardRules.CompletionAtMost(
            "CQGZ-COMPLETION",
            $"未开工，或已开工且累计完成投资不超过总投资的{ZhFormat.Percent(parameters.MaxCompletion.History().Last())}",
            UltraLongBondsSources.Completion,
            parameters.MaxCompletion),

        // Money.
        StandardRules.DesignBudgetWithinEstimate(),
        StandardRules.EquityAtSectorMinimum(),
        StandardRules.PlannedSourcesWithinTotal(),

        // Exclusions.
        StandardRules.UnitNotDishonest(UltraLongBondsSources.Dishonest),
        WindowRules.NotOnDatedNegativeList(
            "CQGZ-NEGATIVE",
            $"不含{string.Join("、", parameters.NegativeList.History().Last())}内容（形象工程含政绩工程）",
            UltraLongBondsSources.NegativeList,
            parameters.NegativeList),
        NoCentralBudget(),
    ];

    /// <summary>
    /// In the year's 两重 scope: an area NDRC named, recognised by words in the name or scale, or a broad
    /// direction recognised by field. The lists are partial (the real list is built top-down each year), so
    /// the pass message says which kind of evidence admitted the project.
    /// </summary>
    private static EligibilityRule Scope(UltraLongBondsParameters parameters)
    {
        var named = parameters.NamedAreas;
        var directions = parameters.Directions;
        return Rule.Hard("CQGZ-SCOPE", "属于当年“两重”建设支持范围（国家发展改革委点名领域或“两重”建设方向）")
            .From(UltraLongBondsSources.Scope)
            .Evaluate((p, c) =>
            {
                if (named.Find(p, c.AsOf) is not null || directions.Find(p, c.AsOf) is not null)
                {
                    return RuleVerdict.Pass;
                }
                // Without a field only the words were checked; a field could still bring the project in.
                return p.Field is null && (named.UsesFields(c.AsOf) || directions.UsesFields(c.AsOf))
                    ? c.Unknown(CommonFacts.Field)
                    : RuleVerdict.Fail;
            })
            .Pass((p, c) => named.Find(p, c.AsOf) is { } area
                ? $"属国家发展改革委点名的“两重”领域“{area.Name}”：{area.Reason(p)}"
                : $"属“两重”建设方向“{directions.Find(p, c.AsOf)!.Name}”：{directions.Find(p, c.AsOf)!.Reason(p)}（建设方向为通行说法，须对照当年“两重”项目清单核实）")
            .Fail((p, c) =>
                $"所属领域为“{(p.Field is { } field ? ZhNames<ProjectField>.Of(field) : "未填写")}”，名称及建设内容未涉及{ZhFormat.Date(c.AsOf)}适用的“两重”支持范围；" +
                $"要求属于国家发展改革委点名领域（{DatedScopeList.Join(named.At(c.AsOf))}）或“两重”建设方向（{DatedScopeList.Join(directions.At(c.AsOf))}）")
            .Build();
    }

    private static EligibilityRule InSpecialPlan() =>
        Rule.Hard("CQGZ-PLAN", "已纳入地方或行业专项规划")
            .From(UltraLongBondsSources.SpecialPlan)
            .Requires(UltraLongBondsFacts.InSpecialPlanRef)
            .Check((p, _) => UltraLongBondsFacts.Flag(p, UltraLongBondsFacts.InSpecialPlan) == true)
            .Fail((p, _) => $"“{UltraLongBondsFacts.InSpecialPlan.Label}”为“{UltraLongBondsFacts.Text(p, UltraLongBondsFacts.InSpecialPlan)}”，要求项目已纳入地方或行业专项规划")
            .Build();

    /// <summary>
    /// Cross-channel: a project that has 中央预算内投资, or plans it in its 资金来源, is not funded by these
    /// bonds as well. Either fact alone decides a failure. The planned side is known when the plan lists a
    /// 中央预算内投资 line (even 0), or when the other lines already reach the total investment: a central line
    /// could then only be added by exceeding the total, which BASE-SOURCES forbids. A plan that leaves a 资金缺口
    /// without the line may mean to fill it with central money, so the line is then reported as missing.
    /// </summary>
    private static EligibilityRule NoCentralBudget() =>
        Rule.Exclusion("CQGZ-NO-CENTRAL", "未获且不拟安排中央预算内投资（跨渠道约束：超长期特别国债不支持已安排中央预算内投资的项目）")
            .From(UltraLongBondsSources.NoCentralBudget)
            .Evaluate((p, c) =>
            {
                if (p.CentralFundedBefore == true || p.PlannedFrom(FundingSourceKind.CentralBudget) > 0m)
                {
                    return RuleVerdict.Fail;
                }
                var missing = false;
                if (p.CentralFundedBefore is null)
                {
                    c.AddMissing(CommonFacts.CentralFundedBefore);
                    missing = true;
                }
                if (!CentralBudgetLine.IsPresentIn(p) && !(p.FundingSources.Count > 0 && p.PlannedTotal >= p.TotalInvestment))
                {
                    c.AddMissing(CentralBudgetLine);
                    missing = true;
                }
                return missing ? RuleVerdict.Unknown : RuleVerdict.Pass;
            })
            .Pass((p, _) => CentralBudgetLine.IsPresentIn(p)
                ? "未获中央预算内投资支持，资金来源计划中中央预算内投资为0"
                : $"未获中央预算内投资支持，资金来源计划合计 {ZhFormat.Wan(p.PlannedTotal)} 已达总投资 {ZhFormat.Wan(p.TotalInvestment)} 且未列中央预算内投资")
            .Fail((p, _) =>
            {
                var planned = p.PlannedFrom(FundingSourceKind.CentralBudget);
                var fact = (p.CentralFundedBefore == true, planned > 0m) switch
                {
                    (true, true) => $"项目已获中央预算内投资支持，资金来源计划中还列有中央预算内投资 {ZhFormat.Wan(planned)}",
                    (true, false) => "项目已获中央预算内投资支持",
                    _ => $"资金来源计划中列有中央预算内投资 {ZhFormat.Wan(planned)}（如改报本渠道，须从资金来源计划中去掉）",
                };
                return $"{fact}；要求未获且不拟安排中央预算内投资。跨渠道约束：超长期特别国债不支持已安排中央预算内投资的项目，同一项目不得同时使用两类中央资金";
            })
            .Build();
}
