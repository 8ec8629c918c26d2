using System.Globalization;

namespace Reserve.Promotion.Metrics;

/// <summary>
/// A rate as numerator ÷ denominator. With a zero denominator there is no rate: <see cref="Ratio"/> is null and
/// <see cref="Display"/> shows “—”, never 0% and never a division error.
/// </summary>
public sealed record MetricValue(decimal Numerator, decimal Denominator)
{
    public const string NoValue = "—";

    public decimal? Ratio => Denominator == 0 ? null : Numerator / Denominator;

    /// <summary>45.59% (two decimals), or “—”.</summary>
    public string Display => Ratio is { } r
        ? decimal.Round(r * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + "%"
        : NoValue;

    /// <summary>The percentage for charts (45.59), or null.</summary>
    public decimal? Percent => Ratio is { } r ? decimal.Round(r * 100m, 2, MidpointRounding.AwayFromZero) : null;
}
