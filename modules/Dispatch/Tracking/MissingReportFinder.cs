namespace Reserve.Dispatch.Tracking;

/// <summary>
/// Finds the reports not filed as of a date (docs/dispatch.md, “When a report is due”). For each plan project:
/// its cadence comes from its tier (<see cref="DispatchOptions.CadenceByTier"/>); a period's report is due on
/// <c>period end + DueDaysAfterPeriodEnd</c> and overdue from the day after; the project's due period as of D is
/// the latest period of its plan year whose due date is on or before D, not ending before the project's
/// 开始调度日期 and not after a report of 竣工. A project of an earlier plan year is still followed for
/// <see cref="DispatchOptions.PriorYearTrackingDays"/> days after its last period fell due.
/// </summary>
internal sealed class MissingReportFinder(DispatchOptions options)
{
    public MissingReportList Find(IEnumerable<ProjectHistory> histories, DateOnly date)
    {
        var items = new List<MissingReport>();
        var due = new List<(PlanProject Project, bool Missing, bool Overdue)>();
        foreach (var history in histories)
        {
            if (DuePeriod(history.Project, date) is not { } period || history.CompletedBefore(period))
            {
                continue;
            }
            var dueDate = options.DueDate(period);
            var missing = !history.HasReportFor(period);
            var overdue = missing && date > dueDate;
            due.Add((history.Project, missing, overdue));
            if (missing)
            {
                var p = history.Project;
                items.Add(new MissingReport(p.Id, p.ReserveProjectId, p.Name, p.Department, p.Leader, p.Tier, period, dueDate, overdue,
                    MissedPeriods(history, period)));
            }
        }
        return new MissingReportList(date,
            items.OrderBy(i => i.Department, StringComparer.Ordinal).ThenBy(i => i.ReserveProjectId, StringComparer.Ordinal).ToList(),
            Group(due, p => p.Department), Group(due, p => p.Leader));
    }

    /// <summary>The latest period of the project's year that has fallen due by <paramref name="date"/>, or null.</summary>
    internal ReportPeriod? DuePeriod(PlanProject project, DateOnly date)
    {
        var cadence = options.CadenceOf(project.Tier);
        var (first, last) = ReportPeriod.OfYear(cadence, project.Year);
        if (date > options.DueDate(last).AddDays(options.PriorYearTrackingDays))
        {
            return null;
        }
        // Walk back from the period containing the date to the first whose due date has come.
        var period = date > last.End ? last : ReportPeriod.Containing(cadence, date);
        while (options.DueDate(period) > date)
        {
            if (period.Start <= first.Start)
            {
                return null;
            }
            period = period.Previous();
        }
        if (period.Start < first.Start || period.End < project.ReportsFrom)
        {
            return null;
        }
        return period;
    }

    /// <summary>Periods of the year up to and including <paramref name="upTo"/> that have no report.</summary>
    private static int MissedPeriods(ProjectHistory history, ReportPeriod upTo)
    {
        var (first, _) = ReportPeriod.OfYear(upTo.Cadence, history.Project.Year);
        var filed = history.Reports.Where(r => r.Cadence == upTo.Cadence).Select(r => r.PeriodStart).ToHashSet();
        var missed = 0;
        for (var p = first; p.Start <= upTo.Start; p = p.Next())
        {
            if (p.End >= history.Project.ReportsFrom && !filed.Contains(p.Start))
            {
                missed++;
            }
        }
        return missed;
    }

    private static List<ReportingGroup> Group(List<(PlanProject Project, bool Missing, bool Overdue)> due, Func<PlanProject, string> key) =>
        due.GroupBy(d => key(d.Project), StringComparer.Ordinal)
            .Select(g => new ReportingGroup(g.Key, g.Count(), g.Count(d => d.Missing), g.Count(d => d.Overdue)))
            .OrderByDescending(g => g.Missing).ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
}
