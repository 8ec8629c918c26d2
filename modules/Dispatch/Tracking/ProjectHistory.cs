namespace Reserve.Dispatch.Tracking;

/// <summary>
/// One plan project with its reports of the year in period order, read as of a date. As of D, a report counts
/// when its period has ended by D (<c>PeriodEnd ≤ D</c>): a monthly project's October shows from 31 October,
/// a daily project's day on that day. Every figure of the module reads reports through this one rule.
/// </summary>
internal sealed class ProjectHistory
{
    public ProjectHistory(PlanProject project, IEnumerable<PeriodReport> reports)
    {
        Project = project;
        Reports = reports.Where(r => r.PlanProjectId == project.Id).OrderBy(r => r.PeriodStart).ToList();
    }

    public PlanProject Project { get; }

    public IReadOnlyList<PeriodReport> Reports { get; }

    /// <summary>The report of the latest period that has ended by <paramref name="date"/>.</summary>
    public PeriodReport? LatestAsOf(DateOnly date)
    {
        PeriodReport? latest = null;
        foreach (var r in Reports)
        {
            if (r.PeriodEnd <= date)
            {
                latest = r;
            }
        }
        return latest;
    }

    /// <summary>
    /// The day the project started (新开工) or resumed (续建) this year, as known by <paramref name="date"/>: the
    /// earliest 开（复）工日期 of a counted report, or for a report of 竣工 without one, that period's end.
    /// A later 停工 does not undo it: 开工 and 复工 are events, the current stop is counted apart.
    /// </summary>
    public DateOnly? StartedOn(DateOnly date)
    {
        DateOnly? first = null;
        foreach (var r in Reports)
        {
            if (r.PeriodEnd > date)
            {
                break;
            }
            var on = r.StartedOn ?? (r.Status == ConstructionStatus.Completed ? r.PeriodEnd : null);
            if (on is { } d && d <= date && (first is null || d < first))
            {
                first = d;
            }
        }
        return first;
    }

    public bool HasStarted(DateOnly date) => StartedOn(date) is not null;

    /// <summary>本年累计完成投资 as of the date: the running total of the latest counted report, 0 before any.</summary>
    public decimal CumulativeAsOf(DateOnly date) => LatestAsOf(date)?.InvestmentCumulative ?? 0m;

    public ConstructionStatus? StatusAsOf(DateOnly date) => LatestAsOf(date)?.Status;

    /// <summary>Whether a report of 竣工 was filed for a period that started before <paramref name="period"/>.</summary>
    public bool CompletedBefore(ReportPeriod period) =>
        Reports.Any(r => r.Status == ConstructionStatus.Completed && r.PeriodStart < period.Start);

    public bool HasReportFor(ReportPeriod period) => Reports.Any(r => r.PeriodStart == period.Start && r.Cadence == period.Cadence);
}
