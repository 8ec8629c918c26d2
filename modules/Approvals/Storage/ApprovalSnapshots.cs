using System.Collections.Concurrent;

namespace Reserve.Approvals.Storage;

/// <summary>
/// Summaries and list counts of 审批服务 read once per change instead of once per request: a province's
/// dashboard counts hundreds of thousands of records, the records change a few hundred times a day, and the
/// page is read thousands of times.
/// <para>
/// A snapshot is valid while the module's audit log's highest id is unchanged (every write of this module adds an
/// audit row in its own transaction, on whichever instance made it) and for at most <see cref="MaxAge"/>: the age
/// limit covers two transactions committing out of id order on PostgreSQL, where the later-committed, lower id
/// adds no new maximum. Requests arriving while a snapshot is being read wait for that one read rather than each
/// counting again. Values are shared between requests and must not be changed.
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
        if (_snapshots.TryGetValue(key, out var held) && Usable(held, revision, now))
        {
            return (T)(await held.Value.Value)!;
        }
        if (_snapshots.Count >= MaxKeys)
        {
            _snapshots.Clear();
        }
        var fresh = new Snapshot(revision, now, new Lazy<Task<object?>>(async () => await load()));
        var stored = _snapshots.AddOrUpdate(key, fresh, (_, current) => Usable(current, revision, now) ? current : fresh);
        return (T)(await stored.Value.Value)!;
    }

    private static bool Usable(Snapshot held, long revision, DateTimeOffset now) =>
        held.Revision == revision && now - held.ReadAt < MaxAge
        && !(held.Value.IsValueCreated && (held.Value.Value.IsFaulted || held.Value.Value.IsCanceled));

    private sealed record Snapshot(long Revision, DateTimeOffset ReadAt, Lazy<Task<object?>> Value);
}
