using Microsoft.Playwright;
using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Browser;

/// <summary>
/// A leader reads the dashboards on a phone (390 px wide) and a reviewer prints the reserve: the page keeps to the
/// screen's width (wide tables scroll inside their box), the navigation folds behind 菜单, and paper carries what is
/// read — no navigation, buttons or forms, and the collapsed reasons opened.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PhoneAndPrintTests(ReserveSite site, BrowserFixture browser)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private static readonly ViewportSize Desk = new() { Width = 1440, Height = 900 };

    [Theory]
    [InlineData("/")]
    [InlineData("/projects")]
    [InlineData("/summary")]
    [InlineData("/dispatch")]
    [InlineData("/promotion")]
    [InlineData("/approvals")]
    public async Task On_a_phone_the_page_keeps_to_the_screen_and_the_navigation_folds_into_a_menu(string path)
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
        // Folded: the bar holds the name of the site, 菜单, the bell and who is signed in — a few lines, no list of links.
        Assert.False(await page.Locator("header nav").IsVisibleAsync(), $"{path} 的导航在手机上未折叠");
        Assert.True(await page.Locator("header .menu-button").IsVisibleAsync(), $"{path} 没有菜单按钮");
        var bar = await page.Locator("header.topbar").BoundingBoxAsync() ?? throw new InvalidOperationException("no header box");
        Assert.True(bar.Height < 110, $"{path} 的页头在手机上高 {bar.Height} 像素");
        await page.Locator("header .menu-button").ClickAsync();
        var links = page.Locator("header nav a");
        Assert.True(await links.CountAsync() >= 3, $"{path} 的菜单只有 {await links.CountAsync()} 个链接");
        foreach (var box in await links.EvaluateAllAsync<double[][]>("els => els.map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height, r.right]; })"))
        {
            Assert.True(box[0] > box[1] && box[2] <= inside, $"{path} 的菜单链接被挤成竖排或超出屏幕（宽 {box[0]}，高 {box[1]}，右缘 {box[2]}）");
        }
    }

    [Theory]
    [InlineData(Demo.Leader)]
    [InlineData(Demo.Clerk)]
    public async Task On_a_phone_the_menu_opens_every_link_of_the_desk_navigation_by_tap_and_by_keyboard(string login)
    {
        // On a desk every link the role may use is in the bar, and there is no 菜单.
        string[] desk;
        await using (var atDesk = await BrowserUser.SignedInAsync(browser, site, login, Desk))
        {
            await atDesk.GotoAsync("/");
            Assert.False(await atDesk.Page.Locator("header .menu-button").IsVisibleAsync(), "a desk shows 菜单");
            Assert.True(await atDesk.Page.Locator("header nav").IsVisibleAsync());
            desk = await VisibleLinksAsync(atDesk.Page);
            Assert.True(desk.Length >= 3, $"{login} has {desk.Length} links");
            var nav = await atDesk.Page.Locator("header nav").BoundingBoxAsync() ?? throw new InvalidOperationException("no navigation box");
            Assert.True(nav.Height < 48, $"on a desk the navigation is {nav.Height} px tall");
        }

        await using var phone = await BrowserUser.SignedInAsync(browser, site, login, Phone);
        var page = phone.Page;
        await phone.GotoAsync("/");
        Assert.Empty(await VisibleLinksAsync(page));
        // The bell, the name and 退出 stay in sight with the menu closed.
        Assert.True(await page.Locator("header .who").GetByRole(AriaRole.Button, new() { Name = "退出" }).IsVisibleAsync());
        if (await page.Locator("#bell").CountAsync() > 0)
        {
            Assert.True(await page.Locator("#bell").IsVisibleAsync(), "the bell is hidden on a phone");
        }

        await page.GetByText("菜单", new() { Exact = true }).ClickAsync();
        Assert.Equal(desk, await VisibleLinksAsync(page));
        var target = desk[^1];
        await phone.FollowAsync(() => page.Locator($"header nav a[href='{target}']").ClickAsync(), target, site);
        Assert.Empty(await VisibleLinksAsync(page));

        // By keyboard: Tab from the site's name reaches the menu, Space opens it, Tab walks into its links, Enter follows one.
        await page.Locator("header .brand").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("menu-toggle", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Space");
        Assert.Equal(desk, await VisibleLinksAsync(page));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(desk[0], await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        await phone.FollowAsync(() => page.Keyboard.PressAsync("Enter"), desk[0], site);
    }

    private static Task<string[]> VisibleLinksAsync(IPage page) =>
        page.Locator("header nav a").EvaluateAllAsync<string[]>("els => els.filter(e => e.getClientRects().length > 0).map(e => e.getAttribute('href'))");

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
