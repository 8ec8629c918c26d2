using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reserve.Persistence;
using Reserve.Projects.Interchange;
using Reserve.Projects.Storage;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Projects.Tests;

/// <summary>
/// GET /api/projects's fast path — the page's rows read as stored, the six JSON columns copied into the answer as their
/// stored text, nothing parsed — writes exactly the bytes the records read by the reserve and serialised with the interchange
/// options wrote: for records with awkward text (quotes, back-slashes, control characters, emoji, line separators, Chinese),
/// odd decimal scales, every kind of fact, absent values and an empty or absent negative list, for every order, filter,
/// department (a clerk's list) and page, on both providers.
/// </summary>
public sealed class PageJsonEquivalenceTests
{
    private static readonly string[] Departments = ["住建局", "交通运输局", "教育局"];

    [Fact]
    public void The_row_writer_writes_every_property_of_the_record_in_the_serialisers_order()
    {
        var written = JsonDocument.Parse(ProjectJson.Serialize(InterchangeFixtures.FullRecord())).RootElement.EnumerateObject().Select(p => p.Name).ToList();
        var properties = typeof(ProjectRecord).GetProperties().Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null).Select(p => p.Name);

        // The full record sets every property, so the serialiser wrote them all.
        Assert.Equal(properties.Select(JsonNamingPolicy.CamelCase.ConvertName), written);
        Assert.Equal(written, ProjectRowJson.Names);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Every_order_filter_department_and_page_writes_the_bytes_the_serialised_records_wrote(DatabaseProvider provider)
    {
        await using var store = await SeededAsync(provider);
        var queries = new List<ProjectQuery>();
        foreach (var sort in Enum.GetValues<ProjectSort>())
        {
            queries.Add(new ProjectQuery(Sort: sort));
            queries.Add(new ProjectQuery(Sort: sort, Descending: true));
            // A department clerk's list: the endpoint names the clerk's department whatever the query asked.
            queries.Add(new ProjectQuery(Department: "住建局", Sort: sort, Descending: sort == ProjectSort.Name));
        }
        queries.Add(new ProjectQuery(Search: "改造", Sort: ProjectSort.Relevance));
        queries.Add(new ProjectQuery(Department: "教育局", Search: "学校"));
        queries.Add(new ProjectQuery(Field: "交通", Sort: ProjectSort.TotalInvestment, Descending: true));
        queries.Add(new ProjectQuery(Stage: "前期") { PlanYear = 2027 });
        queries.Add(new ProjectQuery { Withdrawn = true });
        queries.Add(new ProjectQuery(Department: "不存在的部门"));
        foreach (var query in queries)
        {
            foreach (var (skip, take) in new[] { (0, 50), (7, 10), (0, 500), (1000, 10) })
            {
                await AssertSameAsync(store.Reserve, query with { Skip = skip, Take = take });
            }
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_kept_page_follows_a_save_a_withdrawal_and_a_restore(DatabaseProvider provider)
    {
        await using var store = await SeededAsync(provider);
        var queries = new[] { new ProjectQuery(Sort: ProjectSort.UpdatedAt, Descending: true), new ProjectQuery(Department: "住建局", Search: "改造", Sort: ProjectSort.Relevance) };
        var kept = await store.Reserve.PageJsonAsync(queries[0]);
        // Nothing changed: the same page is answered again.
        Assert.Same(kept, await store.Reserve.PageJsonAsync(queries[0]));

        store.Clock.Now = store.Clock.Now.AddMinutes(5);
        var saved = await store.Reserve.SaveAsync(StorageFixture.Valid("峪泉镇老旧小区综合改造工程"), null, "填报员");
        Assert.True(saved.Saved is not null, saved.Conflict);
        foreach (var query in queries)
        {
            await AssertSameAsync(store.Reserve, query);
        }
        Assert.Equal(saved.Saved!.Record.Id, JsonDocument.Parse(await AnswerAsync(await store.Reserve.PageJsonAsync(queries[0])))
            .RootElement.GetProperty("items")[0].GetProperty("project").GetProperty("id").GetString());

        var withdrawn = await store.Reserve.WithdrawAsync(saved.Saved.Record.Id!, saved.Saved.Version, "重复申报", "填报员");
        Assert.True(withdrawn.Saved is not null, withdrawn.Conflict);
        foreach (var query in queries)
        {
            await AssertSameAsync(store.Reserve, query);
            await AssertSameAsync(store.Reserve, query with { Withdrawn = true });
        }
        await store.Reserve.RestoreAsync(saved.Saved.Record.Id!, withdrawn.Saved!.Version, "填报员");
        foreach (var query in queries)
        {
            await AssertSameAsync(store.Reserve, query);
        }
    }

    [Fact]
    public async Task Records_already_read_are_written_through_the_serialiser_in_the_same_envelope()
    {
        // What a stand-in of the reserve without the fast path answers (the interface's default).
        await using var store = await SeededAsync(DatabaseProvider.Sqlite);
        var query = new ProjectQuery(Take: 500);
        var read = await store.Reserve.PageAsync(query);
        var page = new ProjectPage<ProjectJsonItem>(read.Total, read.Items.Select(ProjectJsonItem.Of).ToList());

        Assert.Equal(await OldAnswerAsync(store.Reserve, query), await AnswerAsync(page));
    }

    /// <summary>The old answer: the page's records read into objects and serialised in the endpoint's envelope.</summary>
    private static async Task<string> OldAnswerAsync(IProjectReserve reserve, ProjectQuery query)
    {
        var page = await reserve.PageAsync(query);
        return JsonSerializer.Serialize(new { total = page.Total, items = page.Items.Select(i => new { i.Version, project = i.Record }) }, ProjectJson.Options);
    }

    private static async Task<string> AnswerAsync(ProjectPage<ProjectJsonItem> page)
    {
        using var body = new MemoryStream();
        await ProjectPageJson.WriteAsync(page, body);
        return Encoding.UTF8.GetString(body.ToArray());
    }

    private static async Task AssertSameAsync(IProjectReserve reserve, ProjectQuery query)
    {
        var expected = await OldAnswerAsync(reserve, query);
        var actual = await AnswerAsync(await reserve.PageJsonAsync(query));
        Assert.True(expected == actual, $"{query}:\nold {expected}\nnew {actual}");
    }

    /// <summary>
    /// 60 ordinary projects imported (three departments, two fields, every stage), a few withdrawn, and 12 awkward records
    /// written straight to the table (no validation stands between them and storage, as with data from earlier versions).
    /// </summary>
    private static async Task<StorageFixture> SeededAsync(DatabaseProvider provider)
    {
        var store = await StorageFixture.CreateAsync(provider);
        var stages = Enum.GetValues<ProjectStage>();
        var records = new List<ProjectRecord>();
        for (var n = 0; n < 60; n++)
        {
            var record = StorageFixture.Valid($"{(n % 2 == 0 ? "雄关区老旧小区改造" : "镜铁区学校建设")}项目{n}");
            record.Department = Departments[n % 3];
            record.Field = n % 3 == 1 ? ProjectField.Transport : ProjectField.OldResidentialCommunities;
            record.Stage = stages[n % stages.Length];
            record.PlannedStart = n % 6 == 0 ? null : new DateOnly(2026 + n % 3, 1 + n % 12, 1);
            record.TotalInvestment = 1000m + n % 7 * 250.5m;
            if (record.Field == ProjectField.Transport)
            {
                record.Facts.Clear();
            }
            records.Add(record);
        }
        var imported = await store.Reserve.ImportAsync(records, "导入员");
        Assert.True(imported.Succeeded, string.Join("；", imported.Problems));
        foreach (var stored in (await store.Reserve.ListAsync(new ProjectQuery(Take: 1000))).Where((_, i) => i % 13 == 4))
        {
            await store.Reserve.WithdrawAsync(stored.Record.Id!, stored.Version, "不再实施", "填报员");
        }
        await using var db = await store.Contexts.CreateDbContextAsync();
        for (var n = 0; n < 12; n++)
        {
            ProjectWrites.Add(db, Awkward(n), "迁移", store.Clock.GetUtcNow().UtcDateTime);
        }
        await db.SaveChangesAsync();
        return store;
    }

    /// <summary>A full record, its text and amounts as awkward as the interchange allows, some values absent.</summary>
    private static ProjectRecord Awkward(int n)
    {
        var record = InterchangeFixtures.FullRecord();
        record.Id = $"2025-9{n:D3}";
        record.Department = Departments[n % 3];
        record.Name = n switch
        {
            1 => "含\"双引号\"与\\反斜杠的项目",
            2 => "换行\n制表\t回车\r控制\u0001字符",
            3 => "<script>alert('x')&amp;</script>",
            4 => "表情😀与补充平面𠀀字",
            5 => "行分隔\u2028段分隔\u2029不换行\u00a0空格",
            _ => $"嘉峪关市老旧小区改造（第{n}批）",
        };
        record.Unit = "某市“城投”公司\\分公司";
        record.Scale = "改造小区12个，涉及居民1860户；\"面积\"15.6万㎡ \u0007";
        record.Leader = n % 4 == 3 ? null : "王副市长";
        record.TotalInvestment = n % 2 == 0 ? 3200.0000m : 0.0001m;
        record.LandArea = n % 3 == 0 ? 35.50m : null;
        record.Equity = 99999999999999.9999m;
        record.CoverageRatio = n % 2 == 0 ? 1.2500m : null;
        record.DebtService = 0m;
        record.CompletedInvestment = n % 5 == 0 ? null : 1500.5000m;
        record.PlannedStart = new DateOnly(2026 + n % 3, 2, 28);
        record.ActualStart = n % 2 == 0 ? null : new DateOnly(2027, 1, 1);
        record.ProjectType = n % 4 == 1 ? null : ProjectType.Filing;
        record.Stage = Enum.GetValues<ProjectStage>()[n % Enum.GetValues<ProjectStage>().Length];
        record.Dishonest = n % 3 == 0 ? null : n % 2 == 0;
        record.NegativeList = (n % 3) switch { 0 => [], 1 => null, _ => [NegativeListItem.OfficeBuildings, NegativeListItem.MarketBalanced] };
        record.Tags = n % 2 == 0 ? ["新型城镇化", "含\"引号\"的标签"] : [];
        record.FundingSources.Add(new FundingSourceLine { Source = FundingSourceKind.SpecialBonds, Planned = 3000.10m, Arrived = 0.0m });
        record.Facts = new Dictionary<string, FactValue>(StringComparer.Ordinal)
        {
            ["builtYear"] = FactValue.Of(1998),
            ["ratio"] = FactValue.Of(1.250m),
            ["big"] = FactValue.Of(12345678901234567.89m),
            ["flag"] = FactValue.Of(n % 2 == 0),
            ["note"] = FactValue.Of("含“引号”与\\反斜杠 <b>\n😀"),
            ["on"] = FactValue.Of(new DateOnly(2027, 1, 31)),
            ["dateLike"] = FactValue.Of("2027-02"),
            ["中文键"] = FactValue.Choice("完善类"),
        };
        return record;
    }
}
