using Reserve.Jobs.Storage;

namespace Reserve.Jobs;

internal sealed class JobQueue(JobStore store, JobsOptions options) : IJobQueue
{
    public async Task<JobInfo> EnqueueAsync(string kind, string payloadJson, string requestedBy, string? department, string? dedupeKey = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        // Whoever adds a job clears the ended ones past their retention: the queue stays as long as its retention, on any
        // instance and from the command line alike, with no timer of its own.
        await store.PruneEndedAsync(options.Retention, ct);
        var job = await store.EnqueueAsync(new JobRow
        {
            Kind = kind,
            PayloadJson = string.IsNullOrWhiteSpace(payloadJson) ? "{}" : payloadJson,
            RequestedBy = requestedBy,
            Department = department,
            DedupeKey = dedupeKey,
        }, ct);
        return job.ToInfo();
    }

    public async Task<JobInfo?> FindAsync(long id, CancellationToken ct = default) => (await store.FindAsync(id, ct))?.ToInfo();

    public async Task<IReadOnlyList<JobInfo>> RecentAsync(string? requestedBy, int take, CancellationToken ct = default) =>
        (await store.RecentAsync(requestedBy, take, ct)).Select(j => j.ToInfo()).ToList();

    public async Task<JobFile?> ResultFileAsync(long id, CancellationToken ct = default) =>
        await store.FileAsync(id, ct) is { } file ? new JobFile(file.FileName, file.ContentType, file.Content) : null;

    public Task<bool> CancelAsync(long id, CancellationToken ct = default) => store.CancelAsync(id, ct);
}
