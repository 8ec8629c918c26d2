using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Channels;
using Reserve.Matching.Storage;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Sdk.Facts;
using Reserve.Testing;
using Xunit;

namespace Reserve.Matching.Tests;

/// <summary>
/// How a project's results are written: rows of channels that are gone are removed and the others replaced in
/// place; the transaction commits without waiting for the disk and leaves the connection as durable as it
/// found it, since project saves share the connection pool.
/// </summary>
public sealed class ResultWritesTests
{
    private static async Task<ServiceProvider> MigratedAsync(DatabaseOptions database, params string[] channels)
    {
        var catalog = ChannelCatalog.FromDefinitions("test", "1.0.0", channels.Length == 0 ? [TestChannels.Simple()] : [.. channels.Select(TestChannels.Simple)]);
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(catalog);
        services.AddSingleton<IChannelFactProvider>(new CatalogFacts(catalog));
        services.AddProjectReserve(database);
        services.AddMatching(database);
        var provider = services.BuildServiceProvider();
        await provider.MigrateProjectReserveAsync();
        await provider.MigrateMatchingAsync();
        return provider;
    }

    [Fact]
    public async Task On_sqlite_in_wal_mode_commits_are_normal_inside_and_full_again_after()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = await MigratedAsync(database.Options);
        await using var db = await services.GetRequiredService<IDbContextFactory<MatchingDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        Assert.Equal(2L, await SynchronousAsync(db));

        await using (await ResultCommitDurability.RelaxAsync(db, CancellationToken.None))
        {
            Assert.Equal(1L, await SynchronousAsync(db));
        }

        Assert.Equal(2L, await SynchronousAsync(db));
    }

    [PostgresFact]
    public async Task On_postgres_only_the_results_transaction_skips_the_wait()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var services = await MigratedAsync(database.Options);
        await using var db = await services.GetRequiredService<IDbContextFactory<MatchingDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        // The test server runs with synchronous_commit off for speed; a production session has it on.
        await db.Database.ExecuteAsync("SET synchronous_commit TO ON", new Dictionary<string, object?>(), CancellationToken.None);
        await using (await ResultCommitDurability.RelaxAsync(db, CancellationToken.None))
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await ResultCommitDurability.InTransactionAsync(db, CancellationToken.None);
            Assert.Equal("off", await ShowAsync(db));
            await transaction.CommitAsync();
        }
        Assert.Equal("on", await ShowAsync(db));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Results_stored_this_way_are_there_for_the_next_reader(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await MigratedAsync(database.Options);

        var import = await services.GetRequiredService<IProjectReserve>().ImportAsync([TestChannels.Project(p => p.Id = null)], "导入员");

        Assert.True(import.Succeeded);
        Assert.Equal(1, await database.CountAsync("match_results"));
        Assert.Single(await services.GetRequiredService<IMatchResults>().ForProjectAsync(import.Ids[0]));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_save_replaces_the_rows_of_active_channels_and_drops_those_of_channels_gone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string id;
        await using (var before = await MigratedAsync(database.Options, "simple", "second"))
        {
            id = (await before.GetRequiredService<IProjectReserve>().ImportAsync([TestChannels.Project(p => p.Id = null)], "导入员")).Ids[0];
        }
        Assert.Equal(2, await database.CountAsync("match_results"));

        await using var after = await MigratedAsync(database.Options, "simple");
        var stored = (await after.GetRequiredService<IProjectReserve>().FindAsync(id))!;
        stored.Record.TotalInvestment = 300m;
        Assert.True((await after.GetRequiredService<IProjectReserve>().SaveAsync(stored.Record, stored.Version, "张三")).Succeeded);

        var result = Assert.Single(await after.GetRequiredService<IMatchResults>().ForProjectAsync(id));
        Assert.Equal(("simple", MatchVerdict.Ineligible), (result.ChannelId, result.Verdict));
        Assert.Equal(1, await database.CountAsync("match_results"));
    }

    private static async Task<long> SynchronousAsync(MatchingDbContext db) =>
        (await db.Database.ColumnAsync<long>("PRAGMA synchronous", new Dictionary<string, object?>(), CancellationToken.None)).Single();

    private static async Task<string> ShowAsync(MatchingDbContext db) =>
        (await db.Database.ColumnAsync<string>("SHOW synchronous_commit", new Dictionary<string, object?>(), CancellationToken.None)).Single();

    private sealed class CatalogFacts(ChannelCatalog catalog) : IChannelFactProvider
    {
        public IReadOnlyList<FactDescriptor> ChannelFacts => catalog.ChannelFacts;
    }
}
