using System.Globalization;

namespace Reserve.Plugins.ProvincialPowerGrid;

/// <summary>
/// The rules of 甘肃省级专项·电网: the baseline the national channels share (with the 核准 lapse, since
/// grid projects are 核准 projects), the program's inferred scope, the 农网改造升级 2020 targets as
/// scores, the 专项债 balance where the plan uses 专项债, and a hint for plans that draw on a national
/// channel. No ratio is modelled: none was found.
/// </summary>
internal static class GridRules
{
    /// <summary>The three targets are stated together, so each weighs the same; the plan hint (10) as much as two of them.</summary>
    private const decimal TargetWeight = 5m;

    /// <summary>The programme's words; its sources are the manifest's. Grid works are 核准 projects, whose 核准 lapses.</summary>
    public static RoutedProgram Programme(PolicySourceTable sources) =>
        RoutedProgram.From(sources, "DW", "电网", "农网、配电网或输变电", "电网工程") with { AuthorizationMayLapse = true };

    public static IReadOnlyList<EligibilityRule> Build(GridParameters parameters, PolicySourceTable sources) =>
        RoutedProgramRules.Build(
            Programme(sources),
            parameters.Routed,
            AtLeastTarget(sources["ruralGridTargets"], "DW-RELIABILITY", "供电可靠率", GridFacts.SupplyReliability, parameters.ReliabilityTarget, "%"),
            AtLeastTarget(sources["ruralGridTargets"], "DW-VOLTAGE", "综合电压合格率", GridFacts.VoltageQualifiedRate, parameters.VoltageTarget, "%"),
            AtLeastTarget(sources["ruralGridTargets"], "DW-TRANSFORMER", "户均配变容量", GridFacts.KvaPerHousehold, parameters.KvaTarget, "千伏安"));

    /// <summary>
    /// A 2020 农网 target met by the project's design, as a score: the targets are national goals for the
    /// rural grid, not entry conditions of the provincial program. At the target counts as met.
    /// </summary>
    private static EligibilityRule AtLeastTarget(PolicySource source, string id, string label, FactDescriptor fact, DatedParameter<decimal> target, string unit)
    {
        var factRef = FactRef.Channel(fact);
        return Rule.Scoring(id, $"项目建成后{label}达到农网改造升级2020年目标（不低于{Number(target.Latest)}{unit}）", TargetWeight)
            .From(source)
            .Requires(factRef)
            .Evaluate((p, c) => FactReaders.Number(p, fact) is { } value
                ? value >= target.At(c.AsOf) ? RuleVerdict.Pass : RuleVerdict.Fail
                : c.Unknown(factRef))
            .Fail((p, c) => $"项目建成后{label} {Number(FactReaders.Number(p, fact)!.Value)}{unit}，低于农网改造升级2020年目标 {Number(target.At(c.AsOf))}{unit}；评分降低")
            .Pass((p, c) => $"项目建成后{label} {Number(FactReaders.Number(p, fact)!.Value)}{unit}，达到农网改造升级2020年目标 {Number(target.At(c.AsOf))}{unit}")
            .Build();
    }

    private static string Number(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
