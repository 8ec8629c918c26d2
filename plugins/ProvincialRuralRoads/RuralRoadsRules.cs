using Reserve.Sdk.Channels;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.ProvincialRuralRoads;

/// <summary>
/// The rules of the routed programme and nothing of its own: the borrowed baseline, the inferred scope, the 专项债
/// balance where the plan uses 专项债, and a hint for plans that draw on a national channel. No per-unit standard
/// or ratio is modelled: none was found.
/// </summary>
internal static class RuralRoadsRules
{
    public static IReadOnlyList<EligibilityRule> Build(RoutedProgramParameters parameters) =>
        RoutedProgramRules.Build(RuralRoadsSources.Programme, parameters);

    public static IReadOnlyList<RequiredMaterial> Materials() => RoutedProgramRules.Materials(RuralRoadsSources.Programme);
}
