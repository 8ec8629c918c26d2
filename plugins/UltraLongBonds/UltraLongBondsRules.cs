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

    public static IReadOnlyList<EligibilityRule> Build(UltraLongBondsParameters parameters, PolicySourceTable sources) =>
    [
        // Identity and approvals. The draft standard lets a 书面承诺函 stand in
        // for missing procedures only on a project that already has its 审批（核准、备案）, so the approval
        // itself takes no commitment.
        StandardRules.ProjectCode(),
        StandardRules.ApprovalChain(acceptCommitment: false),

        // Channel conditions.
        Scope(parameters.Scope, sources["scope"]),
        ScopeArea(parameters.Scope, sources["scopeArea"]),
        InSpecialPlan(sources["specialPlan"]),
        StandardRules.PreWorkComplete(
            "CQGZ-PREWORK",
            "用地（用海）、环评、用能（节能审查）手续已办结，或已出具书面承诺函（容缺承诺）",
            sources["preWork"],
            PreWorkItems,
            acceptCommitment: true),
        // Cross-channel: the same 80% ceiling as the 2025 financial instrument.
        StandardRules.CompletionAtMost(
            "CQGZ-COMPLETION",
            $"未开工，或已开工且累计完成投资不超过总投资的{ZhFormat.Percent(parameters.MaxCompletion.History().Last())}",
            sources["completion"],
            parameters.MaxCompletion),

        // Money.
        StandardRules.DesignBudgetWithinEstimate(),
        StandardRules.EquityAtSectorMinimum(),
        StandardRules.PlannedSourcesWithinTotal(),

        // Exclusions.
        StandardRules.UnitNotDishonest(sources["dishonest"]),
        WindowRules.NotOnDatedNegativeList(
            "CQGZ-NEGATIVE",
            $"不含{string.Join("、", parameters.NegativeList.History().Last())}内容（形象工程含政绩工程）",
            sources["negativeList"],
            parameters.NegativeList),
        NoCentralBudget(sources["noCentralBudget"]),
    ];

    /// <summary>
    /// In the year's 两重/两新 scope at all: the 所属领域 is one the year's areas cover, or the name or scale names one
    /// of them. A field outside every area, with no word, fails; which area it is, is the next rule's question.
    /// </summary>
    private static EligibilityRule Scope(YearScope scope, PolicySource source) =>
        Rule.Hard("CQGZ-SCOPE", "所属领域或建设内容属于当年“两重”“两新”支持范围")
            .From(source)
            .Evaluate((p, c) =>
            {
                var year = scope.At(c.AsOf)!;
                if (year.FieldFits(p.Field) || year.WordArea(p) is not null)
                {
                    return RuleVerdict.Pass;
                }
                return p.Field is null ? c.Unknown(CommonFacts.Field) : RuleVerdict.Fail;
            })
            .Pass((p, c) =>
            {
                var year = scope.At(c.AsOf)!;
                return year.WordArea(p) is { } area && !year.FieldFits(p.Field)
                    ? $"名称或建设内容含“{area.MatchedWord(p)}”，属“{area.Name}”"
                    : $"所属领域为“{ZhNames<ProjectField>.Of(p.Field!.Value)}”，在{c.AsOf.Year}年支持范围所涉领域内（{string.Join("、", year.AreasOfField(p.Field!.Value).Select(a => a.Name))}）";
            })
            .Fail((p, c) =>
                $"所属领域为“{ZhNames<ProjectField>.Of(p.Field!.Value)}”，名称及建设内容也未涉及{c.AsOf.Year}年的“两重”“两新”支持范围；" +
                $"要求属于：{DatedScopeList.Join(scope.At(c.AsOf)!.Areas)}")
            .Build();

    /// <summary>
    /// Recognised as an area of the year's list: by a word of a named area, or by field for a broad direction. The
    /// named areas are examples and their words ours, so a project whose field fits but whose words name no area is
    /// not shown to be outside the list: the rule's source is unverified and its objection reads 待核实, never 不符合.
    /// A project outside the scope altogether is the previous rule's failure, and this one does not apply.
    /// </summary>
    private static EligibilityRule ScopeArea(YearScope scope, PolicySource source) =>
        Rule.Hard("CQGZ-SCOPE-AREA", "属于当年清单点名的“两重”“两新”领域（点名领域按名称和建设内容中的关键词识别，建设方向按所属领域识别）")
            .From(source)
            .Evaluate((p, c) =>
            {
                var year = scope.At(c.AsOf)!;
                if (year.FieldConfirms(p.Field) || year.WordArea(p) is not null)
                {
                    return RuleVerdict.Pass;
                }
                return year.FieldFits(p.Field) ? RuleVerdict.Fail : RuleVerdict.NotApplicable;
            })
            .Pass((p, c) =>
            {
                var area = scope.At(c.AsOf)!.Recognising(p)!;
                return area.Words.Length == 0
                    ? $"属“两重”建设方向“{area.Name}”：{area.Reason(p)}（建设方向为通行说法，须对照当年“两重”项目清单核实）"
                    : $"属{c.AsOf.Year}年点名领域“{area.Name}”：名称或建设内容含“{area.MatchedWord(p)}”";
            })
            .Fail((p, c) =>
            {
                var year = scope.At(c.AsOf)!;
                var field = p.Field!.Value;
                return $"所属领域为“{ZhNames<ProjectField>.Of(field)}”，在支持范围所涉领域内，但名称和建设内容未见{c.AsOf.Year}年点名领域" +
                    $"（{string.Join("、", year.AreasOfField(field).Select(a => a.Name))}）的关键词；点名领域只是例子，当年“两重”“两新”清单未取得，须对照当年清单核实是否在范围内";
            })
            .Build();

    private static EligibilityRule InSpecialPlan(PolicySource source) =>
        Rule.Hard("CQGZ-PLAN", "已纳入地方或行业专项规划")
            .From(source)
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
    private static EligibilityRule NoCentralBudget(PolicySource source) =>
        Rule.Exclusion("CQGZ-NO-CENTRAL", "未获且不拟安排中央预算内投资（跨渠道约束：超长期特别国债不支持已安排中央预算内投资的项目）")
            .From(source)
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
