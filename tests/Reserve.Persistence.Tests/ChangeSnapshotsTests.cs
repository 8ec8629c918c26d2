using Microsoft.Extensions.Time.Testing;

namespace Reserve.Persistence.Tests;

/// <summary>
/// A snapshot is read once per change stamp and key, again after the age limit, once for requests that miss together,
/// never kept when its load failed, and the number of keys held stays bounded.
/// </summary>
public sealed class ChangeSnapshotsTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 6, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task An_unchanged_stamp_is_read_once_within_the_age_limit_and_renewed_in_the_background_after_it()
    {
        var snapshots = new ChangeSnapshots<int>(_clock);
        var loads = 0;
        Task<int> Load() => Task.FromResult(++loads);

        Assert.Equal(1, await snapshots.GetAsync("2026", 7, Load));
        Assert.Equal(1, await snapshots.GetAsync("2026", 7, Load));

        Assert.Equal(2, await snapshots.GetAsync("2025,2026", 7, Load));
        Assert.Equal(3, await snapshots.GetAsync("2026", 8, Load));
        Assert.Equal(3, await snapshots.GetAsync("2026", 8, Load));

        _clock.Advance(ChangeSnapshots.MaxAge);
        // Too old with the stamp unchanged: still answered while one read renews it, then the renewed one.
        Assert.Equal(3, await snapshots.GetAsync("2026", 8, Load));
        Assert.Equal(4, await snapshots.GetAsync("2026", 8, Load));
        Assert.Equal(4, await snapshots.GetAsync("2026", 8, Load));
    }

    [Fact]
    public async Task Requests_that_miss_together_share_one_load()
    {
        var snapshots = new ChangeSnapshots<string>(_clock);
        var loads = 0;
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<string> Load()
        {
            Interlocked.Increment(ref loads);
            return gate.Task;
        }

        var readers = Enumerable.Range(0, 20).Select(_ => Task.Run(() => snapshots.GetAsync("k", 1, Load))).ToList();
        await Task.Delay(50);
        gate.SetResult("figures");

        Assert.All(await Task.WhenAll(readers), r => Assert.Equal("figures", r));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task A_failed_load_is_not_kept()
    {
        var snapshots = new ChangeSnapshots<int>(_clock);
        var calls = 0;
        Task<int> Load() => ++calls == 1 ? throw new InvalidOperationException("数据库暂不可用") : Task.FromResult(calls);

        await Assert.ThrowsAsync<InvalidOperationException>(() => snapshots.GetAsync("k", 1, Load));
        Assert.Equal(2, await snapshots.GetAsync("k", 1, Load));
        Assert.Equal(2, await snapshots.GetAsync("k", 1, Load));
    }

    [Fact]
    public async Task The_least_recently_filled_key_goes_first_when_full()
    {
        var snapshots = new ChangeSnapshots<string>(_clock, capacity: 3);
        foreach (var day in new[] { "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04" })
        {
            await snapshots.GetAsync(day, 1, () => Task.FromResult(day));
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(3, snapshots.Count);
        var reloaded = false;
        await snapshots.GetAsync("2026-05-01", 1, () => { reloaded = true; return Task.FromResult("again"); });
        Assert.True(reloaded);
        var kept = true;
        await snapshots.GetAsync("2026-05-04", 1, () => { kept = false; return Task.FromResult("again"); });
        Assert.True(kept);
    }
}
