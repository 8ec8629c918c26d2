using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Browser;

/// <summary>
/// A search is read once and kept until the reserve changes: paging through it shows every hit once, and a project
/// saved meanwhile is in the very next search; another department's clerk never sees them.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ProjectSearchPagingTests(ReserveSite site, BrowserFixture browser)
{
    [Fact]
    public async Task Paging_a_search_shows_each_hit_once_and_a_new_project_at_once()
    {
        var word = Demo.UniqueName("翻页道路");
        using var clerk = await ReserveApi.SignInAsync(site, Demo.Clerk);
        var created = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i <= 52; i++)
        {
            created.Add(await clerk.CreateProjectAsync($"{word}第{i:D2}段改造", Demo.ClerkDepartment));
        }

        await using var reviewer = await BrowserUser.SignedInAsync(browser, site, Demo.Reviewer);
        var page = reviewer.Page;
        await reviewer.GotoAsync($"/projects?q={Uri.EscapeDataString(word)}");
        Assert.Equal("52", await page.Locator("#project-total").InnerTextAsync());
        var first = await IdsAsync(page);
        Assert.Equal(50, first.Count);
        await page.FollowAsync(() => page.Locator(".pager a", new() { HasTextString = "下一页" }).ClickAsync(), "**p=2*");
        Assert.Equal("52", await page.Locator("#project-total").InnerTextAsync());
        var second = await IdsAsync(page);
        Assert.Equal(created.OrderBy(id => id, StringComparer.Ordinal), first.Concat(second).OrderBy(id => id, StringComparer.Ordinal));

        var added = await clerk.CreateProjectAsync($"{word}第53段改造", Demo.ClerkDepartment);
        await reviewer.GotoAsync($"/projects?q={Uri.EscapeDataString(word)}&p=2");
        Assert.Equal("53", await page.Locator("#project-total").InnerTextAsync());
        Assert.Contains(added, await IdsAsync(page));

        await using var other = await BrowserUser.SignedInAsync(browser, site, Demo.SubmittedClerk);
        await other.GotoAsync($"/projects?q={Uri.EscapeDataString(word)}");
        Assert.Equal("0", await other.Page.Locator("#project-total").InnerTextAsync());
    }

    private static async Task<List<string>> IdsAsync(Microsoft.Playwright.IPage page) =>
        [.. (await page.Locator("#project-list tbody tr td:first-child a").AllInnerTextsAsync()).Select(t => t.Trim())];
}
