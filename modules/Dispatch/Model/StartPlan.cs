namespace Reserve.Dispatch;

/// <summary>
/// What holds up a plan project that should start this year and has not: its 症结, the 措施 agreed, and the
/// 倒排工期 — milestones counted back from the start date, each with the date it must be done by.
/// </summary>
public sealed class StartPlan
{
    public long Id { get; set; }
    public long PlanProjectId { get; set; }

    /// <summary>症结.</summary>
    public string Cause { get; set; } = "";

    /// <summary>推进措施.</summary>
    public string Measures { get; set; } = "";

    /// <summary>倒排工期节点, in date order.</summary>
    public List<Milestone> Milestones { get; set; } = [];
}

/// <summary>A milestone of the reverse schedule: what, by when, and when it was done (null while open).</summary>
public sealed class Milestone
{
    public string Name { get; set; } = "";
    public DateOnly? DueDate { get; set; }
    public DateOnly? DoneOn { get; set; }
}
