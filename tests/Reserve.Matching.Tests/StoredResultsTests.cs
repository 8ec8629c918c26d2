using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Channels;
using Reserve.Matching.Storage;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Testing;
using Xunit;

namespace Reserve.Matching.Tests;

/// <summary>Stored results on SQLite and PostgreSQL: written on import and save, replaced, re-matched when stale, shared by two instances.</summary>
public sealed class StoredResultsTests
{
    private static ChannelCatalog Catalog(string version = "1.0.0", bool both = true) =>
        ChannelCatalog.FromDefinitions("test", version, both ? [TestChannels.Simple(), TestChannels.Simple("second")] : [TestChannels.Simple()]);

    private static ServiceProvider Instance(DatabaseOptions database, ChannelCatalog catalog)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(catalog);
        services.AddSingleton<IChannelFactProvider>(new Facts(catalog));
        services.AddProjectReserve(database);
        services.AddMatching(database);
        return services.BuildServiceProvider();
    }

    private static async Task<ServiceProvider> MigratedAsync(DatabaseOptions database, ChannelCatalog catalog)
    {
        var services = Instance(database, catalog);
        await services.MigrateProjectReserveAsync();
        await services.MigrateMatchingAsync();
        return services;
    }

    private static List<ProjectRecord> Projects(int count) =>
        Enumerable.Range(1, count).Select(i => TestChannels.Project(p =>
        {
            p.Id = null;
            p.Name = $"冷链物流中心项目{i}";
            p.TotalInvestment = 300m + i;
            p.Code = null;
        })).ToList();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Imported_and_saved_projects_have_one_row_per_channel_replaced_on_every_save(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var services = await MigratedAsync(db.Options, Catalog());
        var reserve = services.GetRequiredService<IProjectReserve>();
        var results = services.GetRequiredService<IMatchResults>();

        var import = await reserve.ImportAsync(Projects(30), "导入员");
        Assert.Equal(60, await db.CountAsync("match_results"));

        var ranked = await results.ForProjectAsync(import.Ids[0]);
        Assert.Equal(["second", "simple"], ranked.Select(r => r.ChannelId).Order());
        Assert.All(ranked, r => Assert.Equal(4, r.Rules.Count));
        Assert.Equal(MatchVerdict.Ineligible, ranked[0].Verdict);
        var summary = await results.SummaryAsync();
        Assert.Equal(30, summary["simple"].Total);

        var stored = (await reserve.FindAsync(import.Ids[0]))!;
        stored.Record.TotalInvestment = 900m;
        Assert.True((await reserve.SaveAsync(stored.Record, stored.Version, "张三")).Succeeded);

        Assert.Equal(60, await db.CountAsync("match_results"));
        var after = await results.ForProjectAsync(import.Ids[0]);
        Assert.All(after, r => Assert.Equal(MatchVerdict.Eligible, r.Verdict));
        Assert.Equal(270m, after[0].EstimatedAmount);
        Assert.Equal(1, (await results.SummaryAsync())["simple"].Eligible);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Two_instances_re_matching_the_same_projects_at_once_both_succeed(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var first = await MigratedAsync(db.Options, Catalog());
        await using var second = Instance(db.Options, Catalog());
        var import = await first.GetRequiredService<IProjectReserve>().ImportAsync(Projects(40), "导入员");

        var ids = import.Ids.ToList();
        var reversed = ids.AsEnumerable().Reverse().ToList();
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? first : second).GetRequiredService<IMatchResults>().RematchAsync(i % 3 == 0 ? ids : reversed)));

        Assert.Equal(80, await db.CountAsync("match_results"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Results_of_another_plugin_version_or_channel_set_are_stale_and_rematch_all_replaces_them(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var old = await MigratedAsync(db.Options, Catalog("1.0.0")))
        {
            await old.GetRequiredService<IProjectReserve>().ImportAsync(Projects(12), "导入员");
            Assert.False(await old.GetRequiredService<IMatchResults>().IsStaleAsync());
        }

        await using var upgraded = Instance(db.Options, Catalog("1.1.0", both: false));
        var results = upgraded.GetRequiredService<IMatchResults>();
        Assert.True(await results.IsStaleAsync());
        var reports = new List<(int Done, int Total)>();

        Assert.Equal(12, await results.RematchAllAsync(new Progress(reports)));

        Assert.False(await results.IsStaleAsync());
        Assert.Equal(12, await db.CountAsync("match_results"));
        Assert.Equal(12, await db.CountAsync("match_results", "\"PluginVersion\" = '1.1.0' AND \"ChannelId\" = 'simple'"));
        Assert.Equal((12, 12), reports[^1]);
    }

    [PostgresData]
    [Theory]
    public async Task The_postgres_results_table_keeps_money_as_numeric_and_no_explanation_text(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var services = await MigratedAsync(db.Options, Catalog());
        Assert.Equal(0, await db.CountAsync("information_schema.columns", "table_name = 'match_results' AND column_name = 'ResultJson'"));
        Assert.Equal("18,4", await db.ScalarAsync("SELECT numeric_precision || ',' || numeric_scale FROM information_schema.columns WHERE table_name = 'match_results' AND column_name = 'Amount'"));
        Assert.Equal("date", await db.ScalarAsync("SELECT data_type FROM information_schema.columns WHERE table_name = 'match_results' AND column_name = 'AsOf'"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Each_provider_context_matches_its_migrations(DatabaseProvider provider)
    {
        using DbContext db = provider == DatabaseProvider.Postgres
            ? new PostgresMatchingDesignTimeFactory().CreateDbContext([])
            : new MatchingDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: 模型有变化但没有迁移（docs/storage.md）");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    private sealed class Facts(ChannelCatalog catalog) : IChannelFactProvider
    {
        public IReadOnlyList<FactDescriptor> ChannelFacts => catalog.ChannelFacts;
    }

    private sealed class Progress(List<(int, int)> reports) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => reports.Add(value);
    }
}
