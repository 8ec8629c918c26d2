namespace Reserve.Dispatch;

/// <summary>
/// A plan project lacking the report of its due period as of a date: the period, its due date, whether it is
/// already overdue (the date is after the due date), and how many periods of the year it has missed so far.
/// </summary>
public sealed record MissingReport(
    long PlanProjectId,
    string ReserveProjectId,
    string ProjectName,
    string Department,
    string Leader,
    PlanTier Tier,
    ReportPeriod Period,
    DateOnly DueDate,
    bool Overdue,
    int MissedPeriodsThisYear);

/// <summary>报送情况 of one department or one 包抓领导: projects with a report due, how many lack it, how many are overdue.</summary>
public sealed record ReportingGroup(string Name, int Due, int Missing, int Overdue);

/// <summary>Who has not reported as of a date: every missing report, and the counts by department and by 包抓领导.</summary>
public sealed record MissingReportList(
    DateOnly Date,
    IReadOnlyList<MissingReport> Items,
    IReadOnlyList<ReportingGroup> ByDepartment,
    IReadOnlyList<ReportingGroup> ByLeader)
{
    /// <summary>What one 包抓领导 sees: the missing reports of the projects they are responsible for.</summary>
    public IReadOnlyList<MissingReport> ForLeader(string leader) => Items.Where(i => i.Leader == leader).ToList();

    public IReadOnlyList<MissingReport> ForDepartment(string department) => Items.Where(i => i.Department == department).ToList();
}
