namespace Reserve.Plugins.ProvincialGas;

/// <summary>The channel's dated parameters, bound and checked once when the plugin loads.</summary>
internal sealed class GasParameters(ParameterTable table)
{
    public RoutedProgramParameters Routed { get; } = new(table);

    /// <summary>Content of the 中央预算内 城市燃气管道等老化更新改造 专项; in force from 2022, when the 专项 began.</summary>
    public DatedParameter<IReadOnlyList<string>> RenewalWords { get; } = table.List("renewalWords");
}
