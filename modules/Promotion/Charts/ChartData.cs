namespace Reserve.Promotion.Charts;

/// <summary>
/// Data for one dashboard chart, independent of the charting library: categories along the x axis and one or
/// more series of values (null where there is no value, e.g. a rate with no signed deal).
/// </summary>
public sealed record ChartData(string Title, string Unit, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series);

/// <summary>One named series of a chart, a value per category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);
