namespace Reserve.Dispatch;

/// <summary>A milestone of a reverse schedule as of a date: done, open, or overdue (due before the date and not done).</summary>
public sealed record MilestoneState(string Name, DateOnly? DueDate, DateOnly? DoneOn, bool Overdue, int DaysOverdue, string State);

/// <summary>
/// A plan project meant to start this year that has not started by the date: how late it is against its
/// planned start, what holds it up (症结), the measures, and its reverse schedule with overdue milestones flagged.
/// <see cref="Plan"/> is null while no 症结/倒排工期 has been entered (itself something to chase).
/// </summary>
public sealed record NotStartedProject(
    PlanProject Project,
    int DaysPastPlannedStart,
    Stored<StartPlan>? Plan,
    IReadOnlyList<MilestoneState> Milestones,
    string? LatestProblems)
{
    public bool HasOverdueMilestone => Milestones.Any(m => m.Overdue);
}
