namespace Reserve.Projects;

/// <summary>Which changes to show in the audit view: by user, project and time, newest first, a page at a time.</summary>
public sealed record AuditQuery(string? User = null, string? ProjectId = null, DateTime? FromUtc = null, DateTime? ToUtc = null, int Skip = 0, int Take = 50);
