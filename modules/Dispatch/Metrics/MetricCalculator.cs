using System.Globalization;
using Reserve.Dispatch.Tracking;
using Reserve.Sdk.Projects;

namespace Reserve.Dispatch.Metrics;

/// <summary>
/// Computes <see cref="DispatchMetrics"/> from plan projects and their reports (read through
/// <see cref="ProjectHistory"/>: only periods ended by the date count). Ratios are exact decimals; a ratio
/// whose denominator is zero is null (“—”). Groups with no project still appear by tier, so an empty tier
/// shows “—” rather than vanishing or reading 0%.
/// </summary>
internal sealed class MetricCalculator(DispatchOptions options)
{
    public const string Unclassified = "未分类";

    /// <param name="growthTargetPercent">The growth target 发改委 set in the page; when null, the configured one (if any).</param>
    public DispatchMetrics Compute(int year, DateOnly asOf, IReadOnlyList<ProjectHistory> histories, decimal? growthTargetPercent = null)
    {
        var yearOnes = histories.Where(h => h.Project.Year == year).ToList();
        var elapsed = TimeShare(year, asOf);
        var daysInYear = DateTime.IsLeapYear(year) ? 366 : 365;
        var elapsedValue = new MetricValue(MetricDefinitions.TimeElapsed, elapsed, ElapsedDays(year, asOf), daysInYear, Percent(elapsed));
        var target = growthTargetPercent ?? (options.GrowthTargetPercentByYear.TryGetValue(year, out var t) ? t : (decimal?)null);
        MetricSet Set(string name, IEnumerable<ProjectHistory> group) => Compute(name, group.ToList(), asOf, year, elapsed, target);
        return new DispatchMetrics(year, asOf, elapsedValue,
            Set("合计", yearOnes),
            yearOnes.GroupBy(h => h.Project.Department, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Set(g.Key, g)).ToList(),
            Enum.GetValues<PlanTier>().Select(tier => Set(ZhNames<PlanTier>.Of(tier), yearOnes.Where(h => h.Project.Tier == tier))).ToList(),
            yearOnes.GroupBy(h => h.Project.Field is { } f ? ZhNames<ProjectField>.Of(f) : Unclassified, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Set(g.Key, g)).ToList());
    }

    /// <summary>The share of the year elapsed by the end of <paramref name="asOf"/> (0 before the year, 1 after it).</summary>
    internal static decimal TimeShare(int year, DateOnly asOf) =>
        (decimal)ElapsedDays(year, asOf) / (DateTime.IsLeapYear(year) ? 366 : 365);

    private static int ElapsedDays(int year, DateOnly asOf) =>
        asOf.Year < year ? 0 : asOf.Year > year ? (DateTime.IsLeapYear(year) ? 366 : 365) : asOf.DayOfYear;

    private static MetricSet Compute(string name, List<ProjectHistory> group, DateOnly asOf, int year, decimal elapsed, decimal? target)
    {
        var newStarts = group.Where(h => h.Project.Kind == PlanKind.NewStart).ToList();
        var continuing = group.Where(h => h.Project.Kind == PlanKind.Continuing).ToList();
        var prepared = group.Where(h => h.Project.Kind == PlanKind.Prepared).ToList();
        var started = newStarts.Count(h => h.HasStarted(asOf));
        var dueByDate = newStarts.Where(h => h.Project.PlannedStart is { } s && s <= asOf).ToList();
        var startedOfDue = dueByDate.Count(h => h.HasStarted(asOf));
        var resumed = continuing.Count(h => h.HasStarted(asOf));
        var plan = group.Sum(h => h.Project.AnnualPlanInvestment);
        var cumulative = group.Sum(h => h.CumulativeAsOf(asOf));
        var completion = Ratio(cumulative, plan);

        return new MetricSet(name, group.Count, newStarts.Count, started, dueByDate.Count, continuing.Count, resumed,
            prepared.Count, prepared.Count(h => h.HasStarted(asOf)),
            group.Count(h => h.StatusAsOf(asOf) == ConstructionStatus.Stopped),
            group.Count(h => h.StatusAsOf(asOf) == ConstructionStatus.Completed),
            plan, cumulative,
            Rate(MetricDefinitions.StartRate, started, newStarts.Count),
            Rate(MetricDefinitions.StartRateByPlannedDate, startedOfDue, dueByDate.Count),
            Rate(MetricDefinitions.ResumeRate, resumed, continuing.Count),
            Rate(MetricDefinitions.StartOrResumeRate, started + resumed, newStarts.Count + continuing.Count),
            new MetricValue(MetricDefinitions.CompletionRate, completion, cumulative, plan, Percent(completion)),
            Gap(completion, elapsed),
            Growth(group, asOf, year, target));
    }

