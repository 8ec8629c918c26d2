namespace Reserve.Plugins.AntiPandemicBonds;

/// <summary>The channel's dated parameters, bound once when the plugin loads.</summary>
internal sealed class AntiPandemicBondsParameters(ParameterTable table)
{
    /// <summary>The categories the infrastructure part went to ([CK]); in force in 2020 only.</summary>
    public DatedScopeList Categories { get; } = new(table, "scopeCategories");

    /// <summary>The year the project must start in (2020).</summary>
    public DatedParameter<decimal> StartYear { get; } = table.Decimal("startYear");
}
