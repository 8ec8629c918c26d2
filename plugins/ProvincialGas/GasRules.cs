using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.ProvincialGas;

/// <summary>
/// The rules of 甘肃省级专项·燃气: the baseline the national channels share, the program's inferred scope,
/// the 2022+ central pipeline-renewal content as a score, the 专项债 balance where the plan uses 专项债,
/// and a hint for plans that draw on a national channel. No ratio is modelled: the provincial one was
/// not found, and the 2023 Pingdingshan share is one project's outcome, not a rule.
/// </summary>
internal static class GasRules
{
    /// <summary>Fitting the central renewal 专项 is the concrete sourced link, so it weighs as much as the plan hint.</summary>
    private const decimal RenewalWeight = 10m;
    private const decimal NationalChannelWeight = 10m;

    public static IReadOnlyList<EligibilityRule> Build(GasParameters parameters) =>
    [
        BorrowedRule.From(StandardRules.ProjectCode(), GasSources.Inference),
        BorrowedRule.From(StandardRules.ApprovalChain(), GasSources.Inference),
        BorrowedRule.From(StandardRules.DesignBudgetWithinEstimate(), GasSources.Inference),
        BorrowedRule.From(StandardRules.PlannedSourcesWithinTotal(), GasSources.Inference),
        StandardRules.UnitNotDishonest(GasSources.Dishonest),
        Scope(parameters),
        PipelineRenewal(parameters),
        BondBalance(parameters),
        NationalChannelInPlan(parameters),
    ];

    public static IReadOnlyList<RequiredMaterial> Materials() =>
    [
        RequiredMaterial.FromPreWork("RQ-M-FSR", PreWorkKind.FeasibilityApproval, GasSources.Materials, p => p.ProjectType == ProjectType.Approval),
        RequiredMaterial.FromPreWork("RQ-M-AUTH", PreWorkKind.Authorization, GasSources.Materials, p => p.ProjectType == ProjectType.Authorization),
        RequiredMaterial.FromPreWork("RQ-M-FILING", PreWorkKind.Filing, GasSources.Materials, p => p.ProjectType == ProjectType.Filing),
    ];

    /// <summary>
    /// A gas-network project in the program's (inferred) fields. The words decide first: a project that
    /// names no gas pipeline or storage fails whatever its field, so a missing field only leaves a matching one unknown.
    /// </summary>
    private static EligibilityRule Scope(GasParameters parameters)
    {
        var fields = parameters.ScopeFields;
        var words = parameters.ScopeWords;
        return Rule.Hard("RQ-SCOPE", $"属于燃气专项（推定）范围：所属领域为{Join(GasParameters.Latest(fields))}，且名称或建设内容涉及燃气管道、管网或储气设施")
            .From(GasSources.Scope)
            .Evaluate((p, c) =>
            {
                if (!Mentions(p, words.At(c.AsOf)))
                {
                    return RuleVerdict.Fail;
                }
                if (p.Field is not { } field)
                {
                    return c.Unknown(CommonFacts.Field);
                }
                return fields.At(c.AsOf).Contains(ZhNames<ProjectField>.Of(field)) ? RuleVerdict.Pass : RuleVerdict.Fail;
            })
            .Fail((p, c) => Mentions(p, words.At(c.AsOf))
                ? $"所属领域为“{ZhNames<ProjectField>.Of(p.Field!.Value)}”，本专项（推定）支持的所属领域为“{Join(fields.At(c.AsOf))}”"
                : $"项目名称及建设内容未涉及燃气管道、管网或储气设施（要求含“{Join(words.At(c.AsOf))}”之一），不属于本专项（推定）范围")
            .Build();
    }

    /// <summary>
    /// The central 专项 for ageing gas pipes exists from 2022, so before then the rule does not apply; a
    /// project whose content is that renewal can also be put to the central 专项.
    /// </summary>
    private static EligibilityRule PipelineRenewal(GasParameters parameters)
    {
        var words = parameters.RenewalWords;
        return Rule.Scoring("RQ-RENEWAL", "属于中央预算内城市燃气管道等老化更新改造专项的支持内容（2022年起：户外庭院管网、老化铝塑管、金属波纹管、自闭阀和报警器等）", RenewalWeight)
            .From(GasSources.PipelineRenewal)
            .AppliesWhen((_, c) => words.TryAt(c.AsOf, out var _))
            .Check((p, c) => Mentions(p, words.At(c.AsOf)))
            .Fail((_, c) => $"项目名称及建设内容未涉及燃气管道老化更新改造（要求含“{Join(words.At(c.AsOf))}”之一），不在{ZhFormat.Date(c.AsOf)}适用的中央预算内城市燃气管道等老化更新改造专项支持内容内；评分不加分")
            .Pass((_, _) => "建设内容属于燃气管道老化更新改造，可同时对接中央预算内城市燃气管道等老化更新改造专项")
            .Build();
    }

