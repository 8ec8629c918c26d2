using System.Globalization;
using Reserve.Persistence;
using Reserve.Sdk.Projects;
using Reserve.Testing;
using Xunit;

namespace Reserve.Projects.Tests;

/// <summary>
/// The reserve's totals kept on write (<c>reserve_totals_fields</c>, <c>reserve_totals_tags</c>) on SQLite and PostgreSQL:
/// after an import, an edit that moves a project's department, 领域 and tags, a withdrawal and its restoring, and a row
/// deleted, they equal the same sums grouped afresh from the projects.
/// </summary>
public sealed class KeptTotalsTests
{
    private static string Units(DatabaseProvider provider, string value) => provider == DatabaseProvider.Postgres
        ? $"round(coalesce({value}, 0) * 10000)::bigint"
        : $"CAST(ROUND(CAST(coalesce({value}, 0) AS REAL) * 10000) AS INTEGER)";

    private static (string Kept, string Afresh)[] Pairs(DatabaseProvider provider)
    {
        var sums = $"""COUNT(*), SUM({Units(provider, "p.\"TotalInvestment\"")}), SUM({Units(provider, "p.\"AnnualPlan\"")})""";
        var (each, tags) = provider == DatabaseProvider.Postgres
            ? ("json_array_elements_text(p.\"Tags\") AS t(value)", "json_array_elements_text(p.\"Tags\") AS u(value)")
            : ("json_each(p.\"Tags\") t", "json_each(p.\"Tags\") u");
        const string kept = "\"Projects\", \"Investment\", \"AnnualPlan\"";
        return
        [
            ($"SELECT \"Department\", \"Field\", {kept} FROM reserve_totals_fields WHERE \"Projects\" <> 0",
                $"SELECT p.\"Department\", coalesce(p.\"Field\", ''), {sums} FROM reserve_projects p WHERE p.\"WithdrawnAtUtc\" IS NULL GROUP BY 1, 2"),
            ($"SELECT \"Department\", \"Tag\", {kept} FROM reserve_totals_tags WHERE \"Projects\" <> 0 AND \"Tag\" <> ''",
                $"SELECT p.\"Department\", t.value, {sums} FROM reserve_projects p CROSS JOIN {each} WHERE t.value LIKE '%（系统）' AND p.\"WithdrawnAtUtc\" IS NULL GROUP BY 1, 2"),
            ($"SELECT \"Department\", {kept} FROM reserve_totals_tags WHERE \"Projects\" <> 0 AND \"Tag\" = ''",
                $"SELECT p.\"Department\", {sums} FROM reserve_projects p WHERE p.\"WithdrawnAtUtc\" IS NULL AND NOT EXISTS (SELECT 1 FROM {tags} WHERE u.value LIKE '%（系统）') GROUP BY 1"),
        ];
    }

    private static async Task AssertKeptAsync(TestDatabase db, string step)
    {
        foreach (var (kept, afresh) in Pairs(db.Provider))
        {
            var keptLines = await db.LinesAsync(kept);
            var afreshLines = await db.LinesAsync(afresh);
            Assert.True(afreshLines.SequenceEqual(keptLines), $"{step}：\n保持的 {string.Join("\n", keptLines)}\n重算的 {string.Join("\n", afreshLines)}");
        }
    }

