using Microsoft.Playwright;
using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Browser;

/// <summary>
/// A leader reads the dashboards on a phone (390 px wide) and a reviewer prints the reserve: the page keeps to the
/// screen's width (wide tables scroll inside their box), the navigation stays one line, and paper carries what is
/// read — no navigation, buttons or forms, and the collapsed reasons opened.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PhoneAndPrintTests(ReserveSite site, BrowserFixture browser)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Theory]
    [InlineData("/")]
    [InlineData("/projects")]
    [InlineData("/summary")]
    [InlineData("/dispatch")]
    [InlineData("/promotion")]
    [InlineData("/approvals")]
    public async Task On_a_phone_the_page_keeps_to_the_screen_and_the_navigation_to_one_line(string path)
    {
        await using var leader = await BrowserUser.SignedInAsync(browser, site, Demo.Leader, Phone);
        await leader.GotoAsync(path);
        var page = leader.Page;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // Wider than the window's inside (the screen less any scrollbar): the whole page would need dragging sideways.
        var (width, inside) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        if (width > inside)
        {
            // Name what sticks out, so that the failure says where to look.
            var wide = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)
                      .filter(e => { for (let a = e.parentElement; a; a = a.parentElement) { if (/(auto|scroll|hidden)/.test(getComputedStyle(a).overflowX)) return false; } return true; })
                      .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '') + ' ' + Math.round(e.getBoundingClientRect().right))
                """);
            Assert.Fail($"{path} 在 390 像素宽的手机上宽 {width} 像素（可见宽度 {inside}），需横向拖动整页；超出的元素：{string.Join("，", wide)}");
        }
        var nav = page.Locator("header nav");
        var links = await nav.Locator("a").CountAsync();
        Assert.True(links >= 3, $"{path} 的导航只有 {links} 个链接");
        var box = await nav.BoundingBoxAsync() ?? throw new InvalidOperationException("no navigation box");
        Assert.True(box.Height < 48, $"{path} 的导航高 {box.Height} 像素：链接被折成多行");
        var firstLink = await nav.Locator("a").First.BoundingBoxAsync() ?? throw new InvalidOperationException("no link box");
        Assert.True(firstLink.Width > firstLink.Height, $"{path} 的导航链接被挤成竖排（宽 {firstLink.Width}，高 {firstLink.Height}）");
    }

    [Fact]
    public async Task Printed_a_project_page_shows_its_reasons_and_none_of_the_controls()
    {
        using var api = await ReserveApi.SignInAsync(site, Demo.Reviewer);
        var id = (await api.ProjectIdsAsync(null, 1))[0];
        await using var reviewer = await BrowserUser.SignedInAsync(browser, site, Demo.Reviewer);
        var page = reviewer.Page;
        await reviewer.GotoAsync($"/projects/{id}");
        var closed = await page.Locator("details:not([open])").CountAsync();
        Assert.True(closed > 0, "the project page has no collapsed channel to open for print");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        Assert.Equal(0, await page.Locator("details:not([open])").CountAsync());
        Assert.False(await page.Locator("header nav").IsVisibleAsync(), "the navigation prints");
        Assert.False(await page.Locator("main button:visible").CountAsync() > 0, "buttons print");
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        Assert.True(pdf.Length > 10_000, $"the printout is only {pdf.Length} bytes");

        await page.EvaluateAsync("() => window.dispatchEvent(new Event('afterprint'))");
        Assert.Equal(closed, await page.Locator("details:not([open])").CountAsync());
    }

    [Fact]
    public async Task Printed_a_clerks_project_page_keeps_the_reasons_and_drops_edit_and_withdraw()
    {
        using var api = await ReserveApi.SignInAsync(site, Demo.Clerk);
        var id = await api.CreateProjectAsync(Demo.UniqueName("打印道路改造"), Demo.ClerkDepartment);
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.Clerk);
        var page = clerk.Page;
        await clerk.GotoAsync($"/projects/{id}");
        await ProjectPage.WaitForVerdictsAsync(page, 10, TimeSpan.FromSeconds(120));
        Assert.True(await page.Locator("#edit-project").IsVisibleAsync());
        Assert.True(await page.Locator("#withdraw-panel").IsVisibleAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        Assert.False(await page.Locator("header nav").IsVisibleAsync(), "the navigation prints");
        Assert.False(await page.Locator("#edit-project").IsVisibleAsync(), "修改 prints");
        Assert.False(await page.Locator("#withdraw-panel").IsVisibleAsync(), "撤回 prints");
        Assert.Equal(0, await page.Locator("main button:visible, main a.button:visible").CountAsync());
        // Every rule's reason is on paper, the long sources unfolded.
        Assert.True(await page.Locator("table.rules td.r-reason").First.IsVisibleAsync());
        Assert.Equal(0, await page.Locator("details:not([open])").CountAsync());
    }

    [Fact]
    public async Task The_site_has_an_icon_for_the_browser_tab()
    {
        await using var anonymous = await BrowserUser.AnonymousAsync(browser, site);
        var ico = await anonymous.Api.GetAsync("/favicon.ico");
        Assert.Equal(200, ico.Status);
        Assert.Equal("image/x-icon", ico.Headers["content-type"]);
        var svg = await anonymous.Api.GetAsync("/favicon.svg");
        Assert.Equal(200, svg.Status);
        Assert.Contains("<svg", await svg.TextAsync());
    }
}
