using Reserve.Persistence;
using Reserve.Projects.Storage;
using Reserve.Testing;
using Xunit;

namespace Reserve.Projects.Tests;

/// <summary>
/// The stamp the kept totals are held against, read with every module's stamps in one statement on both providers: a
/// save a millisecond after the last one still moves it (PostgreSQL hands back timestamps, whose text would stop at the
/// second) and is seen at once by this instance; a read moves nothing and reads nothing again.
/// </summary>
public sealed class TotalsStampTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_save_a_millisecond_later_moves_the_stamp_and_a_read_does_not(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        Assert.Equal("-", await StampAsync(store));
        var import = await store.Reserve.ImportAsync([StorageFixture.Valid()], "导入员");
        Assert.True(import.Succeeded);
        var first = await StampAsync(store);
        Assert.NotEqual("-", first);
        var reads = store.Stamps.Reads;
        Assert.Equal(first, await StampAsync(store));
        _ = await store.Reserve.TotalsAsync(null);
        _ = await store.Reserve.ListRowsAsync(new ProjectQuery(Search: "老旧"));
        Assert.Equal(first, await StampAsync(store));
        Assert.Equal(reads, store.Stamps.Reads);

        store.Clock.Now = store.Clock.Now.AddMilliseconds(1);
        var project = (await store.Reserve.FindAsync(import.Ids[0]))!;
        project.Record.AnnualPlan = 10m;
        Assert.True((await store.Reserve.SaveAsync(project.Record, project.Version, "填报员")).Succeeded);

        Assert.NotEqual(first, await StampAsync(store));
    }

    private static async Task<string> StampAsync(StorageFixture store) =>
        ReserveStamps.Totals(await store.Stamps.ReadAsync(), withAnswers: false);
}
