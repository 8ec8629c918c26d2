namespace Reserve.Jobs;

/// <summary>Queues background work in the shared database and reads its progress; any host instance may run it.</summary>
public interface IJobQueue
{
    /// <summary>
    /// Queues a job of <paramref name="kind"/> (a registered <see cref="IJobHandler.Kind"/>). With a
    /// <paramref name="dedupeKey"/>: if a queued or running job with the same key exists, that job is
    /// returned instead of adding another (atomic across instances).
    /// </summary>
    Task<JobInfo> EnqueueAsync(string kind, string payloadJson, string requestedBy, string? department, string? dedupeKey = null, CancellationToken ct = default);

    Task<JobInfo?> FindAsync(long id, CancellationToken ct = default);

    /// <summary>The newest jobs first; of one requester, or of everyone when <paramref name="requestedBy"/> is null.</summary>
    Task<IReadOnlyList<JobInfo>> RecentAsync(string? requestedBy, int take, CancellationToken ct = default);

    /// <summary>The file a succeeded job produced, or null.</summary>
    Task<JobFile?> ResultFileAsync(long id, CancellationToken ct = default);

    /// <summary>
    /// Cancels a job: a queued one at once; a running one is asked to stop (its handler's token is cancelled
    /// at its next progress report or heartbeat). False when the job has already ended or does not exist.
    /// </summary>
    Task<bool> CancelAsync(long id, CancellationToken ct = default);
}
