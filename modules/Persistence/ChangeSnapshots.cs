using System.Collections.Concurrent;

namespace Reserve.Persistence;

/// <summary>
/// Figures read once per change instead of once per request: a module's dashboards are read thousands of times a
/// day while its data changes a few hundred times, so what a dashboard shows is computed when the module's change
/// stamp moves and shared by every request until it moves again.
/// <para>
/// The stamp is the highest id of the module's audit log: every write adds an audit row in its own transaction, on
/// whichever instance made it, so a new row means the data moved; a request after a change waits for the new read, so
/// a user sees their own change counted. The age limit covers the one case the stamp misses: two transactions
/// committing out of id order on PostgreSQL, where the later-committed, lower id adds no new maximum. Past it, with
/// the stamp unchanged, the held value is still answered while one background read renews it: at province scale a
/// read takes seconds and almost never finds a difference, so no reader waits for it. Loads therefore open their own
/// database context and take no request's cancellation.
/// </para>
/// <para>
/// Requests that miss together share one load (fifty users after a change cause one computation, not fifty); a load
/// that fails or is cancelled is not kept. At most <see cref="Capacity"/> keys are held (a key names what was asked,
/// e.g. a date and a department, so a caller cannot grow the memory without bound); the least recently filled goes
/// first. Callers treat the values as read-only: they are shared between requests.
/// </para>
/// </summary>
public sealed class ChangeSnapshots<T>(TimeProvider clock, int capacity = ChangeSnapshots.DefaultCapacity)
{
    private readonly ConcurrentDictionary<string, Snapshot> _snapshots = new(StringComparer.Ordinal);

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>
    /// The value held for <paramref name="key"/> at <paramref name="stamp"/>, or the one <paramref name="load"/> gives.
    /// The load does not take the request's cancellation: others may be waiting for it.
    /// </summary>
    public async Task<T> GetAsync(string key, long stamp, Func<Task<T>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var now = clock.GetUtcNow();
        while (true)
        {
            if (_snapshots.TryGetValue(key, out var held) && held.Stamp == stamp && !held.Value.IsFaulted && !held.Value.IsCanceled)
            {
                if (now - held.ReadAt >= ChangeSnapshots.MaxAge && held.Value.IsCompletedSuccessfully)
                {
                    Renew(key, held, now, load);
                }
                return await held.Value;
            }
            var mine = new Snapshot(stamp, now, new Lazy<Task<T>>(() => Run(load), LazyThreadSafetyMode.ExecutionAndPublication));
            var stored = held is null ? _snapshots.TryAdd(key, mine) : _snapshots.TryUpdate(key, mine, held);
            if (!stored)
            {
                continue; // another request replaced it meanwhile: use theirs if it is current
            }
            Trim(key);
            try
            {
                return await mine.Value;
            }
            catch
            {
                _snapshots.TryRemove(new KeyValuePair<string, Snapshot>(key, mine));
                throw;
            }
        }
    }

    /// <summary>How many keys are held (for tests and metrics).</summary>
    public int Count => _snapshots.Count;

    /// <summary>One renewal per old snapshot: the first request to find it old marks it read now and starts the read.</summary>
    private void Renew(string key, Snapshot held, DateTimeOffset now, Func<Task<T>> load)
    {
        if (!_snapshots.TryUpdate(key, held.ReadAgainAt(now), held))
        {
            return;
        }
        var renewal = new Snapshot(held.Stamp, now, new Lazy<Task<T>>(() => Run(load), LazyThreadSafetyMode.ExecutionAndPublication));
        _ = renewal.Value.ContinueWith(t =>
        {
            // Kept unless a newer stamp was stored meanwhile; a failed renewal leaves the held value for another MaxAge.
            if (t.IsCompletedSuccessfully && _snapshots.TryGetValue(key, out var current) && current.Stamp == held.Stamp)
            {
                _snapshots.TryUpdate(key, renewal, current);
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    // A load that throws before its first await becomes a failed task like any other, never a cached exception.
    private static async Task<T> Run(Func<Task<T>> load) => await load();

    private void Trim(string kept)
    {
        while (_snapshots.Count > Capacity)
        {
            var oldest = _snapshots.Where(s => s.Key != kept).MinBy(s => s.Value.ReadAt);
            if (oldest.Key is null)
            {
                return;
            }
            _snapshots.TryRemove(oldest);
        }
    }

    private sealed class Snapshot(long stamp, DateTimeOffset readAt, Lazy<Task<T>> value)
    {
        public long Stamp { get; } = stamp;
        public DateTimeOffset ReadAt { get; } = readAt;
        public Task<T> Value => value.Value;

        /// <summary>The same read, marked as read at <paramref name="at"/> (so one renewal starts, not one per request).</summary>
        public Snapshot ReadAgainAt(DateTimeOffset at) => new(Stamp, at, value);
    }
}

/// <summary>The limits every <see cref="ChangeSnapshots{T}"/> shares.</summary>
public static class ChangeSnapshots
{
    /// <summary>How long a snapshot is trusted without a new stamp.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    public const int DefaultCapacity = 256;
}
