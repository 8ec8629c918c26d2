using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Browser;

/// <summary>
/// A reviewer keeps the 资金争取台账 on its page: a 下达 without 文号 is refused with the Chinese reason and the
/// form keeps what was typed, nothing stored; the corrected line is listed and summed with its rate won.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class FundingLedgerTests(ReserveSite site, BrowserFixture browser)
{
    [Fact]
    public async Task A_reviewer_records_a_line_and_a_bad_one_is_refused_with_nothing_stored()
    {
        using var api = await ReserveApi.SignInAsync(site, Demo.Reviewer);
        var project = (await api.ProjectIdsAsync(Demo.SubmittedDepartment, take: 10))[^3];
        await using var reviewer = await BrowserUser.SignedInAsync(browser, site, Demo.Reviewer);
        await reviewer.GotoAsync("/funding");
        var form = reviewer.Page.Locator("#funding-form");
        await form.Locator("[name='Entered.ProjectId']").FillAsync(project);
        await form.Locator("[name='Entered.Channel']").FillAsync("policy-finance");
        await form.Locator("[name='Entered.Planned']").FillAsync("1000");
        await form.Locator("[name='Entered.AppliedDate']").FillAsync("2026-01-05");
        await form.Locator("[name='Entered.AppliedAmount']").FillAsync("800");
        await form.Locator("[name='Entered.GrantBatch']").FillAsync("2026年第一批");
        await form.Locator("[name='Entered.GrantedAmount']").FillAsync("600");
        await form.Locator("#save-funding").ClickAsync();

        await reviewer.Page.Locator("#funding-problems").WaitForAsync();
        Assert.Contains("下达文号：已下达的资金必须填写下达文件的文号", await reviewer.Page.Locator("#funding-problems").InnerTextAsync());
        Assert.Equal("600", await form.Locator("[name='Entered.GrantedAmount']").InputValueAsync());
        Assert.Equal(0, await reviewer.Page.Locator($"#funding-lines a[href='/projects/{project}']").CountAsync());

        await form.Locator("[name='Entered.GrantDocNumber']").FillAsync("发改投资〔2026〕301号");
        await reviewer.Page.FollowAsync(() => form.Locator("#save-funding").ClickAsync(), "**/funding");
        Assert.Contains("已保存", await ProjectPage.Flash(reviewer.Page).InnerTextAsync());
        var row = reviewer.Page.Locator("#funding-lines tr").Filter(new() { Has = reviewer.Page.Locator($"a[href='/projects/{project}']") });
        Assert.Contains("已下达", await row.InnerTextAsync());
        // The project by its name (its 储备编号 beside it), as the reviewer knows it.
        Assert.Equal((await api.ProjectAsync(project))["project"]!["name"]!.GetValue<string>(), await row.Locator($"a[href='/projects/{project}']").InnerTextAsync());
        Assert.Contains("发改投资〔2026〕301号", await row.InnerTextAsync());
        Assert.Contains("政策性开发性金融工具", await reviewer.Page.Locator("table.funding-summary").First.InnerTextAsync());
    }
}
