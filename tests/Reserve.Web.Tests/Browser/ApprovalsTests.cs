using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Browser;

/// <summary>
/// 审批服务 as its users walk it: a clerk opens the approval record of a pre-work item from the project's page and
/// records its completion, then opens a joint review (多评合一) of two other items; a reviewer marks a holiday in
/// the working-day calendar and the due date of a record running over it moves a day.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ApprovalsTests(ReserveSite site, BrowserFixture browser)
{
    /// <summary>A 交通运输局 project (its list is a draft) whose pre-work list holds four items, none recorded yet.</summary>
    private async Task<string> ProjectWithPreWorkAsync()
    {
        using var clerk = await ReserveApi.SignInAsync(site, Demo.Clerk);
        var project = ReserveApi.MinimalProject(Demo.UniqueName("审批"), Demo.ClerkDepartment);
        project["preWork"] = new JsonArray(
            new JsonObject { ["item"] = "环评批复", ["status"] = "办理中" },
            new JsonObject { ["item"] = "节能审查", ["status"] = "办理中" },
            new JsonObject { ["item"] = "用地预审与选址意见书", ["status"] = "办理中" },
            new JsonObject { ["item"] = "施工许可", ["status"] = "未启动" });
        var response = await clerk.Http.PostAsJsonAsync("/api/projects", new { project });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return JsonNode.Parse(body)!["project"]!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task A_clerk_opens_a_record_from_the_project_page_completes_it_and_opens_a_joint_review_of_two_items()
    {
        var projectId = await ProjectWithPreWorkAsync();
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.Clerk);
        var page = clerk.Page;

        await clerk.GotoAsync($"/projects/{projectId}");
        var panel = page.Locator("#project-approvals");
        await panel.Locator("summary").ClickAsync();
        await page.FollowAsync(() => panel.Locator("tr[data-item='环评批复'] a:has-text('登记办理')").ClickAsync(), "**/approvals/new?**");
        await page.SelectOptionAsync("#approval-item", new SelectOptionValue { Label = "环评批复" });
        await page.SelectOptionAsync("#approval-limit", "statutory:eia-report");
        await page.FillAsync("#approval-applied", "2026-11-02");
        await page.FillAsync("input[name=Authority]", "市生态环境局");
        await page.CheckAsync("#approval-remote");
        await page.FollowAsync(() => page.ClickAsync("#save-approval"), new Regex(@"/approvals/\d+$"));
        // 报告书: 60 days from the day after 受理 (环境影响评价法 第二十二条) → 2027-01-01.
        Assert.Equal("2027年1月1日", await page.InnerTextAsync("#approval-due"));
        Assert.True(await page.Locator("#remote-badge").IsVisibleAsync());
        await page.FillAsync("#progress-completed", "2026-12-01");
        await page.FillAsync("#progress-doc", "市环审〔2026〕18号");
        await page.ClickAsync("#save-progress");
        await page.Locator("#approval-state", new() { HasTextString = "按时办结" }).WaitForAsync();
        Assert.Contains("修改", await page.InnerTextAsync("#approval-audit"));

        await clerk.GotoAsync($"/projects/{projectId}");
        await page.Locator("#project-approvals summary").ClickAsync();
        await page.FollowAsync(() => page.ClickAsync("#open-joint-review"), "**/approvals/joint/new?**");
        await page.SelectOptionAsync("#joint-kind", new SelectOptionValue { Label = "多评合一" });
        await page.FillAsync("#joint-form input[name=AppliedOn]", "2026-11-02");
        foreach (var (item, days) in new[] { ("节能审查", "15"), ("用地预审与选址意见书", "20") })
        {
            var row = page.Locator($"#joint-items tr[data-item='{item}']");
            await row.Locator("input[type=checkbox]").CheckAsync();
            await row.Locator("select[name^=limit-]").SelectOptionAsync("promised");
            await row.Locator("input[name^=days-]").FillAsync(days);
        }
        await page.CheckAsync("#joint-remote");
        await page.FollowAsync(() => page.ClickAsync("#save-joint"), new Regex(@"/approvals/joint/\d+$"));
        Assert.Equal(2, await page.Locator("#joint-items tbody tr").CountAsync());
        // The longer of the two: 20 working days from Monday 2026-11-02 (no holiday in November) → Monday 2026-11-30.
        Assert.Equal("2026年11月30日", await page.InnerTextAsync("#joint-due"));
        Assert.Contains("未核实", await page.InnerTextAsync("#joint-detail"));
        Assert.True(await page.Locator("#remote-badge").IsVisibleAsync());

        await clerk.GotoAsync($"/projects/{projectId}");
        var recorded = await page.Locator("#project-approvals tr[data-item] a[href^='/approvals/joint/']").CountAsync();
        Assert.Equal(2, recorded);
    }

    [Fact]
    public async Task The_list_finds_a_record_by_its_projects_code_with_the_search_box()
    {
        var projectId = await ProjectWithPreWorkAsync();
        using var clerkApi = await ReserveApi.SignInAsync(site, Demo.Clerk);
        var opened = await clerkApi.Http.PostAsJsonAsync("/api/approvals", new
        {
            projectId, item = "节能审查", appliedOn = "2026-11-09", basis = "承诺时限", limitDays = 5, counting = "工作日",
        });
        Assert.True(opened.StatusCode == System.Net.HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());

        await using var reviewer = await BrowserUser.SignedInAsync(browser, site, Demo.Reviewer);
        var page = reviewer.Page;
        await reviewer.GotoAsync("/approvals");
        await page.FillAsync("#approval-search", projectId);
        await page.FollowAsync(() => page.ClickAsync("form.filters button[type=submit]"), new Regex(@"/approvals\?.*q="));
        Assert.Equal(1, await page.Locator("#approval-list tbody tr").CountAsync());
        Assert.Contains("节能审查", await page.InnerTextAsync("#approval-list"));
        Assert.Equal(projectId, await page.InputValueAsync("#approval-search"));
    }

    [Fact]
    public async Task A_holiday_marked_in_the_calendar_moves_a_due_date_and_unmarking_it_moves_it_back()
    {
        var projectId = await ProjectWithPreWorkAsync();
        using var clerkApi = await ReserveApi.SignInAsync(site, Demo.Clerk);
        var opened = await clerkApi.Http.PostAsJsonAsync("/api/approvals", new
        {
            projectId, item = "节能审查", appliedOn = "2026-11-09", basis = "承诺时限", limitDays = 5, counting = "工作日",
        });
        var body = await opened.Content.ReadAsStringAsync();
        Assert.True(opened.StatusCode == System.Net.HttpStatusCode.Created, body);
        var record = JsonNode.Parse(body)!;
        var id = record["id"]!.GetValue<long>();
        // Monday 11-09 + 5 working days: 11-10 … 11-16 (Monday).
        Assert.Equal("2026-11-16", record["dueOn"]!.GetValue<string>());

        await using var reviewer = await BrowserUser.SignedInAsync(browser, site, Demo.Reviewer);
        var page = reviewer.Page;
        await reviewer.GotoAsync("/approvals/calendar?year=2026");
        Assert.Contains("国务院办公厅关于2026年部分节假日安排的通知", await page.InnerTextAsync("#calendar-notice"));
        Assert.Contains("调休上班", await page.InnerTextAsync("#day-2026-10-10"));
        await page.FillAsync("#calendar-date", "2026-11-11");
        await page.SelectOptionAsync("#calendar-kind", "放假");
        await page.FillAsync("#calendar-note", "测试假日");
        await page.ClickAsync("#calendar-save");
        await page.Locator("#day-2026-11-11", new() { HasTextString = "测试假日" }).WaitForAsync();

        await reviewer.GotoAsync($"/approvals/{id}");
        Assert.Equal("2026年11月17日", await page.InnerTextAsync("#approval-due"));

        await reviewer.GotoAsync("/approvals/calendar?year=2026");
        await page.Locator("#day-2026-11-11 button").ClickAsync();
        await page.Locator("#day-2026-11-11").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await reviewer.GotoAsync($"/approvals/{id}");
        Assert.Equal("2026年11月16日", await page.InnerTextAsync("#approval-due"));
    }
}
