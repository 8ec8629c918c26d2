using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reserve.Dispatch.Web.Tests;

/// <summary>
/// Who may do what on the dispatch routes of the running host: clerks see and report only their department's plan
/// projects, reviewers read everything and report nothing, city leaders read the dashboards, the 日报/周报/月报 are
/// for reviewers and leaders, and a report is refused per field and on a stale version.
/// </summary>
[Collection(DispatchSiteCollection.Name)]
public sealed class DispatchPermissionTests(DispatchSite site)
{
    [Fact]
    public async Task Anonymous_and_administrator_get_no_dispatch_data()
    {
        using var anonymous = await site.ClientAsync(null);
        using var admin = await site.ClientAsync("admin");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/dispatch/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/dispatch/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/dispatch/plan-projects")).StatusCode);
    }

    [Fact]
    public async Task A_clerk_sees_only_the_own_departments_plan_projects_whatever_the_query_names()
    {
        using var clerk = await site.ClientAsync("jtj");

        var own = await Departments(clerk, "/api/dispatch/plan-projects");
        var asked = await Departments(clerk, "/api/dispatch/plan-projects?department=住建局");

        Assert.NotEmpty(own);
        Assert.All(own, d => Assert.Equal("交通运输局", d));
        Assert.All(asked, d => Assert.Equal("交通运输局", d));
        using var missing = JsonDocument.Parse(await clerk.GetStringAsync("/api/dispatch/missing"));
        Assert.All(missing.RootElement.GetProperty("items").EnumerateArray(), i => Assert.Equal("交通运输局", i.GetProperty("department").GetString()));
        using var metrics = JsonDocument.Parse(await clerk.GetStringAsync("/api/dispatch/metrics"));
        Assert.Equal(["交通运输局"], metrics.RootElement.GetProperty("byDepartment").EnumerateArray().Select(d => d.GetProperty("group").GetString()));
        Assert.Equal(0, metrics.RootElement.GetProperty("byTier").GetArrayLength());
    }