    private static ProjectRecord Project(string name, string department, ProjectField field, decimal investment)
    {
        var record = StorageFixture.Valid(name);
        record.Department = department;
        record.Field = field;
        record.TotalInvestment = investment;
        if (field != ProjectField.OldResidentialCommunities)
        {
            record.Facts.Clear();
        }
        return record;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_kept_totals_equal_the_totals_grouped_afresh_after_every_kind_of_write(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var import = await store.Reserve.ImportAsync(
        [
            Project("胜利路片区老旧小区改造项目", "住建局", ProjectField.OldResidentialCommunities, 1234.5678m),
            Project("S215线公路改造工程", "交通运输局", ProjectField.Transport, 900.0001m),
            Project("文化馆改造", "文旅局", ProjectField.CultureTourism, 1000m),
        ], "导入员");
        Assert.True(import.Succeeded, string.Join("；", import.Problems.Select(p => p.Message)));
        await AssertKeptAsync(store.Database, "导入后");
        Assert.Equal((3, 3134.5679m), ((await store.Reserve.TotalsAsync(null)).Projects, (await store.Reserve.TotalsAsync(null)).Investment));

        store.Clock.Now = store.Clock.Now.AddMinutes(1);
        var moved = (await store.Reserve.FindAsync(import.Ids[1]))!;
        moved.Record.Department = "文旅局";
        moved.Record.Field = ProjectField.CultureTourism;
        moved.Record.TotalInvestment = 2000m;
        moved.Record.Facts.Clear();
        Assert.True((await store.Reserve.SaveAsync(moved.Record, moved.Version, "填报员")).Succeeded);
        await AssertKeptAsync(store.Database, "改部门、领域与总投资后");
        var culture = await store.Reserve.TotalsAsync("文旅局");
        Assert.Equal((2, 3000m), (culture.Projects, culture.Investment));
        // The road keeps its 重大工程 tag (it follows the name), now with the new investment and in the new department.
        Assert.Equal(2000m, Assert.Single(culture.ByCategory, g => g.Name == "重大工程-交通").Investment);

        store.Clock.Now = store.Clock.Now.AddMinutes(1);
        var withdrawn = (await store.Reserve.FindAsync(import.Ids[0]))!;
        Assert.True((await store.Reserve.WithdrawAsync(import.Ids[0], withdrawn.Version, "重复申报", "填报员")).Succeeded);
        await AssertKeptAsync(store.Database, "撤回后");
        Assert.Equal(0, (await store.Reserve.TotalsAsync("住建局")).Projects);

        store.Clock.Now = store.Clock.Now.AddMinutes(1);
        var restored = (await store.Reserve.FindAsync(import.Ids[0]))!;
        Assert.True((await store.Reserve.RestoreAsync(import.Ids[0], restored.Version, "填报员")).Succeeded);
        await AssertKeptAsync(store.Database, "恢复后");

        await store.Database.ExecuteAsync($"""DELETE FROM reserve_projects WHERE "Id" = '{import.Ids[2]}'""");
        await AssertKeptAsync(store.Database, "删除一行后");
        Assert.Equal(0L, await store.Database.CountAsync("reserve_totals_fields", "\"Projects\" < 0 OR \"Investment\" < 0"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_large_import_is_counted_in_bulk_and_its_projects_then_move_as_any_other(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        Assert.True((await store.Reserve.SaveAsync(Project("文化馆改造", "文旅局", ProjectField.CultureTourism, 1000m), null, "填报员")).Succeeded);

        var import = await store.Reserve.ImportAsync(LargeImports.Records(LargeImports.Count), "导入员");
        Assert.True(import.Succeeded, string.Join("；", import.Problems.Take(3).Select(p => p.Message)));
        await AssertKeptAsync(store.Database, "大批导入后");
        Assert.Equal(LargeImports.Count + 1, (await store.Reserve.TotalsAsync(null)).Projects);

        store.Clock.Now = store.Clock.Now.AddMinutes(1);
        var moved = (await store.Reserve.FindAsync(import.Ids[1]))!;
        moved.Record.Department = "文旅局";
        moved.Record.TotalInvestment = 2000m;
        Assert.True((await store.Reserve.SaveAsync(moved.Record, moved.Version, "填报员")).Succeeded);
        var withdrawn = (await store.Reserve.FindAsync(import.Ids[2]))!;
        Assert.True((await store.Reserve.WithdrawAsync(import.Ids[2], withdrawn.Version, "重复申报", "填报员")).Succeeded);
        await AssertKeptAsync(store.Database, "大批导入的项目改动与撤回后");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_large_import_refused_at_its_last_row_leaves_every_total_and_index_as_before(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        Assert.True((await store.Reserve.SaveAsync(Project("文化馆改造", "文旅局", ProjectField.CultureTourism, 1000m), null, "填报员")).Succeeded);
        if (provider == DatabaseProvider.Sqlite)
        {
            await PairIndex.MakeReadableAsync(store.Database);
        }
        string[] tables = ["reserve_totals_fields", "reserve_totals_tags", .. provider == DatabaseProvider.Sqlite ? new[] { "reserve_projects_search_keys", PairIndex.Vocabulary, "sqlite_master" } : []];
        var before = new List<string[]>();
        foreach (var table in tables)
        {
            before.Add(await store.Database.LinesAsync($"SELECT * FROM {table}"));
        }

        var records = LargeImports.Records(LargeImports.Count);
        records[^1].Name = "";
        var refused = await store.Reserve.ImportAsync(records, "导入员");

        Assert.False(refused.Succeeded);
        Assert.Equal(1L, await store.Database.CountAsync("reserve_projects"));
        for (var i = 0; i < tables.Length; i++)
        {
            Assert.Equal(before[i], await store.Database.LinesAsync($"SELECT * FROM {tables[i]}"));
        }
        // The row triggers are in force again: a single save is counted and found.
        Assert.True((await store.Reserve.SaveAsync(Project("S215线公路改造工程", "交通运输局", ProjectField.Transport, 900m), null, "填报员")).Succeeded);
        await AssertKeptAsync(store.Database, "回滚后再保存一个");
        Assert.Single(await store.Reserve.ListAsync(new ProjectQuery(Search: "公路")));
    }
}
