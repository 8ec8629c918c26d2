using Reserve.Channels;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Benchmarks;

/// <summary>
/// The one rule set the three implementations share: eleven baseline rules of
/// <see cref="StandardRules"/> and three channel rules written here with the SDK's rule builder, all hard
/// conditions or exclusions, so a project's verdict is 不符合 when one fails, else 待补充信息 when one is
/// unknown, else 符合. <see cref="HandWritten"/> and <see cref="RulesEngineWorkflow"/> restate exactly these
/// conditions; <see cref="Equivalence"/> checks that all three give the same verdict for every project.
/// </summary>
public static class FixedRuleSet
{
    public const string ChannelId = "bench.fixed";

    /// <summary>The match date of every benchmark: inside the demo data's range of approvals and stages.</summary>
    public static readonly DateOnly AsOf = new(2026, 10, 15);

    public const decimal MinCoverage = 1.1m;
    public const decimal MaxCompletion = 0.5m;

    public static readonly PreWorkKind[] PreWorkItems = [PreWorkKind.EnvironmentalApproval, PreWorkKind.LandPreExamination];

    public static readonly NegativeListItem[] NegativeItems =
        [NegativeListItem.OfficeBuildings, NegativeListItem.VanityProjects, NegativeListItem.RealEstateDevelopment, NegativeListItem.LandReserve];

    public static readonly ProjectField[] Fields =
    [
        ProjectField.Transport, ProjectField.WaterConservancy, ProjectField.MunicipalUtilities, ProjectField.OldResidentialCommunities,
        ProjectField.AffordableHousing, ProjectField.Ecology, ProjectField.SocialLivelihood, ProjectField.PublicHealth,
    ];

    // 通行做法, not 未核实: a 未核实 rule's objection reads 待核实, which the hand-written floors and RulesEngine do not model.
    private static readonly PolicySource Source = PolicySource.CommonlyKnown("基准测试用规则集（非政策）");

    public static IReadOnlyList<EligibilityRule> Rules() =>
    [
        // The code and 资本金 conditions as the floors write them (a hard 项目代码 at every stage; 资本金 against the
        // sector minimum for every project), not the stage- and scope-aware standard rules: the benchmark compares
        // engines on one fixed rule set, not policy.
        Rule.Hard("BASE-CODE", "项目已赋码，项目代码格式正确")
            .From(Source)
            .Requires(CommonFacts.Code)
            .Check((p, _) => p.HasWellFormedCode)
            .Fail((p, _) => $"项目代码“{p.Code}”格式不符")
            .Build(),
        StandardRules.ApprovalChain(),
        StandardRules.DesignBudgetWithinEstimate(),
        StandardRules.AuthorizationNotLapsed(),
        Rule.Hard("BASE-EQUITY", "项目资本金比例不低于行业最低要求")
            .From(Source)
            .Requires(CommonFacts.Equity, CommonFacts.Field)
            .Check((p, c) => p.EquityRatio >= EquityMinimums.For(p, c.AsOf).Minimum)
            .Fail((p, c) => $"资本金比例 {p.EquityRatio:P1}，低于 {EquityMinimums.For(p, c.AsOf).Minimum:P0}")
            .Build(),
        StandardRules.UnitNotDishonest(),
        StandardRules.NoPriorCentralBudgetFunding(),
        StandardRules.PlannedSourcesWithinTotal(),
        StandardRules.InNationalLibraryAndRollingPlan(),
        StandardRules.PreWorkComplete("BENCH-PREWORK", "环评批复、用地预审已完成（或已作容缺承诺）", Source, PreWorkItems, acceptCommitment: true),
        StandardRules.NotOnNegativeList("BENCH-NEGATIVE", "不涉及负面清单内容", Source, NegativeItems),
        Rule.Hard("BENCH-COVERAGE", "本息覆盖倍数不低于1.1")
            .From(Source)
            .Requires(CommonFacts.CoverageRatio)
            .Check((p, _) => p.EffectiveCoverageRatio >= MinCoverage)
            .Fail((p, _) => $"本息覆盖倍数 {p.EffectiveCoverageRatio:0.00}，低于要求的 {MinCoverage}")
            .Build(),
        Rule.Hard("BENCH-FIELD", "所属领域在支持范围内")
            .From(Source)
            .Requires(CommonFacts.Field)
            .Check((p, _) => Array.IndexOf(Fields, p.Field!.Value) >= 0)
            .Fail((p, _) => $"所属领域“{ZhNames<ProjectField>.Of(p.Field!.Value)}”不在支持范围内")
            .Build(),
        Rule.Hard("BENCH-COMPLETION", "已开工项目累计完成投资不超过总投资的50%")
            .From(Source)
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
                return ratio <= MaxCompletion ? RuleVerdict.Pass : RuleVerdict.Fail;
            })
            .Fail((p, _) => $"累计完成投资占总投资 {p.CompletionRatio:P1}，超过50%")
            .Build(),
    ];

    public static ChannelDefinition Channel() => new()
    {
        Id = ChannelId,
        Name = "基准渠道（固定规则集）",
        Level = ChannelLevel.Municipal,
        Form = FundingForm.Subsidy,
        Rules = Rules(),
    };

    public static ChannelCatalog Catalog() => ChannelCatalog.FromDefinitions("bench", "1.0.0", [Channel()]);
}
