using System.Collections.Concurrent;

namespace Reserve.Approvals.Storage;

/// <summary>
/// Summaries and list counts of 审批服务 read once per change instead of once per request: a province's
/// dashboard counts hundreds of thousands of records (seconds of work), the records change a few hundred times a
/// day, and the page is read thousands of times.
/// <para>
/// A snapshot is valid while the module's audit log's highest id is unchanged (every write of this module adds an
/// audit row in its own transaction, on whichever instance made it): a request after a change waits for the new
/// read, so a user sees their own change counted. Requests arriving during a read wait for that one read rather
/// than each counting again. The age limit (<see cref="MaxAge"/>) covers the one case the stamp misses, two
/// transactions committing out of id order on PostgreSQL: past it, with the log unchanged, the snapshot is still
/// answered while one background read renews it, so no reader waits seconds for a read that almost never finds a
/// difference. Values are shared between requests and must not be changed; a load must open its own database
/// context (a renewal outlives the request that started it).
/// </para>
/// </summary>
internal sealed class ApprovalSnapshots(TimeProvider clock)
{
    internal static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    /// <summary>Keys include filters typed by users (a search text): past this many, the oldest reads are dropped at once.</summary>
    private const int MaxKeys = 512;

    private readonly ConcurrentDictionary<string, Snapshot> _snapshots = new(StringComparer.Ordinal);

    public async Task<T> GetAsync<T>(string key, long revision, Func<Task<T>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var now = clock.GetUtcNow();
        if (_snapshots.TryGetValue(key, out var held) && held.Revision == revision && !Failed(held))
        {
            if (now - held.ReadAt >= MaxAge && held.Value.IsValueCreated && held.Value.Value.IsCompletedSuccessfully)
            {
                Renew(key, held, now, load);
            }
            return (T)(await held.Value.Value)!;
        }
        if (_snapshots.Count >= MaxKeys)
        {
            _snapshots.Clear();
        }
        var fresh = Start(revision, now, load);
        var stored = _snapshots.AddOrUpdate(key, fresh, (_, current) => current.Revision == revision && !Failed(current) ? current : fresh);
        return (T)(await stored.Value.Value)!;
    }

    /// <summary>One renewal per snapshot: the first request to find it old swaps in the new read, which runs on its own.</summary>
    private void Renew<T>(string key, Snapshot held, DateTimeOffset now, Func<Task<T>> load)
    {
        var renewal = Start(held.Revision, now, load);
        if (_snapshots.TryUpdate(key, held with { ReadAt = now }, held))
        {
            _ = renewal.Value.Value.ContinueWith(t =>
            {
                // Kept unless a newer revision was stored meanwhile; a failed renewal leaves the old read for another 30 s.
                if (t.IsCompletedSuccessfully && _snapshots.TryGetValue(key, out var current) && current.Revision == held.Revision)
                {
                    _snapshots.TryUpdate(key, renewal, current);
                }
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private static Snapshot Start<T>(long revision, DateTimeOffset now, Func<Task<T>> load) =>
        new(revision, now, new Lazy<Task<object?>>(async () => await load()));

    private static bool Failed(Snapshot held) => held.Value.IsValueCreated && (held.Value.Value.IsFaulted || held.Value.Value.IsCanceled);

    private sealed record Snapshot(long Revision, DateTimeOffset ReadAt, Lazy<Task<object?>> Value);
}
