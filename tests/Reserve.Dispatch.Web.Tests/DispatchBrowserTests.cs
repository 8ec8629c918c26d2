using Microsoft.Playwright;
using Reserve.Web.Tests.Browser;
using Xunit.Abstractions;

namespace Reserve.Dispatch.Web.Tests;

/// <summary>
/// The dispatch pages in a real browser (the system Chromium, driven by Playwright): a clerk enters a period report
/// through the form and sees it listed; a reviewer reads the dashboard with its charts drawn, and a full-page
/// screenshot is saved (its path is printed in the test output).
/// </summary>
[Collection(DispatchSiteCollection.Name)]
public sealed class DispatchBrowserTests(DispatchSite site, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
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
    public async Task A_clerk_enters_the_period_report_through_the_form_and_sees_it_listed()
    {
        var page = await SignInAsync("jtj");
        await page.GotoAsync(site.BaseAddress + "dispatch/projects");
        var rows = page.Locator("#plan-list tbody tr a");
        Assert.True(await rows.CountAsync() > 0, "交通运输局应至少有一个计划项目");
        Assert.Equal(await page.Locator("#plan-list tbody tr").CountAsync(), await page.Locator("#plan-list tbody tr td:nth-child(3)", new() { HasTextString = "交通运输局" }).CountAsync());
        await rows.First.ClickAsync();
        await page.WaitForSelectorAsync("#report-form");

        // First a wrong figure: the message appears beside its field and nothing is saved.
        await page.FillAsync("[name='Form.Workers']", "很多");
        await page.ClickAsync("#save-report");
        await page.WaitForSelectorAsync("#form-error");
        Assert.Contains("不是整数", await page.Locator(".field-error[data-field='用工人数']").InnerTextAsync());

        var progress = "浏览器测试：主体结构施工 " + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("[name='Form.Workers']", "42");
        await page.FillAsync("[name='Form.ProgressText']", progress);
        await page.ClickAsync("#save-report");
        await page.WaitForSelectorAsync(".flash.ok");

        Assert.Contains("已保存", await page.Locator(".flash.ok").InnerTextAsync());
        var listed = page.Locator("#report-list tbody tr", new() { HasTextString = progress });
        Assert.Equal(1, await listed.CountAsync());
        Assert.Contains("王建军（交通运输局）", await listed.InnerTextAsync());
    }

    [Fact]
    public async Task Two_clerks_saving_the_same_report_get_the_conflict_message_and_nothing_is_overwritten()
    {
        var first = await SignInAsync("jtj");
        var second = await SignInAsync("jtj2");
        await first.GotoAsync(site.BaseAddress + "dispatch/projects");
        var rows = first.Locator("#plan-list tbody tr a");
        // Another plan project than the report-entry test uses (the list's first), so the two tests stay independent.
        var href = await rows.Nth(await rows.CountAsync() > 1 ? 1 : 0).GetAttributeAsync("href");
        await first.GotoAsync(site.BaseAddress + href!.TrimStart('/'));
        await second.GotoAsync(site.BaseAddress + href.TrimStart('/'));

        await first.FillAsync("[name='Form.ProgressText']", "王建军保存的形象进度");
        await first.ClickAsync("#save-report");
        await first.WaitForSelectorAsync(".flash.ok");
        await second.FillAsync("[name='Form.ProgressText']", "何丽萍晚一步保存的形象进度");
        await second.ClickAsync("#save-report");
        await second.WaitForSelectorAsync("#form-error");

        Assert.Contains("请刷新页面", await second.Locator("#form-error").InnerTextAsync());
        Assert.Equal("何丽萍晚一步保存的形象进度", await second.InputValueAsync("[name='Form.ProgressText']"));
        await first.ReloadAsync();
        Assert.Equal(1, await first.Locator("#report-list tbody tr", new() { HasTextString = "王建军保存的形象进度" }).CountAsync());
        Assert.Equal(0, await first.Locator("#report-list tbody tr", new() { HasTextString = "何丽萍晚一步" }).CountAsync());
    }

    [Fact]
    public async Task A_reviewer_reads_the_dispatch_dashboard_with_its_charts_drawn()
    {
        var page = await SignInAsync("fgw");
        await page.GotoAsync(site.BaseAddress + "dispatch");
        await page.WaitForSelectorAsync(".dispatch-chart[data-rendered=true]");

        Assert.Equal(3, await page.Locator(".dispatch-chart[data-rendered=true]").CountAsync());
        Assert.Equal(8, await page.Locator("#dispatch-kpis .kpi").CountAsync());
        Assert.Contains("已开工的新开工项目数", await page.Locator("#dispatch-kpis").InnerTextAsync());
        Assert.True(await page.Locator("#missing-by-department tbody tr").CountAsync() > 1);
        Assert.Equal(6, await page.Locator("#report-downloads a").CountAsync());
        Assert.Contains("项目调度", await page.Locator("header nav").InnerTextAsync());

        var shot = Path.Combine(Path.GetTempPath(), $"dispatch-dashboard-{DateTime.Now:yyyyMMdd-HHmmss}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000);
        output.WriteLine($"调度看板截图：{Path.GetFullPath(shot)}");
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
