namespace Reserve.Persistence;

/// <summary>
/// A value read from the database and answered while it is younger than a freshness bound and no change made through
/// this instance came after it (<see cref="Changed"/>). Readers that find it old together share one read and wait for
/// it, so none is answered from a read older than the bound; the read takes no reader's cancellation (others wait for it),
/// and a read that failed is not kept.
/// </summary>
public sealed class FreshValue<T>(Func<Task<T>> load, TimeSpan freshness, TimeProvider clock)
{
    private long _generation;
    private Read? _current;

    /// <summary>The value, read no earlier than the freshness bound ago and after this instance's last change.</summary>
    public async Task<T> GetAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var generation = Interlocked.Read(ref _generation);
            var now = clock.GetUtcNow();
            var held = Volatile.Read(ref _current);
            if (held is not null && held.Generation == generation && now >= held.StartedAt && now - held.StartedAt < freshness
                && !held.Value.IsFaulted && !held.Value.IsCanceled)
            {
                return await held.Value.WaitAsync(cancellationToken);
            }
            // The read starts now, so what it finds is at least as new as this moment and this generation.
            var mine = new Read(generation, now, new Lazy<Task<T>>(async () => await load(), LazyThreadSafetyMode.ExecutionAndPublication));
            if (Interlocked.CompareExchange(ref _current, mine, held) == held)
            {
                return await mine.Value.WaitAsync(cancellationToken);
            }
            // Another reader started a read meanwhile: use it if it is current.
        }
    }

    /// <summary>A change was committed through this instance: the next reader reads again.</summary>
    public void Changed() => Interlocked.Increment(ref _generation);

    private sealed class Read(long generation, DateTimeOffset startedAt, Lazy<Task<T>> value)
    {
        public long Generation { get; } = generation;
        public DateTimeOffset StartedAt { get; } = startedAt;
        public Task<T> Value => value.Value;
    }
}
