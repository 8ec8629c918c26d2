namespace Reserve.Projects.Storage;

internal sealed class AuditRow
{
    public long Id { get; set; }
    public string ProjectId { get; set; } = "";
    public string Action { get; set; } = "";
    public string User { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }

    /// <summary>Why, where the action has a reason of its own (a withdrawal's 撤回理由).</summary>
    public string? Note { get; set; }
}
