using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;
using Reserve.Projects.Storage;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Projects.Tests;

/// <summary>
/// Words of one or two characters ("老旧", "桥") are below a trigram: they go through the index of character pairs
/// (migrations ShortWordSearch and LeanPairIndex), found exactly where LIKE over each column would find them, kept by every write, and
/// looked up rather than scanned.
/// </summary>
public sealed partial class ShortWordSearchTests
{
    private static async Task<IReadOnlyList<string>> NamesAsync(StorageFixture store, string search) =>
        (await store.Reserve.ListAsync(new ProjectQuery(Search: search, Sort: ProjectSort.Relevance))).Select(p => p.Record.Name).ToList();

    private static ProjectRecord Project(string name, string scale = "改造小区12个，涉及1200户", string unit = "嘉峪关市城市建设投资开发有限公司")
    {
        var record = StorageFixture.Valid(name);
        record.Scale = scale;
        record.Unit = unit;
        return record;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Short_words_are_found_anywhere_in_a_column_and_never_across_two(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var imported = await store.Reserve.ImportAsync(
        [
            Project("胜利路片区老旧小区改造项目"),
            Project("城区供热管网改造", scale: "更换管网3.2公里，涉及老旧"),
            Project("G312线讨赖河桥", scale: "新建大桥1座"),
            Project("文化馆维修", scale: "维修屋面800平方米", unit: "嘉峪关市文化馆"),
        ], "导入员");
        Assert.True(imported.Succeeded, string.Join("；", imported.Problems));

        // A word at the very end of a column is found as well as one inside it; the name's match ranks first.
        Assert.Equal(["胜利路片区老旧小区改造项目", "城区供热管网改造"], await NamesAsync(store, "老旧"));
        // One character: the pairs it begins, and the last character of a column ("河桥" ends the name).
        Assert.Equal(["G312线讨赖河桥"], await NamesAsync(store, "桥"));
        Assert.Equal(["文化馆维修"], await NamesAsync(store, "维"));
        // Latin letters compare without case, as LIKE does.
        Assert.Equal(["G312线讨赖河桥"], await NamesAsync(store, "g3"));
        // A pair across the end of the name and the start of the unit is not in the project's text.
        Assert.Empty(await NamesAsync(store, "修嘉"));
        // Short and long words together: each must be found.
        Assert.Equal(["城区供热管网改造"], await NamesAsync(store, "老旧 供热管网"));
        Assert.Empty(await NamesAsync(store, "老旧 文化馆"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_pair_index_follows_a_save_a_rename_and_an_import_over_an_existing_id(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var saved = await store.Reserve.SaveAsync(Project("胜利路片区老旧小区改造项目"), null, "填报员");
        Assert.Single(await NamesAsync(store, "胜利"));

        var record = saved.Saved!.Record;
        record.Name = "建设路片区综合整治项目";
        await store.Reserve.SaveAsync(record, saved.Saved.Version, "填报员");
        Assert.Empty(await NamesAsync(store, "胜利"));
        Assert.Single(await NamesAsync(store, "整治"));

        var again = Project("雄关大道排水管网改造");
        again.Id = record.Id;
        await store.Reserve.ImportAsync([again], "导入员");
        Assert.Empty(await NamesAsync(store, "整治"));
        Assert.Single(await NamesAsync(store, "排水"));
    }

    [Fact]
    public async Task On_SQLite_a_two_character_search_looks_the_pairs_up_instead_of_scanning_the_reserve()
    {
        await using var store = await StorageFixture.CreateAsync();
        await using var db = await store.Contexts.CreateDbContextAsync();
        var sql = new ProjectListQuery(db, null).Build(new ProjectQuery(Search: "老旧")).ToQueryString();

        var plan = await PlanAsync(db.Database.GetDbConnection(), sql);

        // The pair index answers through its MATCH constraint (an FTS5 "scan" of one token's list, index string M…).
        Assert.Contains(plan, step => PairLookup(step));
        // The other scan allowed is of the withdrawn projects' partial index (a handful of ids).
        Assert.True(!plan.Any(step => step.StartsWith("SCAN", StringComparison.Ordinal) && !step.Contains("IX_reserve_projects_Withdrawn", StringComparison.Ordinal) && !PairLookup(step)), string.Join(" | ", plan));
    }

    private static bool PairLookup(string step) =>
        step.StartsWith("SCAN reserve_projects_pairs VIRTUAL TABLE INDEX ", StringComparison.Ordinal) && step.Contains(":M", StringComparison.Ordinal);

    [PostgresFact]
    public async Task On_PostgreSQL_the_query_uses_the_very_expression_the_index_was_built_on()
    {
        await using var store = await StorageFixture.CreateAsync(DatabaseProvider.Postgres);
        await using var db = await store.Contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
        var plan = await db.Database.SqlQueryRaw<string>(
            $"EXPLAIN SELECT \"Id\" FROM reserve_projects WHERE {ProjectListQuery.PostgresGrams} @> ARRAY['老旧']").ToListAsync();

        Assert.Contains(plan, line => line.Contains("IX_reserve_projects_grams", StringComparison.Ordinal));
    }

    /// <summary>The plan SQLite makes for the list's SQL, its parameters bound from the <c>.param set</c> lines EF Core writes.</summary>
    internal static async Task<List<string>> PlanAsync(DbConnection connection, string sql)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }
        await using var command = connection.CreateCommand();
        var body = new List<string>();
        foreach (var line in sql.Split('\n'))
        {
            if (ParamLine().Match(line) is { Success: true } m)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + m.Groups[1].Value;
                // A text value is quoted; a number (a page's size) is not, and is bound as one.
                parameter.Value = m.Groups[2].Success ? m.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal) : long.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
                command.Parameters.Add(parameter);
            }
            else
            {
                body.Add(line);
            }
        }
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join("\n", body);
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }
        return steps;
    }

    [GeneratedRegex(@"^\.param set @?(\w+) (?:'(.*)'|(-?\d+))\r?$")]
    private static partial Regex ParamLine();
}
