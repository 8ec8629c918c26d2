using Reserve.Sdk.Parameters;

namespace Reserve.Plugins.UltraLongBonds;

/// <summary>The channel's dated parameters, bound once when the plugin loads.</summary>
internal sealed class UltraLongBondsParameters(ParameterTable table)
{
    /// <summary>Areas NDRC named for the year's 两重 list ([S]); recognised by words in the name and scale.</summary>
    public DatedScopeList NamedAreas { get; } = new(table, "twoMajorNamedAreas");

    /// <summary>The broad 两重 directions ([CK]) that map plainly onto a 所属领域.</summary>
    public DatedScopeList Directions { get; } = new(table, "twoMajorDirections");

    /// <summary>Share of the total investment a started project may have completed (80%).</summary>
    public DatedParameter<decimal> MaxCompletion { get; } = table.Decimal("maxCompletionRatio");

    /// <summary>Contents that exclude a project (房地产开发, 楼堂馆所, 形象工程).</summary>
    public DatedParameter<IReadOnlyList<string>> NegativeList { get; } = table.List("negativeList");
}
