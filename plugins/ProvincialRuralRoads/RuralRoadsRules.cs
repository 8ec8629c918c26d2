using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.ProvincialRuralRoads;

/// <summary>
/// The rules of 甘肃省级专项·农村道路: the baseline the national channels share, the program's inferred
/// scope, the 专项债 balance where the plan uses 专项债, and a hint for plans that draw on a national
/// channel. No per-km standard or ratio is modelled: none was found (domain-channels.md §2.7 [NF]).
/// </summary>
internal static class RuralRoadsRules
{
    /// <summary>The only scoring item, so its weight only orders this channel's matches.</summary>
    private const decimal NationalChannelWeight = 10m;

    public static IReadOnlyList<EligibilityRule> Build(RuralRoadsParameters parameters) =>
    [
        BorrowedRule.From(StandardRules.ProjectCode(), RuralRoadsSources.Inference),
        BorrowedRule.From(StandardRules.ApprovalChain(), RuralRoadsSources.Inference),
        BorrowedRule.From(StandardRules.DesignBudgetWithinEstimate(), RuralRoadsSources.Inference),
        BorrowedRule.From(StandardRules.PlannedSourcesWithinTotal(), RuralRoadsSources.Inference),
        StandardRules.UnitNotDishonest(RuralRoadsSources.Dishonest),
        Scope(parameters),
        BondBalance(parameters),
        NationalChannelInPlan(parameters),
    ];

    public static IReadOnlyList<RequiredMaterial> Materials() =>
    [
        RequiredMaterial.FromPreWork("NCDL-M-FSR", PreWorkKind.FeasibilityApproval, RuralRoadsSources.Materials, p => p.ProjectType == ProjectType.Approval),
        RequiredMaterial.FromPreWork("NCDL-M-AUTH", PreWorkKind.Authorization, RuralRoadsSources.Materials, p => p.ProjectType == ProjectType.Authorization),
        RequiredMaterial.FromPreWork("NCDL-M-FILING", PreWorkKind.Filing, RuralRoadsSources.Materials, p => p.ProjectType == ProjectType.Filing),
    ];

    /// <summary>The program's inferred scope; fields and words are dated parameters.</summary>
    private static EligibilityRule Scope(RuralRoadsParameters parameters) =>
        RoutedProgramRules.Scope("NCDL-SCOPE", $"属于农村道路专项（推定）范围：所属领域为{string.Join("、", parameters.ScopeFields.Latest)}，且名称或建设内容涉及农村公路、乡村道路", "农村道路", RuralRoadsSources.Scope, parameters.ScopeFields, parameters.ScopeWords);

    private static EligibilityRule BondBalance(RuralRoadsParameters parameters) =>
        RoutedProgramRules.BondBalance("NCDL-BOND-BALANCE", RuralRoadsSources.BondBalance, parameters.BondMinCoverage);

    private static EligibilityRule NationalChannelInPlan(RuralRoadsParameters parameters) =>
        RoutedProgramRules.NationalChannelInPlan("NCDL-NATIONAL", RuralRoadsSources.NationalChannels, parameters.NationalFundingLines, NationalChannelWeight);
}
