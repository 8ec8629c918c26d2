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

    /// <summary>The program's inferred scope; fields and words are dated parameters.</summary>
    private static EligibilityRule Scope(WaterNetworkParameters parameters) =>
        RoutedProgramRules.Scope("SW-SCOPE", $"属于水网专项（推定）范围：所属领域为{string.Join("、", parameters.ScopeFields.Latest)}，且名称或建设内容涉及水库、供水、灌区或水网", "水库、供水、灌区或水网工程", WaterNetworkSources.Scope, parameters.ScopeFields, parameters.ScopeWords);

    private static EligibilityRule BondBalance(WaterNetworkParameters parameters) =>
        RoutedProgramRules.BondBalance("SW-BOND-BALANCE", WaterNetworkSources.BondBalance, parameters.BondMinCoverage);

    private static EligibilityRule NationalChannelInPlan(WaterNetworkParameters parameters) =>
        RoutedProgramRules.NationalChannelInPlan("SW-NATIONAL", WaterNetworkSources.NationalChannels, parameters.NationalFundingLines, NationalChannelWeight);
}
