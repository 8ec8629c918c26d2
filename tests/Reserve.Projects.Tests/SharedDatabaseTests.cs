using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Persistence;
using Reserve.Projects.Storage;
using Reserve.Testing;

namespace Reserve.Projects.Tests;

/// <summary>The reserve as several host instances share it (two service providers on one database), and its PostgreSQL schema.</summary>
public sealed class SharedDatabaseTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Two_instances_creating_projects_at_once_never_get_the_same_id(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        await using var second = store.SecondInstance();
        var other = second.GetRequiredService<IProjectReserve>();

        var saves = Enumerable.Range(0, 30).Select(i => (i % 2 == 0 ? store.Reserve : other).SaveAsync(StorageFixture.Valid($"并发项目{i}"), null, "张三")).ToList();
        var importing = other.ImportAsync([StorageFixture.Valid("导入甲"), StorageFixture.Valid("导入乙"), StorageFixture.Valid("导入丙")], "导入员");
        var saved = await Task.WhenAll(saves);
        var import = await importing;

        var ids = saved.Select(s => s.Saved!.Record.Id!).Concat(import.Ids).ToList();
        Assert.Equal(33, ids.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 33).Select(n => $"2027-{n:D4}"), ids.Order(StringComparer.Ordinal));
        // The other instance's last saves are counted here once this instance's stamps are a second old.
        store.Clock.Now += ChangeStamps.Freshness;
        Assert.Equal(33, await store.Reserve.CountAsync(new ProjectQuery()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_change_made_by_another_instance_is_listed_and_counted_within_a_second_and_an_own_change_at_once(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        await using var second = store.SecondInstance();
        var other = second.GetRequiredService<IProjectReserve>();
        var search = new ProjectQuery(Search: "老旧小区");
        Assert.True((await store.Reserve.ImportAsync([StorageFixture.Valid("甲镇老旧小区改造")], "导入员")).Succeeded);
        Assert.Equal((1, 1), await FiguresAsync(store.Reserve));

        // A millisecond later, as saves are: the totals' stamp is the newest change time.
        store.Clock.Now += TimeSpan.FromMilliseconds(1);
        Assert.True((await other.SaveAsync(StorageFixture.Valid("乙镇老旧小区改造"), null, "李四")).Succeeded);
        Assert.Equal((2, 2), await FiguresAsync(other));
        // This instance's stamps were read a millisecond before that save.
        store.Clock.Now += ChangeStamps.Freshness - TimeSpan.FromMilliseconds(2);
        Assert.Equal((1, 1), await FiguresAsync(store.Reserve));
        store.Clock.Now += TimeSpan.FromMilliseconds(1);
        Assert.Equal((2, 2), await FiguresAsync(store.Reserve));

        store.Clock.Now += TimeSpan.FromMilliseconds(1);
        Assert.True((await store.Reserve.SaveAsync(StorageFixture.Valid("丙镇老旧小区改造"), null, "张三")).Succeeded);
        Assert.Equal((3, 3), await FiguresAsync(store.Reserve));

        async Task<(int Listed, int Counted)> FiguresAsync(IProjectReserve reserve) =>
            ((await reserve.ListRowsAsync(search)).Total, (await reserve.TotalsAsync(null)).Projects);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Concurrent_edits_of_one_version_from_two_instances_give_one_success_and_one_conflict(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        await using var second = store.SecondInstance();
        var other = second.GetRequiredService<IProjectReserve>();
        var id = (await store.Reserve.SaveAsync(StorageFixture.Valid(), null, "张三")).Saved!.Record.Id!;

        for (var round = 0; round < 5; round++)
        {
            var a = (await store.Reserve.FindAsync(id))!;
            var b = (await other.FindAsync(id))!;
            a.Record.AnnualPlan = 100m + round;
            b.Record.AnnualPlan = 200m + round;

            var outcomes = await Task.WhenAll(store.Reserve.SaveAsync(a.Record, a.Version, "张三"), other.SaveAsync(b.Record, b.Version, "李四"));

            var won = Assert.Single(outcomes, o => o.Succeeded);
            var lost = Assert.Single(outcomes, o => !o.Succeeded);
            Assert.Contains("保存被拒绝", lost.Conflict);
            Assert.Equal(a.Version + 1, won.Saved!.Version);
            Assert.Equal(won.Saved.Record.AnnualPlan, (await store.Reserve.FindAsync(id))!.Record.AnnualPlan);
        }
        var audit = await store.Reserve.AuditAsync(id);
        Assert.Equal(["创建", "修改", "修改", "修改", "修改", "修改"], audit.Select(e => e.Action));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task All_records_are_streamed_in_id_order_across_pages(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var import = await store.Reserve.ImportAsync(Enumerable.Range(1, 1203).Select(i => StorageFixture.Valid($"项目{i}")).ToList(), "导入员");

        var streamed = new List<string>();
        await foreach (var record in store.Reserve.AllAsync())
        {
            streamed.Add(record.Id!);
        }

        Assert.Equal(import.Ids.Order(StringComparer.Ordinal), streamed);
    }

    [PostgresData]
    [Theory]
    public async Task The_postgres_schema_has_numeric_money_json_lists_identity_audit_ids_and_lower_case_tables(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var db = store.Database;

        string? Column(string table, string column, string what) =>
            db.ScalarAsync($"SELECT {what} FROM information_schema.columns WHERE table_name = '{table}' AND column_name = '{column}'").Result?.ToString();

        Assert.Equal("numeric(18,4)", Column("reserve_projects", "TotalInvestment", "data_type || '(' || numeric_precision || ',' || numeric_scale || ')'"));
        Assert.Equal("numeric(10,4)", Column("reserve_projects", "CoverageRatio", "data_type || '(' || numeric_precision || ',' || numeric_scale || ')'"));
        Assert.Equal("json", Column("reserve_projects", "Facts", "data_type"));
        Assert.Equal("json", Column("reserve_projects", "PreWork", "data_type"));
        Assert.Equal("date", Column("reserve_projects", "PlannedStart", "data_type"));
        Assert.Equal("timestamp with time zone", Column("reserve_projects", "UpdatedAtUtc", "data_type"));
        Assert.Equal("integer", Column("reserve_projects", "Version", "data_type"));
        Assert.Equal("YES", Column("reserve_audit", "Id", "is_identity"));
        var tables = await db.ScalarAsync("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = 'public'");
        Assert.Equal("__reserve_migrations,reserve_audit,reserve_import_drafts,reserve_projects,reserve_sequences,reserve_totals_fields,reserve_totals_tags", tables);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Each_provider_context_matches_its_migrations(DatabaseProvider provider)
    {
        // No database is opened: the model is compared with the provider's migrations snapshot.
        using DbContext db = provider == DatabaseProvider.Postgres
            ? new PostgresProjectsDesignTimeFactory().CreateDbContext([])
            : new ProjectsDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: 模型有变化但没有迁移，请运行 dotnet ef migrations add（docs/storage.md）");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
