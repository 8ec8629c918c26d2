using Microsoft.Extensions.Time.Testing;
using Reserve.Approvals.Storage;

namespace Reserve.Approvals.Tests;

public sealed class SnapshotTests
{
    [Fact]
    public async Task A_snapshot_is_read_once_per_change_and_renewed_after_thirty_seconds()
    {
        var clock = new FakeTimeProvider();
        var snapshots = new ApprovalSnapshots(clock);
        var loads = 0;
        Task<int> Load() => Task.FromResult(++loads);

        Assert.Equal(1, await snapshots.GetAsync("count", 7, Load));
        Assert.Equal(1, await snapshots.GetAsync("count", 7, Load));
        Assert.Equal(2, await snapshots.GetAsync("count", 8, Load));          // the audit log moved: read again
        Assert.Equal(3, await snapshots.GetAsync("other", 8, Load));          // another key is its own read
        clock.Advance(ApprovalSnapshots.MaxAge);
        // Too old with the log unchanged: still answered while one read renews it, then the renewed one.
        Assert.Equal(2, await snapshots.GetAsync("count", 8, Load));
        Assert.Equal(4, await snapshots.GetAsync("count", 8, Load));
        Assert.Equal(4, loads);
    }

    [Fact]
    public async Task Requests_arriving_during_a_read_share_it_and_a_failed_read_is_not_kept()
    {
        var snapshots = new ApprovalSnapshots(new FakeTimeProvider());
        var gate = new TaskCompletionSource<int>();
        var loads = 0;
        Task<int> Slow() { loads++; return gate.Task; }

        var first = snapshots.GetAsync("groups", 1, Slow);
        var second = snapshots.GetAsync("groups", 1, Slow);
        gate.SetResult(42);
        Assert.Equal((42, 42, 1), (await first, await second, loads));

        await Assert.ThrowsAsync<InvalidOperationException>(() => snapshots.GetAsync<int>("broken", 1, () => throw new InvalidOperationException("数据库不可用")));
        Assert.Equal(5, await snapshots.GetAsync("broken", 1, () => Task.FromResult(5)));
    }
}
