using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Browser;

/// <summary>A reviewer returns a project of a department that has submitted; that department's clerk sees why and may edit it again.</summary>
[Collection(SiteCollection.Name)]
public sealed class ReviewTests(ReserveSite site, BrowserFixture browser)
{
    [Fact]
    public async Task A_reviewer_returns_a_project_with_a_reason_and_its_clerk_sees_the_reason_and_edits_it()
    {
        using var api = await ReserveApi.SignInAsync(site, Demo.Reviewer);
        // 住建局 has submitted: its projects are closed to its clerk until a reviewer returns one.
        var ids = await api.ProjectIdsAsync(Demo.SubmittedDepartment, take: 10);
        var (returned, untouched) = (ids[^1], ids[^2]);
        var reason = "可研批复文号缺失，请补充后重新报审（" + Guid.NewGuid().ToString("N")[..6] + "）";

        await using var reviewer = await BrowserUser.SignedInAsync(browser, site, Demo.Reviewer);
        await reviewer.GotoAsync($"/projects/{returned}");
        var details = reviewer.Page.Locator("table.data", new() { Has = reviewer.Page.Locator("th", new() { HasTextString = "主管部门" }) });
        Assert.Contains(Demo.SubmittedDepartment, await details.InnerTextAsync());
        // Without a reason nothing is decided.
        await reviewer.Page.Locator("#return-project").ClickAsync();
        await reviewer.Page.Locator("[role=alert]").WaitForAsync();
        Assert.Contains("退回时必须填写退回理由", await reviewer.Page.Locator("[role=alert]").InnerTextAsync());
        Assert.Equal(0, await reviewer.Page.Locator("#review-status").CountAsync());

        await reviewer.Page.Locator("#return-reason").FillAsync(reason);
        await reviewer.Page.FollowAsync(() => reviewer.Page.Locator("#return-project").ClickAsync(), $"**/projects/{returned}");
        Assert.Contains("已退回该项目", await ProjectPage.Flash(reviewer.Page).InnerTextAsync());
        Assert.Equal("退回修改", (await reviewer.Page.Locator("#review-status").InnerTextAsync()).Trim());
        Assert.Contains(reason, await reviewer.Page.Locator("#review-panel").InnerTextAsync());

        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.SubmittedClerk);
        await clerk.GotoAsync($"/projects/{returned}");
        Assert.Equal("退回修改", (await clerk.Page.Locator("#review-status").InnerTextAsync()).Trim());
        Assert.Contains("退回理由：" + reason, await clerk.Page.Locator("#review-panel").InnerTextAsync());
        await clerk.Page.FollowAsync(() => clerk.Page.Locator("#edit-project").ClickAsync(), $"**/projects/{returned}/edit");
        var scale = ProjectPage.Field(clerk.Page, "建设规模及内容");
        var revised = await scale.InputValueAsync() + "（已补充可研批复文号）";
        await scale.FillAsync(revised);
        await clerk.Page.FollowAsync(() => clerk.Page.Locator("#save-project").ClickAsync(), $"**/projects/{returned}");
        Assert.Contains("已保存", await ProjectPage.Flash(clerk.Page).InnerTextAsync());
        Assert.Equal("待审核", (await clerk.Page.Locator("#review-status").InnerTextAsync()).Trim());
        Assert.Equal(revised, (await api.ProjectAsync(returned))["project"]!["scale"]!.GetValue<string>());

        // A project nobody returned stays closed to the clerk of a department that has submitted.
        await clerk.GotoAsync($"/projects/{untouched}");
        Assert.Equal(0, await clerk.Page.Locator("#edit-project").CountAsync());
        var refused = await clerk.GotoAsync($"/projects/{untouched}/edit");
        Assert.Equal(403, refused.Status);
        Assert.Contains("不能再修改", await clerk.Page.Locator("#status-reason").InnerTextAsync());
    }
}
