using Reserve.Testing;

namespace Reserve.Persistence.Tests;

public sealed class DatabaseLockTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Only_one_holder_at_a_time_and_the_next_gets_it_on_release(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var inside = 0;
        var most = 0;
        var order = new List<int>();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            await using (await DatabaseLock.AcquireAsync(db.Options, "test:lock"))
            {
                var now = Interlocked.Increment(ref inside);
                lock (order)
                {
                    most = Math.Max(most, now);
                    order.Add(i);
                }
                await Task.Delay(50);
                Interlocked.Decrement(ref inside);
            }
        }));

        Assert.Equal(1, most);
        Assert.Equal(6, order.Count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Different_names_do_not_block_each_other(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var first = await DatabaseLock.AcquireAsync(db.Options, "test:a");
        var second = DatabaseLock.AcquireAsync(db.Options, "test:b");
        Assert.Same(second, await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(10))));
        await (await second).DisposeAsync();
    }
}
