using Reserve.Sdk.Projects;

namespace Reserve.Projects;

/// <summary>A project as stored: the record and the version a later save must name (concurrency token).</summary>
public sealed record StoredProject(ProjectRecord Record, int Version, DateTime UpdatedAtUtc, string UpdatedBy)
{
    /// <summary>Set while the project is withdrawn (撤回): kept and shown, but out of the reserve's lists and totals.</summary>
    public ProjectWithdrawal? Withdrawal { get; init; }
}

/// <summary>Who withdrew a project from the reserve, when and why; undone by restoring it.</summary>
public sealed record ProjectWithdrawal(DateTime AtUtc, string By, string Reason)
{
    public const int MaxReasonLength = 500;
}
