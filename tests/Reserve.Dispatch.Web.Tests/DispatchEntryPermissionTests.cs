using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;

namespace Reserve.Dispatch.Web.Tests;

/// <summary>
/// Department isolation on every route that enters dispatch data: plan projects, start plans, the report import and
/// its template, targets — over the API and on the pages.
/// </summary>
[Collection(DispatchSiteCollection.Name)]
public sealed class DispatchEntryPermissionTests(DispatchSite site)
{
    [Fact]
    public async Task A_clerk_cannot_edit_another_departments_plan_project_or_start_plan_by_api_or_page()
    {
        using var reviewer = await site.ClientAsync("fgw");
        using var clerk = await site.ClientAsync("jtj");
        var other = (await Plans(reviewer)).First(p => p.GetProperty("department").GetString() != "交通运输局");
        var id = other.GetProperty("id").GetInt64();

        var put = await clerk.PutAsJsonAsync($"/api/dispatch/plan-projects/{id}", new { version = 1, project = other });
        var start = await clerk.PutAsJsonAsync($"/api/dispatch/plan-projects/{id}/start-plan", new { startPlan = new { cause = "越权", measures = "越权", milestones = new[] { new { name = "开工", dueDate = "2026-12-31" } } } });
        var editPage = await clerk.GetAsync($"/dispatch/plan-projects/edit/{id}");
        var startPage = await clerk.GetAsync($"/dispatch/projects/{id}/start-plan");

        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal("无权查看其他部门的计划项目", await ErrorOf(put));
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, startPage.StatusCode);
    }

    [Fact]
    public async Task A_clerks_new_plan_project_is_the_own_departments_and_may_not_take_another_departments_reserve_project()
    {
        using var reviewer = await site.ClientAsync("fgw");
        using var clerk = await site.ClientAsync("jtj");
        using var leader = await site.ClientAsync("leader");
        var foreign = (await Plans(reviewer)).First(p => p.GetProperty("department").GetString() != "交通运输局" && p.GetProperty("reserveProjectId").GetString() != "");
        var name = "接口测试新列项目" + Guid.NewGuid().ToString("N")[..6];
        object Project(string reserveId) => new
        {
            project = new
            {
                year = Today.Year, reserveProjectId = reserveId, name, department = "住建局", ownerUnit = "嘉峪关市测试建设有限公司", leader = "市领导（演示）",
                tier = "MunicipalAnnual", kind = "Prepared", annualPlanInvestment = 0m,
            },
        };

        var taken = await clerk.PostAsJsonAsync("/api/dispatch/plan-projects", Project(foreign.GetProperty("reserveProjectId").GetString()!));
        var created = await clerk.PostAsJsonAsync("/api/dispatch/plan-projects", Project(""));
        var byLeader = await leader.PostAsJsonAsync("/api/dispatch/plan-projects", Project(""));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Contains($"属于{foreign.GetProperty("department").GetString()}，不能列入本部门的计划", await taken.Content.ReadAsStringAsync().ContinueWith(t => Unescape(t.Result)));
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.Equal("交通运输局", body.RootElement.GetProperty("project").GetProperty("department").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byLeader.StatusCode);
    }

    [Fact]
    public async Task Only_clerks_import_reports_only_their_departments_and_the_template_lists_only_their_projects()
    {
        using var reviewer = await site.ClientAsync("fgw");
        using var clerk = await site.ClientAsync("jtj");
        var foreign = (await Plans(reviewer)).First(p => p.GetProperty("department").GetString() != "交通运输局");
        var own = (await Plans(clerk)).Select(p => p.GetProperty("name").GetString()).ToHashSet();
        using var sheet = new MemoryStream();
        MiniExcel.SaveAs(sheet, new[]
        {
            new Dictionary<string, object>
            {
                ["项目名称或储备编号"] = foreign.GetProperty("name").GetString()!, ["报告期"] = $"{Today.Year}-01-15", ["本期完成投资（万元）"] = 0, ["本年累计完成投资（万元）"] = 0,
                ["形象进度"] = "越权导入", ["建设状态"] = "未开工",
            },
        });

        var byReviewer = await reviewer.PostAsync("/api/dispatch/reports/import", Upload(sheet.ToArray()));
        var preview = await clerk.PostAsync("/api/dispatch/reports/import", Upload(sheet.ToArray()));
        var stored = await clerk.PostAsync("/api/dispatch/reports/import?mode=all", Upload(sheet.ToArray()));
        var template = await clerk.GetByteArrayAsync("/api/dispatch/reports/import/template");
        var templateRows = await clerk.PostAsync("/api/dispatch/reports/import", Upload(template));
        var importPage = await reviewer.GetAsync("/dispatch/import");

        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        // A page the role may not open sends the browser to the 403 page.
        Assert.Equal(HttpStatusCode.Found, importPage.StatusCode);
        Assert.StartsWith("/status/403", importPage.Headers.Location!.OriginalString.Replace(site.BaseAddress.ToString().TrimEnd('/'), "", StringComparison.Ordinal));
        Assert.Contains("不是本部门的计划项目", Unescape(await preview.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stored.StatusCode);
        using var rows = JsonDocument.Parse(await templateRows.Content.ReadAsStringAsync());
        var projects = rows.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("project").GetString()).ToList();
        Assert.NotEmpty(projects);
        Assert.All(projects, p => Assert.Contains(p, own));
    }

    [Fact]
    public async Task Only_reviewers_set_targets_and_a_stale_version_is_refused()
    {
        using var reviewer = await site.ClientAsync("fgw");
        using var clerk = await site.ClientAsync("jtj");
        using var leader = await site.ClientAsync("leader");
        var year = Today.Year + 1;
        var body = (int? version, decimal growth) => new { version, target = new { growthPercent = growth, basis = "接口测试" } };

        var byClerk = await clerk.PutAsJsonAsync($"/api/dispatch/targets/{year}", body(null, 7m));
        var byLeader = await leader.PutAsJsonAsync($"/api/dispatch/targets/{year}", body(null, 7m));
        var first = await reviewer.PutAsJsonAsync($"/api/dispatch/targets/{year}", body(null, 7m));
        var second = await reviewer.PutAsJsonAsync($"/api/dispatch/targets/{year}", body(1, 8m));
        var stale = await reviewer.PutAsJsonAsync($"/api/dispatch/targets/{year}", body(1, 9m));
        var read = await clerk.GetStringAsync($"/api/dispatch/targets/{year}");
        var page = await clerk.PostAsync("/dispatch/targets", new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Growth"] = "1" }));

        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byLeader.StatusCode);
        Assert.True(first.IsSuccessStatusCode, await first.Content.ReadAsStringAsync());
        Assert.True(second.IsSuccessStatusCode, await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("\"growthPercent\":8", read);
        // A form post without the anti-forgery token is refused before anything is read.
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    [Fact]
    public async Task The_demo_leader_is_the_包抓领导_of_demo_plan_projects_and_may_be_chosen_on_the_form()
    {
        using var leader = await site.ClientAsync("leader");
        using var clerk = await site.ClientAsync("jtj");

        using var list = JsonDocument.Parse(await leader.GetStringAsync("/api/dispatch/plan-projects?leader=" + Uri.EscapeDataString("市领导（演示）")));
        var form = await clerk.GetStringAsync("/dispatch/plan-projects/edit");

        Assert.True(list.RootElement.GetProperty("total").GetInt32() > 0);
        Assert.Contains("<option value=\"市领导（演示）\"", form);
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    private static async Task<string?> ErrorOf(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetString();
    }

    /// <summary>The JSON text with \uXXXX escapes read back, so Chinese messages can be searched.</summary>
    private static string Unescape(string json) => System.Text.RegularExpressions.Regex.Unescape(json);

    private static MultipartFormDataContent Upload(byte[] content) => new() { { new ByteArrayContent(content), "file", "reports.xlsx" } };

    private static async Task<List<JsonElement>> Plans(HttpClient http)
    {
        using var list = JsonDocument.Parse(await http.GetStringAsync("/api/dispatch/plan-projects"));
        return list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("project").Clone()).ToList();
    }
}
