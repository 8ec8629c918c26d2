using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Browser;

/// <summary>Who reaches which page in the browser: another department's project by URL, anonymous users, signing out.</summary>
[Collection(SiteCollection.Name)]
public sealed class AccessTests(ReserveSite site, BrowserFixture browser)
{
    [Fact]
    public async Task A_clerk_typing_another_departments_project_url_is_refused_with_the_reason()
    {
        using var api = await ReserveApi.SignInAsync(site, Demo.Reviewer);
        var other = (await api.ProjectIdsAsync(Demo.SubmittedDepartment, take: 1))[0];
        var otherName = (await api.ProjectAsync(other))["project"]!["name"]!.GetValue<string>();
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.Clerk);

        foreach (var path in new[] { $"/projects/{other}", $"/projects/{other}/edit" })
        {
            var response = await clerk.GotoAsync(path);
            Assert.Equal(403, response.Status);
            Assert.Equal("无权访问", (await clerk.Page.Locator("h1").InnerTextAsync()).Trim());
            Assert.Equal("无权查看其他部门的项目", (await clerk.Page.Locator("#status-reason").InnerTextAsync()).Trim());
            Assert.DoesNotContain(otherName, await clerk.Page.ContentAsync());
        }
        // The same clerk reads the own department's projects.
        var own = (await api.ProjectIdsAsync(Demo.ClerkDepartment, take: 1))[0];
        Assert.Equal(200, (await clerk.GotoAsync($"/projects/{own}")).Status);
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_the_login_page_from_every_page_and_come_back_after_signing_in()
    {
        using var api = await ReserveApi.SignInAsync(site, Demo.Reviewer);
        var id = (await api.ProjectIdsAsync(Demo.ClerkDepartment, take: 1))[0];
        await using var visitor = await BrowserUser.AnonymousAsync(browser, site);

        foreach (var path in Http.PageRoutes.Protected(id))
        {
            await visitor.GotoAsync(path);
            Assert.True(visitor.Path == "/login", $"{path} showed {visitor.Page.Url} to an anonymous visitor");
            Assert.Equal(1, await visitor.Page.GetByLabel("密码").CountAsync());
        }

        await visitor.GotoAsync($"/projects/{id}");
        await visitor.Page.FollowAsync(() => visitor.TypeCredentialsAsync(Demo.Clerk, Demo.Password), $"**/projects/{id}");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.Clerk);
        await clerk.GotoAsync("/projects");
        await clerk.Page.FollowAsync(() => clerk.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "退出" }).ClickAsync(), "**/login");
        await clerk.GotoAsync("/projects");
        Assert.Equal("/login", clerk.Path);
        Assert.Equal(401, (await clerk.Api.GetAsync("/api/auth/me")).Status);
    }
}
