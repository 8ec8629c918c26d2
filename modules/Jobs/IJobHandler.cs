namespace Reserve.Jobs;

/// <summary>Runs the jobs of one kind. Registered as <c>services.AddSingleton&lt;IJobHandler, …&gt;()</c> (or scoped).</summary>
public interface IJobHandler
{
    /// <summary>The kind this handler runs, e.g. <c>rematch-all</c>.</summary>
    string Kind { get; }

    /// <summary>
    /// Does the work. Throwing fails the job with a Chinese message (the host keeps running); the token is
    /// cancelled when the job is cancelled or the instance shuts down (then the job is queued again).
    /// </summary>
    Task<JobOutcome> RunAsync(JobContext context, CancellationToken ct);
}

/// <summary>How a job ended: a Chinese summary for people, and optionally a file to download.</summary>
public sealed record JobOutcome(string? Message = null, JobFile? File = null);

/// <summary>The job being run, and where its handler reports progress.</summary>
public sealed class JobContext(long id, string payloadJson, string requestedBy, string? department, Func<int, int, string?, CancellationToken, Task> progress)
{
    public long Id { get; } = id;

    public string PayloadJson { get; } = payloadJson;

    public string RequestedBy { get; } = requestedBy;

    public string? Department { get; } = department;

    /// <summary>
    /// Done of total, with a Chinese message. Cheap to call per item: writes reach the database at most every
    /// <see cref="JobsOptions.ProgressInterval"/> (and always when done reaches total).
    /// </summary>
    public Task ReportProgressAsync(int done, int total, string? message = null, CancellationToken ct = default) =>
        progress(done, total, message, ct);
}
