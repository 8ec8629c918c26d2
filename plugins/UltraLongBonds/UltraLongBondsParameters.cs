namespace Reserve.Plugins.UltraLongBonds;

/// <summary>The channel's dated parameters, bound once when the plugin loads.</summary>
internal sealed class UltraLongBondsParameters(ParameterTable table)
{
    /// <summary>
    /// The year's scope: the areas NDRC named for the 两重 list (sourced) and the 两新 equipment renewal (commonly
    /// known), recognised by words in the name and scale, and the broad 两重 directions (commonly known), by field.
    /// </summary>
    public YearScope Scope { get; } = new(table, "twoMajorNamedAreas", "twoNewAreas", "twoMajorDirections");

    /// <summary>Share of the total investment a started project may have completed (80%).</summary>
    public DatedParameter<decimal> MaxCompletion { get; } = table.Decimal("maxCompletionRatio");

    /// <summary>Contents that exclude a project (房地产开发, 楼堂馆所, 形象工程).</summary>
    public DatedParameter<IReadOnlyList<string>> NegativeList { get; } = table.List("negativeList");
}
