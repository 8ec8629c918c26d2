using Reserve.Persistence;
using Reserve.Projects.Storage;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Projects.Tests;

/// <summary>
/// A large import indexes and counts its projects in bulk on SQLite (<see cref="SqliteBulkIndexing"/>) and writes them many
/// to a statement on PostgreSQL: either way the search indexes and kept totals end exactly as row-by-row writes leave
/// them, and searches of long and short words find the same projects.
/// </summary>
public sealed class BulkIndexingTests
{
    private static readonly string[] Words = ["老旧", "改造工程", "讨赖河桥", "桥", "维", "ab", "AB城", "s21", "2027-01", "管网", "屋面12", "B", "5线", "-0"];

    private static readonly string[] SqliteIndexes =
    [
        """SELECT "Key", "Id" FROM reserve_projects_search_keys""",
        $"SELECT term, doc FROM {PairIndex.Vocabulary}",
        """SELECT type, name, sql FROM sqlite_master WHERE type = 'trigger'""",
    ];

    private static readonly string[] Totals =
    [
        """SELECT "Department", "Field", "Projects", "Investment", "AnnualPlan" FROM reserve_totals_fields""",
        """SELECT "Department", "Tag", "Projects", "Investment", "AnnualPlan" FROM reserve_totals_tags""",
    ];

    private static async Task<IReadOnlyList<string>> FoundAsync(StorageFixture store, string word) =>
        (await store.Reserve.ListAsync(new ProjectQuery(Search: word, Sort: ProjectSort.Id, Take: 5000))).Select(p => p.Record.Id!).ToList();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_large_import_leaves_the_indexes_and_totals_as_row_by_row_writes_do(DatabaseProvider provider)
    {
        await using var bulk = await StorageFixture.CreateAsync(provider);
        await using var rowByRow = await StorageFixture.CreateAsync(provider);
        var records = LargeImports.Records(LargeImports.Count);
        foreach (var store in new[] { bulk, rowByRow })
        {
            // A project saved before, so the bulk entries come after existing keys and add to existing totals.
            Assert.True((await store.Reserve.SaveAsync(StorageFixture.Valid("雄关区老旧小区改造项目"), null, "填报员")).Succeeded);
        }

        var imported = await bulk.Reserve.ImportAsync(LargeImports.Records(LargeImports.Count), "导入员");
        Assert.True(imported.Succeeded, string.Join("；", imported.Problems.Take(3).Select(p => p.Message)));
        foreach (var chunk in records.Chunk(ImportRun.BulkIndexingFrom / 4))
        {
            Assert.True((await rowByRow.Reserve.ImportAsync(chunk, "导入员")).Succeeded);
        }

        Assert.Equal(LargeImports.Count + 1, await bulk.Database.CountAsync("reserve_projects"));
        if (provider == DatabaseProvider.Sqlite)
        {
            await PairIndex.MakeReadableAsync(bulk.Database);
            await PairIndex.MakeReadableAsync(rowByRow.Database);
            // The pairs written in bulk are those the projects' text defines (not merely those the triggers wrote).
            Assert.Equal(await PairIndex.DefinedAsync(bulk.Database), await PairIndex.EntriesAsync(bulk.Database));
        }
        foreach (var sql in provider == DatabaseProvider.Sqlite ? [.. SqliteIndexes, .. Totals] : Totals)
        {
            Assert.Equal(await rowByRow.Database.LinesAsync(sql), await bulk.Database.LinesAsync(sql));
        }
        if (provider == DatabaseProvider.Sqlite)
        {
            // The trigram index agrees with the projects' text (FTS5 checks an external-content index against its content).
            await bulk.Database.ExecuteAsync("INSERT INTO reserve_projects_fts (reserve_projects_fts) VALUES ('integrity-check')");
        }
        foreach (var word in Words)
        {
            var found = await FoundAsync(bulk, word);
            Assert.NotEmpty(found);
            Assert.Equal(await FoundAsync(rowByRow, word), found);
        }
    }

    [Fact]
    public async Task After_a_large_import_the_triggers_keep_the_indexes_again()
    {
        await using var store = await StorageFixture.CreateAsync();
        Assert.True((await store.Reserve.ImportAsync(LargeImports.Records(LargeImports.Count), "导入员")).Succeeded);

        var saved = await store.Reserve.SaveAsync(StorageFixture.Valid("嘉峪关关城景区提升工程"), null, "填报员");
        var renamed = (await store.Reserve.FindAsync((await FoundAsync(store, "讨赖河桥"))[0]))!;
        renamed.Record.Name = "迎宾路综合整治";
        Assert.True((await store.Reserve.SaveAsync(renamed.Record, renamed.Version, "填报员")).Succeeded);

        Assert.Equal([saved.Saved!.Record.Id!], await FoundAsync(store, "关城"));
        Assert.Equal([renamed.Record.Id!], await FoundAsync(store, "整治"));
        Assert.Equal([renamed.Record.Id!], await FoundAsync(store, "迎宾路"));
        // The rename deleted the pairs the import wrote (a contentless index is told them again by the trigger): none is left.
        Assert.DoesNotContain(renamed.Record.Id!, await FoundAsync(store, "赖河"));
        Assert.Equal(await PairIndex.DefinedAsync(store.Database), await PairIndex.EntriesAsync(store.Database));
        Assert.Equal(2L, await store.Database.CountAsync("sqlite_master", $"type = 'trigger' AND name IN ('{string.Join("', '", SqliteBulkIndexing.Replaced)}')"));
    }
}
