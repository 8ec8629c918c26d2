namespace Reserve.Jobs.Storage;

/// <summary>One job in <c>jobs_queue</c>: its request, its claim by an instance, its progress and its end.</summary>
internal sealed class JobRow
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public JobState State { get; set; }
    public string PayloadJson { get; set; } = "{}";
    public string? DedupeKey { get; set; }
    public string RequestedBy { get; set; } = "";
    public string? Department { get; set; }
    public int Done { get; set; }
    public int Total { get; set; }
    public string? Message { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    public DateTime? HeartbeatAtUtc { get; set; }
    public string? ClaimedBy { get; set; }

    /// <summary>How often the job was queued again because its instance stopped beating; once is the limit.</summary>
    public int Recoveries { get; set; }

    public bool CancelRequested { get; set; }
    public string? Error { get; set; }
    public string? ResultFileName { get; set; }

    public JobInfo ToInfo() => new(Id, Kind, State, Done, Total, Message, RequestedBy, Department,
        Utc(CreatedAtUtc), Utc(StartedAtUtc), Utc(FinishedAtUtc), ClaimedBy, Error, ResultFileName);

    // SQLite hands times back unmarked; they were written as UTC.
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}

/// <summary>The file a job produced, in <c>jobs_files</c>, apart from the queue so that listing jobs never reads bytes.</summary>
internal sealed class JobFileRow
{
    public long JobId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];
}
