using Reserve.Dispatch.Metrics;
using Reserve.Dispatch.Tracking;
using Reserve.Sdk.Projects;

namespace Reserve.Dispatch.Reports;

/// <summary>One project's line in a dispatch report. 本期完成投资 is the change of the running total over the report's period.</summary>
internal sealed record ProjectLine(
    PlanProject Project,
    ConstructionStatus? Status,
    DateOnly? StartedOn,
    decimal PeriodInvestment,
    decimal Cumulative,
    PeriodReport? Latest);

/// <summary>A coordination item still listed in a report, with whether its 办结时限 has passed.</summary>
internal sealed record CoordinationLine(PlanProject Project, CoordinationItem Item, bool Overdue);

/// <summary>Everything a 日报/周报/月报 shows, computed once for the DOCX, the HTML and the XLSX.</summary>
internal sealed record DispatchReportData(
    DispatchReportKind Kind,
    ReportPeriod Period,
    DateOnly AsOf,
    string Title,
    string Scope,
    DispatchMetrics Metrics,
    IReadOnlyList<ProjectLine> Projects,
    MissingReportList Missing,
    IReadOnlyList<NotStartedProject> NotStarted,
    IReadOnlyList<CoordinationLine> Coordination)
{
    public static DispatchReportData Build(DispatchReportKind kind, ReportPeriod period, DateOnly asOf, IReadOnlyList<ProjectHistory> histories,
        IReadOnlyDictionary<long, Stored<StartPlan>> plans, DispatchOptions options)
    {
        var scoped = histories.Where(h => DispatchReportScope.Covers(kind, options.CadenceOf(h.Project.Tier))).ToList();
        var thisYear = scoped.Where(h => h.Project.Year == period.Year).ToList();
        var tiers = Enum.GetValues<PlanTier>().Where(t => DispatchReportScope.Covers(kind, options.CadenceOf(t))).Select(ZhNames<PlanTier>.Of);
        var before = period.Start.AddDays(-1);
        // Running totals are per plan year and no report of the year ends before its first period, so the
        // total on the eve of the period is 0 for the first period of the year.
        var lines = thisYear.Select(h => new ProjectLine(h.Project, h.StatusAsOf(asOf), h.StartedOn(asOf),
            h.CumulativeAsOf(asOf) - h.CumulativeAsOf(before), h.CumulativeAsOf(asOf), h.LatestAsOf(asOf))).ToList();
        var coordination = lines
            .SelectMany(l => (l.Latest?.Coordination ?? []).Select(c => new CoordinationLine(l.Project, c, c.DueDate is { } d && d < asOf)))
            .OrderBy(c => c.Item.DueDate).ToList();
        return new DispatchReportData(kind, period, asOf, $"{DispatchReportScope.Title(kind)}（{period.Label}）",
            string.Join("、", tiers),
            new MetricCalculator(options).Compute(period.Year, asOf, thisYear),
            lines,
            new MissingReportFinder(options).Find(scoped, asOf),
            NotStartedFinder.Find(thisYear, plans, asOf),
            coordination);
    }
}
