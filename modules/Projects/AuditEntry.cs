namespace Reserve.Projects;

/// <summary>One change a user made: who, when, what, and the record before and after (interchange JSON).</summary>
public sealed record AuditEntry(long Id, string ProjectId, string Action, string User, DateTime AtUtc, string? Before, string? After)
{
    /// <summary>Why, where the action has a reason of its own (a withdrawal's 撤回理由).</summary>
    public string? Note { get; init; }
}
