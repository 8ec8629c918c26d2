using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.ProvincialWaterNetwork;

/// <summary>
/// The rules of 甘肃省级专项·水网: the baseline the national channels share, the program's inferred
/// scope, the 专项债 balance where the plan uses 专项债, and a hint for plans that draw on a national
/// channel. No Gansu specific or ratio is modelled: none was found (domain-channels.md §2.7 [NF]).
/// </summary>
internal static class WaterNetworkRules
{
    /// <summary>The only scoring item, so its weight only orders this channel's matches.</summary>
    private const decimal NationalChannelWeight = 10m;

    public static IReadOnlyList<EligibilityRule> Build(WaterNetworkParameters parameters) =>
    [
        BorrowedRule.From(StandardRules.ProjectCode(), WaterNetworkSources.Inference),
        BorrowedRule.From(StandardRules.ApprovalChain(), WaterNetworkSources.Inference),
        BorrowedRule.From(StandardRules.DesignBudgetWithinEstimate(), WaterNetworkSources.Inference),
        BorrowedRule.From(StandardRules.PlannedSourcesWithinTotal(), WaterNetworkSources.Inference),
        StandardRules.UnitNotDishonest(WaterNetworkSources.Dishonest),
        Scope(parameters),
        BondBalance(parameters),
        NationalChannelInPlan(parameters),
    ];

    public static IReadOnlyList<RequiredMaterial> Materials() =>
    [
        RequiredMaterial.FromPreWork("SW-M-FSR", PreWorkKind.FeasibilityApproval, WaterNetworkSources.Materials, p => p.ProjectType == ProjectType.Approval),
        RequiredMaterial.FromPreWork("SW-M-AUTH", PreWorkKind.Authorization, WaterNetworkSources.Materials, p => p.ProjectType == ProjectType.Authorization),
        RequiredMaterial.FromPreWork("SW-M-FILING", PreWorkKind.Filing, WaterNetworkSources.Materials, p => p.ProjectType == ProjectType.Filing),
    ];

    /// <summary>
    /// A water-network project in the program's (inferred) fields. The words decide first: a project that
    /// names no reservoir, supply or irrigation work fails whatever its field, so a missing field only
    /// leaves a matching one unknown.
    /// </summary>
    private static EligibilityRule Scope(WaterNetworkParameters parameters)
    {
        var fields = parameters.ScopeFields;
        var words = parameters.ScopeWords;
        return Rule.Hard("SW-SCOPE", $"属于水网专项（推定）范围：所属领域为{Join(WaterNetworkParameters.Latest(fields))}，且名称或建设内容涉及水库、供水、灌区或水网")
            .From(WaterNetworkSources.Scope)
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
                : $"项目名称及建设内容未涉及水库、供水、灌区或水网工程（要求含“{Join(words.At(c.AsOf))}”之一），不属于本专项（推定）范围")
            .Build();
    }

    /// <summary>
    /// Where the plan uses 专项债, that money must be repaid by the project's own revenue. A plan without a
    /// 专项债 line leaves the rule not applicable; a missing plan leaves it unknown, never assumed bond-free.
    /// </summary>
    private static EligibilityRule BondBalance(WaterNetworkParameters parameters)
    {
        var floor = parameters.BondMinCoverage;
        return Rule.Hard("SW-BOND-BALANCE", $"资金来源计划列有地方政府专项债券的，项目收益与融资自求平衡（本息覆盖倍数不低于{ZhFormat.Times(WaterNetworkParameters.Latest(floor))}）")
            .From(WaterNetworkSources.BondBalance)
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

    /// <summary>A hint, not a bar: a plan that already counts on a national channel the program draws on.</summary>
    private static EligibilityRule NationalChannelInPlan(WaterNetworkParameters parameters)
    {
        var lines = parameters.NationalFundingLines;
        return Rule.Scoring("SW-NATIONAL", "资金来源计划列有本专项对接的国家渠道资金（可由国家渠道支持）", NationalChannelWeight)
            .From(WaterNetworkSources.NationalChannels)
            .Requires(CommonFacts.FundingSources)
            .Check((p, c) => FromLines(p, lines.At(c.AsOf)) > 0m)
            .Fail((p, c) => $"资金来源计划为{Describe(p)}，未列本专项对接的国家渠道（{Join(lines.At(c.AsOf))}）资金；评分降低，可研究对接上述渠道")
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