    [Fact]
    public async Task A_clerk_can_neither_read_nor_report_another_departments_plan_project()
    {
        using var reviewer = await site.ClientAsync("fgw");
        using var clerk = await site.ClientAsync("jtj");
        var other = (await PlanIds(reviewer, p => p.GetProperty("department").GetString() != "交通运输局")).First();

        var read = await clerk.GetAsync($"/api/dispatch/plan-projects/{other}");
        var page = await clerk.GetAsync($"/dispatch/projects/{other}");
        var write = await clerk.PutAsJsonAsync($"/api/dispatch/plan-projects/{other}/reports/{Today:yyyy-MM-dd}", Edit(null, "越权填报"));

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Contains("无权查看其他部门的计划项目", await read.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task Reviewers_read_every_department_and_leaders_the_dashboards_but_neither_reports()
    {
        using var reviewer = await site.ClientAsync("fgw");
        using var leader = await site.ClientAsync("leader");
        var all = await Departments(reviewer, "/api/dispatch/plan-projects");
        var id = (await PlanIds(reviewer, _ => true)).First();

        Assert.True(all.Distinct().Count() > 1, "审核员应看到多个部门的计划项目");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/api/dispatch/plan-projects/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/api/dispatch/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/dispatch")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PutAsJsonAsync($"/api/dispatch/plan-projects/{id}/reports/{Today:yyyy-MM-dd}", Edit(null, "审核员填报"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PutAsJsonAsync($"/api/dispatch/plan-projects/{id}/reports/{Today:yyyy-MM-dd}", Edit(null, "领导填报"))).StatusCode);
    }

    [Theory]
    [InlineData("daily", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("weekly", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("monthly", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("monthly", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task Dispatch_reports_download_for_reviewers_and_leaders_but_not_for_clerks(string kind, string format, string contentType)
    {
        using var reviewer = await site.ClientAsync("fgw");
        using var leader = await site.ClientAsync("leader");
        using var clerk = await site.ClientAsync("jtj");
        var url = $"/api/dispatch/reports/{kind}?format={format}";

        var file = await reviewer.GetAsync(url);
        var bytes = await file.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(contentType, file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reviewer.GetAsync($"/api/dispatch/reports/{kind}?format=pdf")).StatusCode);
    }

    [Fact]
    public async Task A_clerks_report_is_refused_per_field_then_saved_then_refused_without_its_version()
    {
        using var clerk = await site.ClientAsync("jtj");
        var id = (await PlanIds(clerk, _ => true)).Last();
        var url = $"/api/dispatch/plan-projects/{id}/reports/{Today:yyyy-MM-dd}";
        using var detail = JsonDocument.Parse(await clerk.GetStringAsync($"/api/dispatch/plan-projects/{id}"));
        var existing = detail.RootElement.GetProperty("reports").EnumerateArray()
            .FirstOrDefault(r => DateOnly.Parse(r.GetProperty("report").GetProperty("periodStart").GetString()!) <= Today
                                 && DateOnly.Parse(r.GetProperty("report").GetProperty("periodEnd").GetString()!) >= Today);
        int? version = existing.ValueKind == JsonValueKind.Object ? existing.GetProperty("version").GetInt32() : null;
        var latest = detail.RootElement.GetProperty("reports").EnumerateArray()
            .Where(r => DateOnly.Parse(r.GetProperty("report").GetProperty("periodEnd").GetString()!) < Today)
            .Select(r => r.GetProperty("report")).OrderBy(r => r.GetProperty("periodStart").GetString()).LastOrDefault();

        var blank = await clerk.PutAsJsonAsync(url, Edit(version, "", latest));
        var saved = await clerk.PutAsJsonAsync(url, Edit(version, "接口测试：路基施工", latest));
        var again = await clerk.PutAsJsonAsync(url, Edit(version, "接口测试：旧版本覆盖", latest));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        using (var problems = JsonDocument.Parse(await blank.Content.ReadAsStringAsync()))
        {
            Assert.Contains(problems.RootElement.GetProperty("problems").EnumerateArray(), p => p.GetProperty("field").GetString() == "形象进度");
        }
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using (var conflict = JsonDocument.Parse(await again.Content.ReadAsStringAsync()))
        {
            Assert.Contains("覆盖", conflict.RootElement.GetProperty("error").GetString());
        }
        using var after = JsonDocument.Parse(await clerk.GetStringAsync($"/api/dispatch/plan-projects/{id}"));
        Assert.Contains(after.RootElement.GetProperty("reports").EnumerateArray(), r => r.GetProperty("report").GetProperty("progressText").GetString() == "接口测试：路基施工");
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    /// <summary>A report that continues the latest earlier one (status, start date, running total), nothing spent this period.</summary>
    private static object Edit(int? version, string progress, JsonElement latest = default)
    {
        var has = latest.ValueKind == JsonValueKind.Object;
        return new
        {
            version,
            report = new
            {
                status = has ? latest.GetProperty("status").GetString() : "NotStarted",
                startedOn = has && latest.GetProperty("startedOn").ValueKind == JsonValueKind.String ? latest.GetProperty("startedOn").GetString() : null,
                investmentThisPeriod = 0m,
                investmentCumulative = has ? latest.GetProperty("investmentCumulative").GetDecimal() : 0m,
                progressText = progress,
                progressPercent = has ? latest.GetProperty("progressPercent").GetDecimal() : 0m,
                workers = 0,
            },
        };
    }

    private static async Task<List<string>> Departments(HttpClient http, string url)
    {
        using var list = JsonDocument.Parse(await http.GetStringAsync(url));
        return list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("project").GetProperty("department").GetString()!).ToList();
    }

    private static async Task<List<long>> PlanIds(HttpClient http, Func<JsonElement, bool> where)
    {
        using var list = JsonDocument.Parse(await http.GetStringAsync("/api/dispatch/plan-projects"));
        return list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("project")).Where(where).Select(p => p.GetProperty("id").GetInt64()).ToList();
    }
}
