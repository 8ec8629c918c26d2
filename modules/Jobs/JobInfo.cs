namespace Reserve.Jobs;

/// <summary>A job as people see it: what, whose, how far (Done of Total, with a message), and how it ended.</summary>
public sealed record JobInfo(
    long Id,
    string Kind,
    JobState State,
    int Done,
    int Total,
    string? Message,
    string RequestedBy,
    string? Department,
    DateTime CreatedAtUtc,
    DateTime? StartedAtUtc,
    DateTime? FinishedAtUtc,
    string? ClaimedBy,
    string? Error,
    string? ResultFileName);

/// <summary>A file a job produced (an XLSX, a zip of documents), kept in the database so any instance can serve it.</summary>
public sealed record JobFile(string FileName, string ContentType, byte[] Content);
