using Reserve.Sdk.Formatting;

namespace Reserve.Dispatch.Tracking;

/// <summary>
/// Lists the 新开工 and 预备 plan projects whose planned start falls in their plan year and that have not
/// started by the date (no 本年开工日期 on or before it), most overdue first. A milestone is overdue when its
/// date is before the date and it is not done.
/// </summary>
internal static class NotStartedFinder
{
    public static IReadOnlyList<NotStartedProject> Find(IEnumerable<ProjectHistory> histories, IReadOnlyDictionary<long, Stored<StartPlan>> plans, DateOnly date) =>
        histories
            .Where(h => h.Project.Kind is PlanKind.NewStart or PlanKind.Prepared
                && h.Project.PlannedStart is { } s && s.Year == h.Project.Year && !h.HasStarted(date))
            .Select(h =>
            {
                var plan = plans.GetValueOrDefault(h.Project.Id);
                var milestones = (plan?.Item.Milestones ?? []).OrderBy(m => m.DueDate).Select(m => State(m, date)).ToList();
                return new NotStartedProject(h.Project, date.DayNumber - h.Project.PlannedStart!.Value.DayNumber, plan, milestones,
                    h.LatestAsOf(date)?.Problems);
            })
            .OrderByDescending(n => n.DaysPastPlannedStart)
            .ThenBy(n => n.Project.ReserveProjectId, StringComparer.Ordinal)
            .ToList();

    internal static MilestoneState State(Milestone m, DateOnly date)
    {
        // A milestone done after the date was still open on it (a report for an earlier date reads the past).
        if (m.DoneOn is { } done && done <= date)
        {
            var late = m.DueDate is { } due && done > due ? $"（逾期{done.DayNumber - due.DayNumber}天）" : "";
            return new MilestoneState(m.Name, m.DueDate, done, false, 0, $"已完成{ZhFormat.Date(done)}{late}");
        }
        if (m.DueDate is { } d && d < date)
        {
            var days = date.DayNumber - d.DayNumber;
            return new MilestoneState(m.Name, m.DueDate, null, true, days, $"逾期未完成（{days}天）");
        }
        return new MilestoneState(m.Name, m.DueDate, null, false, 0, "未到期");
    }
}
