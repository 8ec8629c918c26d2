using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Projects.Tests;

/// <summary>
/// The list's search index (SQLite FTS5 trigram, PostgreSQL pg_trgm), its filters (stored answer per channel, plan year,
/// 两新一重 category), its orders, and the reserve's totals grouped in the database, on both providers.
/// </summary>
public sealed class ProjectListTests
{
    private static async Task<IReadOnlyList<string>> NamesAsync(StorageFixture store, ProjectQuery query) =>
        (await store.Reserve.ListAsync(query)).Select(p => p.Record.Name).ToList();

    private static ProjectRecord Project(string name, string department = "住建局", string scale = "改造小区12个，涉及1200户", int startYear = 2027)
    {
        var record = StorageFixture.Valid(name);
        record.Department = department;
        record.Scale = scale;
        record.PlannedStart = new DateOnly(startYear, 4, 1);
        return record;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Search_finds_name_unit_code_and_construction_content_through_the_index_best_name_matches_first(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var byScale = Project("城区供热管网改造工程", scale: "改造老旧小区配套供热管网3.2公里");
        var byName = Project("胜利路片区老旧小区改造项目");
        var byCode = Project("文化馆改造");
        byCode.Code = "2501-620200-04-01-123456";
        byCode.Field = ProjectField.CultureTourism;
        byCode.Facts.Clear();
        var other = Project("S215线公路改造工程", "交通运输局", "路面改造18公里");
        other.Field = ProjectField.Transport;
        other.Facts.Clear();
        var imported = await store.Reserve.ImportAsync([byScale, byName, byCode, other], "导入员");
        Assert.True(imported.Succeeded, string.Join("；", imported.Problems));

        Assert.Equal(["胜利路片区老旧小区改造项目", "城区供热管网改造工程"], await NamesAsync(store, new ProjectQuery(Search: "老旧小区", Sort: ProjectSort.Relevance)));
        Assert.Equal(["文化馆改造"], await NamesAsync(store, new ProjectQuery(Search: "620200-04")));
        Assert.Equal(4, await store.Reserve.CountAsync(new ProjectQuery(Search: "嘉峪关市城市建设")));
        // Two characters are below a trigram: matched without the index, the same way.
        Assert.Equal(["胜利路片区老旧小区改造项目", "城区供热管网改造工程"], await NamesAsync(store, new ProjectQuery(Search: "老旧", Sort: ProjectSort.Relevance)));
        // Every word must be found.
        Assert.Equal(["城区供热管网改造工程"], await NamesAsync(store, new ProjectQuery(Search: "老旧小区 供热")));
        Assert.Empty(await NamesAsync(store, new ProjectQuery(Search: "不存在的项目名称")));
        // Characters that mean something to the index or to LIKE are only text.
        Assert.Empty(await NamesAsync(store, new ProjectQuery(Search: "\"老旧\" OR %_")));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_search_index_follows_every_save_and_import(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var saved = await store.Reserve.SaveAsync(Project("胜利路片区老旧小区改造项目"), null, "填报员");
        Assert.Single(await NamesAsync(store, new ProjectQuery(Search: "胜利路")));

        var record = saved.Saved!.Record;
        record.Name = "建设路片区综合整治项目";
        await store.Reserve.SaveAsync(record, saved.Saved.Version, "填报员");
        Assert.Empty(await NamesAsync(store, new ProjectQuery(Search: "胜利路")));
        Assert.Single(await NamesAsync(store, new ProjectQuery(Search: "建设路片区")));

        var again = StorageFixture.Valid("雄关大道排水管网改造");
        again.Id = record.Id;
        await store.Reserve.ImportAsync([again], "导入员");
        Assert.Empty(await NamesAsync(store, new ProjectQuery(Search: "建设路片区")));
        Assert.Single(await NamesAsync(store, new ProjectQuery(Search: "排水管网")));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Lists_filter_by_plan_year_and_two_new_one_major_category_and_sort_by_planned_start(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var road = Project("S215线公路改造工程", "交通运输局", "路面改造18公里", startYear: 2028);
        road.Field = ProjectField.Transport;
        road.Facts.Clear();
        road.Tags = ["重大工程"]; // typed by a person: not the system's category
        var data = Project("城市数据中心建设项目", "工信局", "建设数据中心机柜500个", startYear: 2026);
        data.Field = ProjectField.Innovation;
        data.Facts.Clear();
        Assert.True((await store.Reserve.ImportAsync([Project("胜利路片区老旧小区改造项目"), road, data], "导入员")).Succeeded);

        Assert.Equal(["胜利路片区老旧小区改造项目"], await NamesAsync(store, new ProjectQuery { PlanYear = 2027 }));
        Assert.Equal(["S215线公路改造工程"], await NamesAsync(store, new ProjectQuery { Category = "重大工程" }));
        Assert.Equal(["S215线公路改造工程"], await NamesAsync(store, new ProjectQuery { Category = "重大工程-交通" }));
        Assert.Equal(["城市数据中心建设项目"], await NamesAsync(store, new ProjectQuery { Category = "新型基础设施" }));
        Assert.Empty(await NamesAsync(store, new ProjectQuery { Category = "重大工*" }));
        Assert.Equal(["城市数据中心建设项目", "胜利路片区老旧小区改造项目", "S215线公路改造工程"],
            await NamesAsync(store, new ProjectQuery(Sort: ProjectSort.PlannedStart)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Lists_filter_by_the_stored_answer_of_a_channel_and_totals_sum_per_channel_and_answer(DatabaseProvider provider)
    {
        var answers = new TestAnswers();
        await using var store = await StorageFixture.CreateAsync(provider, answers);
        var imported = await store.Reserve.ImportAsync([Project("甲小区改造"), Project("乙小区改造"), Project("丙道路工程", "交通运输局")], "导入员");
        Assert.True(imported.Succeeded);
        await answers.CreateAsync(store, [(imported.Ids[0], "special-bonds", "符合", 1000m), (imported.Ids[1], "special-bonds", "不符合", null), (imported.Ids[2], "special-bonds", "符合", 500.5m), (imported.Ids[1], "central-budget", "符合", 250m)]);

        Assert.Equal(["甲小区改造", "丙道路工程"], await NamesAsync(store, new ProjectQuery { Channel = "special-bonds", Answer = "符合" }));
        Assert.Equal(["甲小区改造"], await NamesAsync(store, new ProjectQuery(Department: "住建局") { Channel = "special-bonds", Answer = "符合" }));
        Assert.Equal(1, await store.Reserve.CountAsync(new ProjectQuery { Channel = "central-budget", Answer = "符合" }));
        Assert.Equal(3, await store.Reserve.CountAsync(new ProjectQuery { Channel = "special-bonds", Answer = "申报前须准备" }));
        Assert.Equal(3, await store.Reserve.CountAsync(new ProjectQuery { Channel = "special-bonds", Answer = "待窗口开放" }));
        Assert.Equal(0, await store.Reserve.CountAsync(new ProjectQuery { Channel = "special-bonds", Answer = "窗口开放" }));

        var totals = await store.Reserve.TotalsAsync(null);
        var eligible = Assert.Single(totals.ByAnswer, a => a.ChannelId == "special-bonds" && a.Answer == "符合");
        Assert.Equal((2, 6400m, 1500.5m), (eligible.Projects, eligible.Investment, eligible.Amount));
        var ofDepartment = await store.Reserve.TotalsAsync("住建局");
        Assert.Equal(1, Assert.Single(ofDepartment.ByAnswer, a => a.ChannelId == "special-bonds" && a.Answer == "符合").Projects);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Totals_are_grouped_in_the_database_exactly_and_follow_a_save(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var a = Project("胜利路片区老旧小区改造项目");
        a.TotalInvestment = 1234.5678m;
        a.AnnualPlan = 100.1m;
        var b = Project("S215线公路改造工程", "交通运输局", "路面改造18公里");
        b.Field = ProjectField.Transport;
        b.Facts.Clear();
        b.TotalInvestment = 900.0001m;
        var c = Project("文化馆改造", "文旅局", "改造展厅");
        c.Field = ProjectField.CultureTourism;
        c.Facts.Clear();
        c.TotalInvestment = 1000m;
        Assert.True((await store.Reserve.ImportAsync([a, b, c], "导入员")).Succeeded);

        var totals = await store.Reserve.TotalsAsync(null);
        Assert.Equal((3, 3134.5679m, 100.1m), (totals.Projects, totals.Investment, totals.AnnualPlan));
        Assert.Equal(["住建局", "文旅局", "交通运输局"], totals.ByDepartment.Select(g => g.Name));
        Assert.Equal(1234.5678m, totals.ByField.Single(g => g.Name == "城镇老旧小区").Investment);
        Assert.Equal(900.0001m, Assert.Single(totals.ByCategory, g => g.Name == "重大工程-交通").Investment);
        Assert.Equal((1, 1000m), (totals.Uncategorised.Projects, totals.Uncategorised.Investment));
        Assert.Equal(1, (await store.Reserve.TotalsAsync("文旅局")).Projects);

        store.Clock.Now = store.Clock.Now.AddMinutes(1);
        var stored = (await store.Reserve.ListAsync(new ProjectQuery(Department: "文旅局"))).Single();
        stored.Record.TotalInvestment = 2000m;
        await store.Reserve.SaveAsync(stored.Record, stored.Version, "填报员");
        Assert.Equal(4134.5679m, (await store.Reserve.TotalsAsync(null)).Investment);
    }

    /// <summary>Answers kept in a table of the test, as the matching module keeps its own.</summary>
    private sealed class TestAnswers : IMatchAnswersSql
    {
        public string Answers => """SELECT "ProjectId", "ChannelId", "Verdict", "Readiness", "Timing", "OpensOn", "ClosesOn", "Amount" FROM test_answers""";

        public string LastChanged => """SELECT COUNT(*) FROM test_answers""";

        // The sums the matching module keeps on write, computed here on each read from the test's table (same shape:
        // money in ten-thousandths, dates as text).
        public string Totals => """
            SELECT p."Department", a."ChannelId", a."Verdict", a."Readiness", a."Timing", coalesce(CAST(a."OpensOn" AS TEXT), '') AS "OpensOn",
                   coalesce(CAST(a."ClosesOn" AS TEXT), '') AS "ClosesOn", COUNT(*) AS "Projects",
                   SUM(CAST(ROUND(p."TotalInvestment" * 10000) AS BIGINT)) AS "Investment",
                   SUM(CAST(ROUND(coalesce(a."Amount", 0) * 10000) AS BIGINT)) AS "Amount"
            FROM test_answers a JOIN reserve_projects p ON p."Id" = a."ProjectId" WHERE p."WithdrawnAtUtc" IS NULL
            GROUP BY p."Department", a."ChannelId", a."Verdict", a."Readiness", a."Timing", a."OpensOn", a."ClosesOn"
            """;

        public async Task CreateAsync(StorageFixture store, IReadOnlyList<(string Project, string Channel, string Verdict, decimal? Amount)> rows)
        {
            await using var db = await store.Contexts.CreateDbContextAsync();
            var (amount, date) = store.Database.Provider == DatabaseProvider.Postgres ? ("numeric(18,4)", "date") : ("TEXT", "TEXT");
            await db.Database.ExecuteAsync($"""CREATE TABLE test_answers ("ProjectId" varchar(32), "ChannelId" varchar(100), "Verdict" varchar(20), "Readiness" varchar(20), "Timing" varchar(20), "OpensOn" {date}, "ClosesOn" {date}, "Amount" {amount})""", new Dictionary<string, object?>(), default);
            foreach (var (project, channel, verdict, value) in rows)
            {
                // Every row needs preparing and waits for its window, so the list can filter by either answer as well.
                await db.Database.ExecuteAsync("""INSERT INTO test_answers VALUES (@p, @c, @v, '申报前须准备', '待窗口开放', NULL, NULL, @a)""",
                    new Dictionary<string, object?> { ["p"] = project, ["c"] = channel, ["v"] = verdict, ["a"] = value }, default);
            }
        }
    }
}
