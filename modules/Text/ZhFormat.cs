using System.Globalization;

namespace Reserve.Sdk.Formatting;

/// <summary>How amounts, ratios and dates are written in Chinese messages.</summary>
public static class ZhFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>12,345.67万元 (two decimals dropped when whole).</summary>
    public static string Wan(decimal amount) =>
        (amount == decimal.Truncate(amount) ? amount.ToString("#,0", Invariant) : amount.ToString("#,0.##", Invariant)) + "万元";

    /// <summary>0.2 → 20%, 0.155 → 15.5%, 0.19995 → 19.995% (never rounded up to a threshold it misses).</summary>
    public static string Percent(decimal ratio) => (ratio * 100m).ToString("0.###", Invariant) + "%";

    /// <summary>1.08 → 1.08倍.</summary>
    public static string Times(decimal ratio) => ratio.ToString("0.##", Invariant) + "倍";

    /// <summary>2026年10月15日.</summary>
    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
