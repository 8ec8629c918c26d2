using Reserve.Web.Tests.Browser;
using MiniExcelLibs;
using Microsoft.Playwright;

namespace Reserve.Dispatch.Web.Tests;

/// <summary>
/// Entering dispatch data in a real browser: a clerk makes a plan project from a reserve project (and sees the link
/// both ways), files an overdue week late (补报), imports reports from XLSX with one bad row (previewed, nothing
/// stored until confirmed); a reviewer sets the 80% 开复工率 target and sees the gap on the dashboard.
/// </summary>
[Collection(DispatchSiteCollection.Name)]
public sealed class DispatchEntryBrowserTests(DispatchSite site) : IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    [Fact]
    public async Task A_clerk_makes_a_plan_project_from_a_reserve_project_files_an_overdue_week_and_imports_reports()
    {
        var page = await SignInAsync("jtj");
        var reserveId = await ReserveProjectNotOnThePlanAsync(page);
        await page.ClickAsync("#make-plan");
        await page.WaitForSelectorAsync("#plan-form");
        Assert.Equal(reserveId, await page.InputValueAsync("[name='Form.ReserveProjectId']"));
        Assert.Equal("交通运输局", await page.InputValueAsync("[name='Form.Department']"));

        // A figure that is not one comes back beside its field, nothing saved.
        await page.SelectOptionAsync("#plan-tier", "ProvincialKeyInvestment");
        await page.SelectOptionAsync("[name='Form.Kind']", "NewStart");
        await page.SelectOptionAsync("#plan-leader", new SelectOptionValue { Index = 1 });
        await page.FillAsync("[name='Form.AnnualPlanInvestment']", "三千");
        await page.FillAsync("[name='Form.PlannedStart']", $"{Today.Year}-12-28");
        if (await page.InputValueAsync("[name='Form.OwnerUnit']") == "")
        {
            await page.FillAsync("[name='Form.OwnerUnit']", "嘉峪关市交通建设投资有限公司");
        }
        await page.ClickAsync("#save-plan");
        await page.WaitForSelectorAsync("#form-error");
        Assert.Contains("不是数字", await page.Locator(".field-error[data-field='年度计划投资']").InnerTextAsync());

        await page.FillAsync("[name='Form.AnnualPlanInvestment']", "3000");
        await page.ClickAsync("#save-plan");
        await page.WaitForSelectorAsync(".flash.ok");
        Assert.Contains("周调度", await page.Locator(".flash.ok").InnerTextAsync());
        Assert.Equal(reserveId, await page.Locator("#reserve-link").InnerTextAsync());
        var planUrl = page.Url;

        // The overdue weeks are offered; the latest is filed late and marked 补报.
        var overdue = page.Locator("#unreported a").First;
        var week = await overdue.GetAttributeAsync("href");
        await overdue.ClickAsync();
        await page.WaitForSelectorAsync("#late-badge");
        await page.FillAsync("[name='Form.ProgressText']", "浏览器测试：补报上周前期工作");
        await page.ClickAsync("#save-report");
        await page.WaitForSelectorAsync(".flash.ok");
        Assert.Contains("补报", await page.Locator(".flash.ok").InnerTextAsync());
        Assert.Contains("补报", await page.Locator("#report-list tbody tr", new() { HasTextString = "浏览器测试：补报上周" }).InnerTextAsync());

        // Import: one good row (two weeks earlier) and one bad (本期完成投资 not a number). The preview names the bad cell and stores nothing.
        var filed = DateOnly.Parse(week!.Split('=')[1]);
        var file = Path.Combine(Path.GetTempPath(), $"dispatch-import-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(file, new[]
        {
            Row(reserveId, filed.AddDays(-14), 0, 0),
            Row(reserveId, filed.AddDays(-7), "一百", 0),
        });
        await page.GotoAsync(site.BaseAddress + "dispatch/import");
        await page.SetInputFilesAsync("#import-file", file);
        await page.ClickAsync("#import-preview");
        await page.WaitForSelectorAsync("#import-summary");
        Assert.Equal("1", await page.InnerTextAsync("#valid-count"));
        Assert.Equal("1", await page.InnerTextAsync("#invalid-count"));
        Assert.Contains("第3行C列（本期完成投资（万元））：“一百”不是数字", await page.Locator("#import-rows tr[data-row='3']").InnerTextAsync());
        Assert.Equal(1, await ReportCountAsync(page, planUrl));

        await page.ClickAsync("#import-valid");
        await page.WaitForSelectorAsync(".flash.ok");
        Assert.Contains("已导入 1 期调度报告；有问题的 1 行未导入", await page.Locator(".flash.ok").InnerTextAsync());
        await page.GotoAsync(planUrl);
        Assert.Equal(2, await page.Locator("#report-list tbody tr").CountAsync());

        // The reserve project links back to its plan project.
        await page.GotoAsync(site.BaseAddress + "projects/" + reserveId);
        Assert.Equal(planUrl, site.BaseAddress + (await page.Locator("#plan-links a").First.GetAttributeAsync("href"))!.TrimStart('/'));
        File.Delete(file);
    }

    [Fact]
    public async Task A_reviewer_sets_the_start_rate_target_and_sees_the_gap_on_the_dashboard()
    {
        var page = await SignInAsync("fgw");
        await page.GotoAsync(site.BaseAddress + "dispatch/targets");
        await page.FillAsync("[name='Form.StartOrResumeRate']", "80");
        await page.FillAsync("[name='Form.StartOrResumeBy']", "");
        await page.ClickAsync("#save-targets");
        await page.WaitForSelectorAsync("#form-error");
        Assert.Contains("须同时填写达到目标的日期", await page.Locator("#form-error").InnerTextAsync());

        await page.FillAsync("[name='Form.StartOrResumeBy']", $"{Today.Year}-09-30");
        await page.FillAsync("[name='Form.Growth']", "8");
        await page.ClickAsync("#save-targets");
        await page.WaitForSelectorAsync(".flash.ok");

        await page.GotoAsync(site.BaseAddress + "dispatch");
        var card = await page.Locator("#dashboard-targets").InnerTextAsync();
        Assert.Contains("目标 80.0%（" + Today.Year + "年9月30日前）", card);
        Assert.Matches("^(低于目标\\d+\\.\\d个百分点|高于目标\\d+\\.\\d个百分点|已达目标)$", await page.InnerTextAsync("#dashboard-start-gap"));
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    /// <summary>How many reports the plan project has, read through the API with the page's own sign-in.</summary>
    private static async Task<int> ReportCountAsync(IPage page, string planUrl)
    {
        var id = planUrl[(planUrl.LastIndexOf('/') + 1)..];
        var response = await page.Context.APIRequest.GetAsync(new Uri(new Uri(page.Url), "/api/dispatch/plan-projects/" + id).ToString());
        using var json = System.Text.Json.JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("reports").GetArrayLength();
    }

    private static Dictionary<string, object> Row(string project, DateOnly period, object thisPeriod, object cumulative) => new()
    {
        ["项目名称或储备编号"] = project, ["报告期"] = period.ToString("yyyy-MM-dd"), ["本期完成投资（万元）"] = thisPeriod, ["本年累计完成投资（万元）"] = cumulative,
        ["形象进度"] = "浏览器测试：导入的前期工作", ["建设状态"] = "未开工",
    };

    /// <summary>Opens the department's reserve projects one by one until one offers 列入年度计划; returns its id.</summary>
    private async Task<string> ReserveProjectNotOnThePlanAsync(IPage page)
    {
        await page.GotoAsync(site.BaseAddress + "projects");
        var links = await page.Locator("#project-list tbody tr a[href^='/projects/']").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        foreach (var href in links.Distinct().Where(h => !h.EndsWith("/edit", StringComparison.Ordinal)))
        {
            await page.GotoAsync(site.BaseAddress + href.TrimStart('/'));
            if (await page.Locator("#make-plan").CountAsync() > 0)
            {
                return href["/projects/".Length..];
            }
        }
        throw new InvalidOperationException("交通运输局没有未列入年度计划的储备项目");
    }

    private async Task<IPage> SignInAsync(string login)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(site.BaseAddress + "login");
        await page.FillAsync("[name=Login]", login);
        await page.FillAsync("[name=Password]", DispatchSite.Password);
        await page.FollowAsync(() => page.ClickAsync("form button[type=submit]"), url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }
}
