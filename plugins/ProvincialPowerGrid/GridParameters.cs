namespace Reserve.Plugins.ProvincialPowerGrid;

/// <summary>The channel's dated parameters, bound and checked once when the plugin loads.</summary>
internal sealed class GridParameters(ParameterTable table)
{
    public RoutedProgramParameters Routed { get; } = new(table);

    /// <summary>农网改造升级 2020 targets, in percent and kVA per household.</summary>
    public DatedParameter<decimal> ReliabilityTarget { get; } = table.Decimal("supplyReliabilityTarget");
    public DatedParameter<decimal> VoltageTarget { get; } = table.Decimal("voltageQualifiedRateTarget");
    public DatedParameter<decimal> KvaTarget { get; } = table.Decimal("kvaPerHouseholdTarget");
}
