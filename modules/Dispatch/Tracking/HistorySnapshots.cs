using System.Collections.Concurrent;

namespace Reserve.Dispatch.Tracking;

/// <summary>
/// The plan projects and reports of a set of years, read once per change instead of once per request: the
/// dashboard, the missing-report list, the charts and the period reports all read the same years, and a city's
/// dispatch data changes a few hundred times a day while the dashboards are read thousands of times.
/// <para>
/// A snapshot is valid while the dispatch audit log's highest id is unchanged: every write of this module adds
/// an audit row in its own transaction, on whichever instance made it, so a new row means the data moved. The
/// age limit covers the one case the stamp misses: two transactions committing out of id order on PostgreSQL,
/// where the later-committed, lower id adds no new maximum.
/// </para>
/// Callers treat the histories as read-only: they are shared between requests.
/// </summary>
internal sealed class HistorySnapshots(TimeProvider clock)
{
    internal static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Snapshot> _snapshots = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<ProjectHistory>> GetAsync(int[] years, long revision, Func<Task<IReadOnlyList<ProjectHistory>>> load)
    {
        var key = string.Join(',', years);
        var now = clock.GetUtcNow();
        if (_snapshots.TryGetValue(key, out var held) && held.Revision == revision && now - held.ReadAt < MaxAge)
        {
            return held.Histories;
        }
        var histories = await load();
        _snapshots[key] = new Snapshot(revision, now, histories);
        return histories;
    }

    private sealed record Snapshot(long Revision, DateTimeOffset ReadAt, IReadOnlyList<ProjectHistory> Histories);
}
