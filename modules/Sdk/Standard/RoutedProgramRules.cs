using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Standard;

/// <summary>
/// Rules of a program whose own notice is not available and that routes projects to national channels
/// (the Gansu provincial programs): its scope by field and words, the 专项债
/// balance where the plan uses 专项债, and a hint when the plan already counts on a national channel.
/// </summary>
public static class RoutedProgramRules
{
    /// <summary>
    /// The borrowed baseline, the 失信 exclusion, the scope, the programme's <paramref name="own"/> rules, the 专项债
    /// balance and the national-channel hint, in that order.
    /// </summary>
    public static IReadOnlyList<EligibilityRule> Build(RoutedProgram programme, RoutedProgramParameters parameters, params IEnumerable<EligibilityRule> own) =>
    [
        .. BorrowedRules.Baseline(programme.Inference, programme.AuthorizationMayLapse),
        StandardRules.UnitNotDishonest(programme.Dishonest),
        Scope(
            programme.IdPrefix + "-SCOPE",
            $"属于{programme.Name}专项（推定）范围：所属领域为{Join(parameters.ScopeFields.Latest)}，且名称或建设内容涉及{programme.Content}",
            programme.Subject, programme.Scope, parameters.ScopeFields, parameters.ScopeWords),
        .. own,
        BondBalance(programme.IdPrefix + "-BOND-BALANCE", programme.BondBalance, parameters.BondMinCoverage),
        NationalChannelInPlan(programme.IdPrefix + "-NATIONAL", programme.NationalChannels, parameters.NationalFundingLines, programme.NationalChannelWeight),
    ];

    /// <summary>The approval file that fits 项目类型, as the national channels ask for it.</summary>
    public static IReadOnlyList<RequiredMaterial> Materials(RoutedProgram programme) =>
        [.. ApprovalMaterials.ByProjectType(programme.IdPrefix + "-M-FSR", programme.IdPrefix + "-M-AUTH", programme.IdPrefix + "-M-FILING", programme.Materials)];

    /// <summary>
    /// In scope when the name or scale mentions one of the words and the field is one of the fields. The
    /// words decide first: a project naming none fails whatever its field, so a missing field only leaves a
    /// matching project unknown. <paramref name="subject"/> names the program's subject in the message.
    /// </summary>
    public static EligibilityRule Scope(string id, string title, string subject, PolicySource source,
        DatedParameter<IReadOnlyList<string>> fields, DatedParameter<IReadOnlyList<string>> words) =>
        Rule.Hard(id, title)
            .From(source)
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
                : $"项目名称及建设内容未涉及{subject}（要求含“{Join(words.At(c.AsOf))}”之一），不属于本专项（推定）范围")
            .Build();

    /// <summary>
    /// Where the plan uses 专项债, that money must be repaid by the project's own revenue. A plan without a
    /// 专项债 line leaves the rule not applicable; a missing plan leaves it unknown, never assumed bond-free.
    /// </summary>
    public static EligibilityRule BondBalance(string id, PolicySource source, DatedParameter<decimal> floor) =>
        Rule.Hard(id, $"资金来源计划列有地方政府专项债券的，项目收益与融资自求平衡（本息覆盖倍数不低于{ZhFormat.Times(floor.Latest)}）")
            .From(source)
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

    /// <summary>A hint, not a bar: the plan already counts on one of the national channels the program draws on.</summary>
    public static EligibilityRule NationalChannelInPlan(string id, PolicySource source, DatedParameter<IReadOnlyList<string>> lines, decimal weight) =>
        Rule.Scoring(id, "资金来源计划列有本专项对接的国家渠道资金（可由国家渠道支持）", weight)
            .From(source)
            .Requires(CommonFacts.FundingSources)
            .Check((p, c) => FromLines(p, lines.At(c.AsOf)) > 0m)
            .Fail((p, c) => $"资金来源计划为{Describe(p)}，未列本专项对接的国家渠道（{Join(lines.At(c.AsOf))}）资金；评分降低，可研究对接上述渠道")
            .Pass((p, c) => $"资金来源计划列有本专项对接的国家渠道资金合计 {ZhFormat.Wan(FromLines(p, lines.At(c.AsOf)))}（{Join(lines.At(c.AsOf))}）")
            .Build();

    private static bool Mentions(ProjectRecord p, IReadOnlyList<string> words)
    {
        // A loop rather than Any with a lambda capturing the project: this runs for every project.
        for (var i = 0; i < words.Count; i++)
        {
            if (p.Name.Contains(words[i], StringComparison.Ordinal) || p.Scale.Contains(words[i], StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

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