    /// <summary>
    /// Where the plan uses 专项债, that money must be repaid by the project's own revenue. A plan without a
    /// 专项债 line leaves the rule not applicable; a missing plan leaves it unknown, never assumed bond-free.
    /// </summary>
    private static EligibilityRule BondBalance(GasParameters parameters)
    {
        var floor = parameters.BondMinCoverage;
        return Rule.Hard("RQ-BOND-BALANCE", $"资金来源计划列有地方政府专项债券的，项目收益与融资自求平衡（本息覆盖倍数不低于{ZhFormat.Times(GasParameters.Latest(floor))}）")
            .From(GasSources.BondBalance)
            .Evaluate((p, c) =>
            {
                if (p.FundingSources.Count == 0)
                {
                    return c.Unknown(CommonFacts.FundingSources);
                }
                if (p.PlannedFrom(FundingSourceKind.SpecialBonds) <= 0m)
                {
                    return RuleVerdict.NotApplicable;
                }
                if (p.EffectiveCoverageRatio is not { } ratio)
                {
                    return c.Unknown(CommonFacts.CoverageRatio);
                }
                return ratio >= floor.At(c.AsOf) ? RuleVerdict.Pass : RuleVerdict.Fail;
            })
            .Fail((p, c) => $"资金来源计划列地方政府专项债券 {ZhFormat.Wan(p.PlannedFrom(FundingSourceKind.SpecialBonds))}，本息覆盖倍数 {Coverage(p)}，低于专项债券收益与融资自求平衡要求的 {ZhFormat.Times(floor.At(c.AsOf))}")
            .Pass((p, c) => $"专项债券 {ZhFormat.Wan(p.PlannedFrom(FundingSourceKind.SpecialBonds))}，本息覆盖倍数 {Coverage(p)}，不低于 {ZhFormat.Times(floor.At(c.AsOf))}")
            .Build();
    }

    /// <summary>
    /// A hint, not a bar: a plan that already counts on a national channel the program draws on. Which
    /// channels count depends on the date (中央预算内 from 2022, 超长期特别国债 from 2024).
    /// </summary>
    private static EligibilityRule NationalChannelInPlan(GasParameters parameters)
    {
        var lines = parameters.NationalFundingLines;
        return Rule.Scoring("RQ-NATIONAL", "资金来源计划列有本专项对接的国家渠道资金（可由国家渠道支持）", NationalChannelWeight)
            .From(GasSources.NationalChannels)
            .Requires(CommonFacts.FundingSources)
            .Check((p, c) => FromLines(p, lines.At(c.AsOf)) > 0m)
            .Fail((p, c) => $"资金来源计划为{Describe(p)}，未列{ZhFormat.Date(c.AsOf)}时本专项对接的国家渠道（{Join(lines.At(c.AsOf))}）资金；评分降低，可研究对接上述渠道")
            .Pass((p, c) => $"资金来源计划列有本专项对接的国家渠道资金合计 {ZhFormat.Wan(FromLines(p, lines.At(c.AsOf)))}（{Join(lines.At(c.AsOf))}）")
            .Build();
    }

    private static bool Mentions(ProjectRecord p, IReadOnlyList<string> words) =>
        words.Any(w => p.Name.Contains(w, StringComparison.Ordinal) || p.Scale.Contains(w, StringComparison.Ordinal));

    private static decimal FromLines(ProjectRecord p, IReadOnlyList<string> lines)
    {
        var sum = 0m;
        foreach (var line in p.FundingSources)
        {
            if (line.Planned > 0m && lines.Contains(ZhNames<FundingSourceKind>.Of(line.Source)))
            {
                sum += line.Planned;
            }
        }
        return sum;
    }

    private static string Describe(ProjectRecord p) =>
        string.Join("、", p.FundingSources.Select(l => $"{ZhNames<FundingSourceKind>.Of(l.Source)} {ZhFormat.Wan(l.Planned)}"));

    /// <summary>The coverage with its arithmetic when it was computed from revenue and debt service.</summary>
    private static string Coverage(ProjectRecord p) =>
        p.CoverageRatio is null && p.ProjectRevenue is { } revenue && p.DebtService is { } debt
            ? $"{ZhFormat.Times(p.EffectiveCoverageRatio!.Value)}（项目预期收益 {ZhFormat.Wan(revenue)} ÷ 融资本息 {ZhFormat.Wan(debt)}）"
            : ZhFormat.Times(p.EffectiveCoverageRatio!.Value);

    private static string Join(IReadOnlyList<string> items) => string.Join("、", items);
}
