using System.Globalization;

namespace Reserve.Dispatch;

/// <summary>
/// How far a group of plan projects is from the year's targets on a date: the 开复工率 against its target and
/// date, the investment growth against its target, and last year's figures beside them. A figure that cannot be
/// computed (no target, no projects) is null and shows as “—”.
/// </summary>
public sealed record TargetProgress(
    DispatchTarget? Target,
    decimal? StartOrResumePercent,
    decimal? StartOrResumeGapPoints,
    int? DaysToTargetDate,
    decimal? GrowthPercent,
    decimal? GrowthGapPoints)
{
    /// <summary>The progress of <paramref name="metrics"/> (one group's figures) against <paramref name="target"/> on <paramref name="asOf"/>.</summary>
    public static TargetProgress Of(DispatchTarget? target, MetricSet? metrics, DateOnly asOf)
    {
        decimal? rate = metrics?.StartOrResumeRate.Value is { } r ? r * 100m : null;
        decimal? growth = metrics?.Growth.Growth.Value is { } g ? g * 100m : null;
        return new TargetProgress(target, rate,
            rate is { } a && target?.StartOrResumeRatePercent is { } t ? a - t : null,
            target?.StartOrResumeBy is { } by ? by.DayNumber - asOf.DayNumber : null,
            growth,
            growth is { } b && target?.GrowthPercent is { } gt ? b - gt : null);
    }

    /// <summary>“低于目标12.5个百分点” / “高于目标3.0个百分点” / “已达目标” / “—”.</summary>
    public static string GapText(decimal? points)
    {
        if (points is not { } p)
        {
            return MetricValue.NotApplicable;
        }
        var rounded = decimal.Round(Math.Abs(p), 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
        return p < 0 && rounded != "0.0" ? $"低于目标{rounded}个百分点" : p > 0 && rounded != "0.0" ? $"高于目标{rounded}个百分点" : "已达目标";
    }

    /// <summary>53.3% or “—”.</summary>
    public static string PercentText(decimal? percent) => percent is { } p
        ? decimal.Round(p, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%"
        : MetricValue.NotApplicable;
}
