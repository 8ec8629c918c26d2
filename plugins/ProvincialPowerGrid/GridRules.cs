using System.Globalization;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.ProvincialPowerGrid;

/// <summary>
/// The rules of 甘肃省级专项·电网: the baseline the national channels share (with the 核准 lapse, since
/// grid projects are 核准 projects), the program's inferred scope, the 农网改造升级 2020 targets as
/// scores, the 专项债 balance where the plan uses 专项债, and a hint for plans that draw on a national
/// channel. No ratio is modelled: none was found (domain-channels.md §2.7).
/// </summary>
internal static class GridRules
{
    /// <summary>The three targets are stated together, so each weighs the same; the plan hint as much as two of them.</summary>
    private const decimal TargetWeight = 5m;
    private const decimal NationalChannelWeight = 10m;

    public static IReadOnlyList<EligibilityRule> Build(GridParameters parameters) =>
    [
        BorrowedRule.From(StandardRules.ProjectCode(), GridSources.Inference),
        BorrowedRule.From(StandardRules.ApprovalChain(), GridSources.Inference),
        // Grid works are 核准 projects; a 核准 not started within two years has lapsed (国务院令第673号).
        BorrowedRule.From(StandardRules.AuthorizationNotLapsed(), GridSources.Inference),
        BorrowedRule.From(StandardRules.DesignBudgetWithinEstimate(), GridSources.Inference),
        BorrowedRule.From(StandardRules.PlannedSourcesWithinTotal(), GridSources.Inference),
        StandardRules.UnitNotDishonest(GridSources.Dishonest),
        Scope(parameters),
        AtLeastTarget("DW-RELIABILITY", "供电可靠率", GridFacts.SupplyReliability, parameters.ReliabilityTarget, "%"),
        AtLeastTarget("DW-VOLTAGE", "综合电压合格率", GridFacts.VoltageQualifiedRate, parameters.VoltageTarget, "%"),
        AtLeastTarget("DW-TRANSFORMER", "户均配变容量", GridFacts.KvaPerHousehold, parameters.KvaTarget, "kVA"),
        BondBalance(parameters),
        NationalChannelInPlan(parameters),
    ];

    public static IReadOnlyList<RequiredMaterial> Materials() =>
    [
        RequiredMaterial.FromPreWork("DW-M-FSR", PreWorkKind.FeasibilityApproval, GridSources.Materials, p => p.ProjectType == ProjectType.Approval),
        RequiredMaterial.FromPreWork("DW-M-AUTH", PreWorkKind.Authorization, GridSources.Materials, p => p.ProjectType == ProjectType.Authorization),
        RequiredMaterial.FromPreWork("DW-M-FILING", PreWorkKind.Filing, GridSources.Materials, p => p.ProjectType == ProjectType.Filing),
    ];

    /// <summary>
    /// A grid project in the program's (inferred) fields. The words decide first: a project that names no
    /// grid work fails whatever its field, so a missing field only leaves a matching one unknown.
    /// </summary>
    private static EligibilityRule Scope(GridParameters parameters)
    {
        var fields = parameters.ScopeFields;
        var words = parameters.ScopeWords;
        return Rule.Hard("DW-SCOPE", $"属于电网专项（推定）范围：所属领域为{Join(GridParameters.Latest(fields))}，且名称或建设内容涉及农网、配电网或输变电")
            .From(GridSources.Scope)
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
                : $"项目名称及建设内容未涉及电网工程（要求含“{Join(words.At(c.AsOf))}”之一），不属于本专项（推定）范围")
            .Build();
    }

    /// <summary>
    /// A 2020 农网 target met by the project's design, as a score: the targets are national goals for the
    /// rural grid, not entry conditions of the provincial program. At the target counts as met.
    /// </summary>
    private static EligibilityRule AtLeastTarget(string id, string label, FactDescriptor fact, DatedParameter<decimal> target, string unit)
    {
        var factRef = FactRef.Channel(fact);
        return Rule.Scoring(id, $"项目建成后{label}达到农网改造升级2020年目标（不低于{Number(GridParameters.Latest(target))}{unit}）", TargetWeight)
            .From(GridSources.RuralGridTargets)
            .Requires(factRef)
            .Evaluate((p, c) => GridFacts.Number(p, fact) is { } value
                ? value >= target.At(c.AsOf) ? RuleVerdict.Pass : RuleVerdict.Fail
                : c.Unknown(factRef))
            .Fail((p, c) => $"项目建成后{label} {Number(GridFacts.Number(p, fact)!.Value)}{unit}，低于农网改造升级2020年目标 {Number(target.At(c.AsOf))}{unit}；评分降低")
            .Pass((p, c) => $"项目建成后{label} {Number(GridFacts.Number(p, fact)!.Value)}{unit}，达到农网改造升级2020年目标 {Number(target.At(c.AsOf))}{unit}")
            .Build();
    }

    /// <summary>
    /// Where the plan uses 专项债, that money must be repaid by the project's own revenue. A plan without a
    /// 专项债 line leaves the rule not applicable; a missing plan leaves it unknown, never assumed bond-free.
    /// </summary>
    private static EligibilityRule BondBalance(GridParameters parameters)
    {
        var floor = parameters.BondMinCoverage;
        return Rule.Hard("DW-BOND-BALANCE", $"资金来源计划列有地方政府专项债券的，项目收益与融资自求平衡（本息覆盖倍数不低于{ZhFormat.Times(GridParameters.Latest(floor))}）")
            .From(GridSources.BondBalance)
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
    private static EligibilityRule NationalChannelInPlan(GridParameters parameters)
    {
        var lines = parameters.NationalFundingLines;
        return Rule.Scoring("DW-NATIONAL", "资金来源计划列有本专项对接的国家渠道资金（可由国家渠道支持）", NationalChannelWeight)
            .From(GridSources.NationalChannels)
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

    private static string Number(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The coverage with its arithmetic when it was computed from revenue and debt service.</summary>
    private static string Coverage(ProjectRecord p) =>
        p.CoverageRatio is null && p.ProjectRevenue is { } revenue && p.DebtService is { } debt
            ? $"{ZhFormat.Times(p.EffectiveCoverageRatio!.Value)}（项目预期收益 {ZhFormat.Wan(revenue)} ÷ 融资本息 {ZhFormat.Wan(debt)}）"
            : ZhFormat.Times(p.EffectiveCoverageRatio!.Value);

    private static string Join(IReadOnlyList<string> items) => string.Join("、", items);
}