    private static GrowthFigures Growth(List<ProjectHistory> group, DateOnly asOf, int year, decimal? target)
    {
        var month = ComparedMonth(year, asOf);
        decimal thisYear = 0m, lastYear = 0m;
        if (month is { } m)
        {
            var monthEnd = new DateOnly(year, m, DateTime.DaysInMonth(year, m));
            thisYear = group.Sum(h => h.CumulativeAsOf(monthEnd));
            lastYear = group.Sum(h => h.Project.PriorYearCumulative.Count == 12 ? h.Project.PriorYearCumulative[m - 1] : 0m);
        }
        var growth = month is null ? null : Ratio(thisYear - lastYear, lastYear);
        var growthValue = new MetricValue(MetricDefinitions.Growth, growth, thisYear - lastYear, lastYear, Percent(growth));
        decimal? gap = growth is { } g && target is { } tp ? (g * 100m) - tp : null;
        var gapValue = new MetricValue(MetricDefinitions.GapToTarget, gap, growth is { } g2 ? g2 * 100m : 0m, target ?? 0m, Points(gap, "高于目标", "低于目标", "与目标持平"));
        var plan = group.Sum(h => h.Project.AnnualPlanInvestment);
        var priorTotal = group.Sum(h => h.Project.PriorYearCompleted);
        var planned = Ratio(plan - priorTotal, priorTotal);
        return new GrowthFigures(month, thisYear, lastYear, growthValue, target, gapValue,
            new MetricValue(MetricDefinitions.PlannedGrowth, planned, plan - priorTotal, priorTotal, Percent(planned)));
    }

    /// <summary>The last month of the year that has ended by <paramref name="asOf"/>; null in January before its last day.</summary>
    internal static int? ComparedMonth(int year, DateOnly asOf)
    {
        if (asOf.Year < year)
        {
            return null;
        }
        if (asOf.Year > year)
        {
            return 12;
        }
        var month = asOf.Day == DateTime.DaysInMonth(asOf.Year, asOf.Month) ? asOf.Month : asOf.Month - 1;
        return month == 0 ? null : month;
    }

    private static MetricValue Rate(MetricDefinition definition, int numerator, int denominator)
    {
        var ratio = Ratio(numerator, denominator);
        var display = ratio is null ? MetricValue.NotApplicable : $"{Percent(ratio)}（{numerator}/{denominator}）";
        return new MetricValue(definition, ratio, numerator, denominator, display);
    }

    private static MetricValue Gap(decimal? completion, decimal elapsed)
    {
        decimal? points = completion is { } c ? (c - elapsed) * 100m : null;
        return new MetricValue(MetricDefinitions.ScheduleGap, points, completion ?? 0m, elapsed,
            Points(points, "超序时进度", "慢序时进度", "与序时进度持平"));
    }

    internal static decimal? Ratio(decimal numerator, decimal denominator) => denominator == 0m ? null : numerator / denominator;

    /// <summary>0.53333 → 53.3%; null → —.</summary>
    internal static string Percent(decimal? ratio) => ratio is { } r
        ? decimal.Round(r * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%"
        : MetricValue.NotApplicable;

    /// <summary>13.84 → “超序时进度13.8个百分点”; a figure that rounds to 0.0 reads as level.</summary>
    internal static string Points(decimal? points, string ahead, string behind, string level)
    {
        if (points is not { } p)
        {
            return MetricValue.NotApplicable;
        }
        var rounded = decimal.Round(Math.Abs(p), 1, MidpointRounding.AwayFromZero);
        if (rounded == 0m)
        {
            return level;
        }
        return (p > 0 ? ahead : behind) + rounded.ToString("0.0", CultureInfo.InvariantCulture) + "个百分点";
    }
}
