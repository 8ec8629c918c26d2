using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;
using Reserve.Projects.Interchange;
using Reserve.Projects.Storage;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Projects.Tests;

/// <summary>
/// The list's fast path — a searched or filtered list's ordered ids read once per change and kept, a page's rows read by
/// id without the JSON columns — answers exactly what counting and listing in the database answered: the same total,
/// the same projects in the same order, page by page, for every search, filter and order, on both providers.
/// </summary>
public sealed class ListPageEquivalenceTests
{
    private static readonly string[] Places = ["雄关区", "镜铁区", "长城区", "新城镇", "峪泉镇"];
    private static readonly string[] Works = ["老旧小区改造", "供热管网改造", "道路提升工程", "污水处理厂扩建", "学校建设", "文化馆维修", "老旧管网更新"];

    private static readonly string?[] Searches =
        [null, "老旧小区", "老旧", "管网", "旧", "雄关区 老旧", "老旧 供热管网", "镜铁区", "改造", "不存在的名称", "2026-00", "G3"];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Every_search_filter_order_and_page_lists_what_counting_and_listing_in_the_database_listed(DatabaseProvider provider)
    {
        await using var store = await SeededAsync(provider);
        var queries = new List<ProjectQuery>();
        foreach (var search in Searches)
        {
            foreach (var sort in Enum.GetValues<ProjectSort>())
            {
                queries.Add(new ProjectQuery(Search: search, Sort: sort));
                queries.Add(new ProjectQuery(Search: search, Sort: sort, Descending: true));
            }
            queries.Add(new ProjectQuery(Department: "住建局", Search: search, Sort: ProjectSort.Relevance));
            queries.Add(new ProjectQuery(Field: "交通", Search: search, Sort: ProjectSort.Relevance));
            queries.Add(new ProjectQuery(Stage: "前期", Search: search, Sort: ProjectSort.TotalInvestment, Descending: true));
            queries.Add(new ProjectQuery(Search: search, Sort: ProjectSort.Name) { PlanYear = 2027 });
            queries.Add(new ProjectQuery(Search: search, Sort: ProjectSort.Relevance) { Withdrawn = true });
        }
        foreach (var query in queries)
        {
            foreach (var (skip, take) in new[] { (0, 10), (7, 10), (0, 500), (1000, 10) })
            {
                await AssertSameAsync(store.Reserve, query with { Skip = skip, Take = take });
            }
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_kept_search_follows_a_save_a_withdrawal_and_a_restore(DatabaseProvider provider)
    {
        await using var store = await SeededAsync(provider);
        var query = new ProjectQuery(Search: "老旧小区", Sort: ProjectSort.Relevance, Take: 500);
        var before = await store.Reserve.ListRowsAsync(query);

        var saved = await store.Reserve.SaveAsync(Project("峪泉镇老旧小区综合整治", "住建局", 99), null, "填报员");
        Assert.True(saved.Saved is not null, saved.Conflict);
        var added = await store.Reserve.ListRowsAsync(query);
        Assert.Equal(before.Total + 1, added.Total);
        Assert.Contains(added.Items, r => r.Id == saved.Saved!.Record.Id);
        await AssertSameAsync(store.Reserve, query);

        var withdrawn = await store.Reserve.WithdrawAsync(saved.Saved!.Record.Id!, saved.Saved.Version, "重复申报", "填报员");
        var gone = await store.Reserve.ListRowsAsync(query);
        Assert.Equal(before.Total, gone.Total);
        Assert.DoesNotContain(gone.Items, r => r.Id == saved.Saved.Record.Id);
        await AssertSameAsync(store.Reserve, query with { Withdrawn = true });

        await store.Reserve.RestoreAsync(saved.Saved.Record.Id!, withdrawn.Saved!.Version, "填报员");
        Assert.Equal(before.Total + 1, (await store.Reserve.ListRowsAsync(query)).Total);
        await AssertSameAsync(store.Reserve, query);
    }

    [Fact]
    public async Task A_search_is_read_once_per_change_and_a_list_too_long_to_keep_is_left_to_the_database()
    {
        await using var store = await SeededAsync(DatabaseProvider.Sqlite);
        var kept = new ListedIds(store.Contexts, store.Stamps, null, store.Clock);
        var query = new ProjectQuery(Search: "老旧", Sort: ProjectSort.Relevance);

        var first = await kept.GetAsync(query, CancellationToken.None);
        Assert.NotNull(first);
        Assert.Same(first, await kept.GetAsync(query with { Skip = 50 }, CancellationToken.None));
        // Another order is another list; the department alone is never kept (its count is in the kept totals).
        Assert.NotSame(first, await kept.GetAsync(query with { Descending = true }, CancellationToken.None));
        Assert.Null(await kept.GetAsync(new ProjectQuery(Department: "住建局"), CancellationToken.None));

        await store.Reserve.SaveAsync(Project("峪泉镇老旧小区综合整治", "住建局", 99), null, "填报员");
        var after = await kept.GetAsync(query, CancellationToken.None);
        Assert.NotSame(first, after);
        Assert.Equal(first!.Count + 1, after!.Count);

        var small = new ListedIds(store.Contexts, store.Stamps, null, store.Clock, limit: 3);
        Assert.Null(await small.GetAsync(query, CancellationToken.None));
        await AssertSameAsync(store.Reserve, query with { Take = 500 });
    }

    [Fact]
    public async Task On_SQLite_a_searched_list_of_ids_reads_no_project_row()
    {
        await using var store = await StorageFixture.CreateAsync();
        await using var db = await store.Contexts.CreateDbContextAsync();
        var sql = ListedIds.Query(db, null, new ProjectQuery(Search: "老旧小区", Sort: ProjectSort.Relevance), ListedIds.Limit + 1).ToQueryString();

                var plan = await ShortWordSearchTests.PlanAsync(db.Database.GetDbConnection(), sql);

        // The projects' table is only looked up in its key index (is the id there?) and the withdrawn ids' partial index.
        Assert.True(plan.Count(step => step.Contains("reserve_projects", StringComparison.Ordinal)) >= 1, string.Join(" | ", plan));
        Assert.All(plan.Where(step => step.StartsWith("SEARCH", StringComparison.Ordinal) || step.StartsWith("SCAN", StringComparison.Ordinal)),
            step => Assert.Matches("VIRTUAL TABLE|INTEGER PRIMARY KEY|COVERING INDEX|IX_reserve_projects_Withdrawn", step));
    }

    /// <summary>Both fast answers against counting and listing in the database (the reserve's <c>CountAsync</c> and <c>ListAsync</c>).</summary>
    private static async Task AssertSameAsync(IProjectReserve reserve, ProjectQuery query)
    {
        var total = await reserve.CountAsync(query with { Skip = 0 });
        var listed = await reserve.ListAsync(query);
        var rows = await reserve.ListRowsAsync(query);
        var page = await reserve.PageAsync(query);

        var what = $"{query.Search} {query.Sort} {(query.Descending ? "desc" : "asc")} skip {query.Skip}";
        Assert.True(total == rows.Total, $"{what}: total {rows.Total}, counted {total}");
        Assert.True(total == page.Total, $"{what}: total {page.Total}, counted {total}");
        Assert.Equal(listed.Select(ProjectListRow.Of), rows.Items);
        Assert.Equal(listed.Select(p => (p.Record.Id, p.Version, p.Withdrawal?.Reason)), page.Items.Select(p => (p.Record.Id, p.Version, p.Withdrawal?.Reason)));
        Assert.Equal(listed.Select(p => ProjectJson.Serialize(p.Record)), page.Items.Select(p => ProjectJson.Serialize(p.Record)));
    }

    /// <summary>
    /// 140 projects: names built from shared places and works (so words hit many projects, and ranks tie), three
    /// departments, two fields, five stages, repeated investments and start dates (ties broken by id), imported in
    /// batches an hour apart (distinct last changes), some withdrawn.
    /// </summary>
    private static async Task<StorageFixture> SeededAsync(DatabaseProvider provider)
    {
        var store = await StorageFixture.CreateAsync(provider);
        var departments = new[] { "住建局", "交通运输局", "教育局" };
        var stages = Enum.GetValues<ProjectStage>();
        for (var batch = 0; batch < 4; batch++)
        {
            var records = new List<ProjectRecord>();
            for (var i = 0; i < 35; i++)
            {
                var n = batch * 35 + i;
                var record = Project($"{Places[n % Places.Length]}{Works[n * 3 % Works.Length]}{(n % 4 == 0 ? "（G312沿线）" : "")}", departments[n % 3], n % 9);
                record.Stage = stages[n % stages.Length];
                record.PlannedStart = n % 6 == 0 ? null : new DateOnly(2026 + n % 3, 1 + n % 12, 1);
                record.Scale = n % 5 == 0 ? "更新老旧供热管网3.2公里" : "新建校舍12000平方米";
                records.Add(record);
            }
            var imported = await store.Reserve.ImportAsync(records, "导入员");
            Assert.True(imported.Succeeded, string.Join("；", imported.Problems));
            store.Clock.Now = store.Clock.Now.AddHours(1);
        }
        foreach (var stored in (await store.Reserve.ListAsync(new ProjectQuery(Take: 1000))).Where((_, i) => i % 11 == 3))
        {
            await store.Reserve.WithdrawAsync(stored.Record.Id!, stored.Version, "不再实施", "填报员");
        }
        return store;
    }

    private static ProjectRecord Project(string name, string department, int investment)
    {
        var record = StorageFixture.Valid(name);
        record.Department = department;
        record.TotalInvestment = 1000m + investment * 250m;
        if (department == "交通运输局")
        {
            record.Field = ProjectField.Transport;
            record.Facts.Clear();
        }
        return record;
    }
}
