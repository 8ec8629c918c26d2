using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Tests;

/// <summary>
/// Migration LeanPairIndex moves SQLite's character pairs from the table of one row per pair (ShortWordSearch) to an FTS5
/// table: a reserve stored before it finds the same projects after it, and going back restores the table of rows.
/// </summary>
public sealed class LeanPairIndexMigrationTests
{
    private const string Before = "20261207170000_WithdrawnIndex";

    private static async Task<IReadOnlyList<string>> FoundAsync(StorageFixture store, string word) =>
        (await store.Reserve.ListAsync(new ProjectQuery(Search: word, Sort: ProjectSort.Id))).Select(p => p.Record.Name).ToList();

    [Fact]
    public async Task A_reserve_indexed_by_rows_of_pairs_is_indexed_again_and_found_the_same()
    {
        await using var store = await StorageFixture.CreateAsync();
        var records = LargeImports.Records(40);
        Assert.True((await store.Reserve.ImportAsync(records, "导入员")).Succeeded);
        string[] words = ["老旧", "桥", "ab", "B", "S2", "3座", "讨赖河桥"];
        var found = new List<IReadOnlyList<string>>();
        foreach (var word in words)
        {
            found.Add(await FoundAsync(store, word));
        }
        await using var db = await store.Contexts.CreateDbContextAsync();
        var migrator = db.GetService<IMigrator>();

        await migrator.MigrateAsync(Before);
        // Before the migration: one row per pair and project, the pairs as text.
        Assert.Equal(
            (await PairIndex.DefinedAsync(store.Database)).Length,
            await store.Database.CountAsync("reserve_projects_grams"));
        Assert.Equal(0L, await store.Database.CountAsync("sqlite_master", "name = 'reserve_projects_pairs'"));

        await migrator.MigrateAsync();

        Assert.Equal(0L, await store.Database.CountAsync("sqlite_master", "name = 'reserve_projects_grams'"));
        Assert.Equal(await PairIndex.DefinedAsync(store.Database), await PairIndex.EntriesAsync(store.Database));
        for (var i = 0; i < words.Length; i++)
        {
            Assert.NotEmpty(found[i]);
            Assert.Equal(found[i], await FoundAsync(store, words[i]));
        }
        // The triggers the migration made keep the index on a save.
        Assert.True((await store.Reserve.SaveAsync(StorageFixture.Valid("嘉峪关关城景区提升工程"), null, "填报员")).Succeeded);
        Assert.Equal(["嘉峪关关城景区提升工程"], await FoundAsync(store, "关城"));
        Assert.Equal(await PairIndex.DefinedAsync(store.Database), await PairIndex.EntriesAsync(store.Database));
    }
}
