using System.IO.Compression;
using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Browser;

/// <summary>
/// A reviewer downloads the package for 报市政府审定 from the submissions page, then records the government's
/// decision in the form there: a contradictory one is refused with the reason and what was typed kept, a
/// correct one is shown on the page and on the accepted project.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class GovernmentDecisionTests(ReserveSite site, BrowserFixture browser)
{
    [Fact]
    public async Task A_reviewer_downloads_the_package_and_records_the_decision_shown_on_the_project()
    {
        using var api = await ReserveApi.SignInAsync(site, Demo.Reviewer);
        var accepted = (await api.ProjectIdsAsync(Demo.SubmittedDepartment, take: 10))[0];
        await using var reviewer = await BrowserUser.SignedInAsync(browser, site, Demo.Reviewer);
        await reviewer.GotoAsync($"/projects/{accepted}");
        await reviewer.Page.FollowAsync(() => reviewer.Page.Locator("#accept-project").ClickAsync(), $"**/projects/{accepted}");
        Assert.Equal("已受理", (await reviewer.Page.Locator("#review-status").InnerTextAsync()).Trim());

        await reviewer.GotoAsync("/submissions");
        var download = await reviewer.Page.RunAndWaitForDownloadAsync(() => reviewer.Page.Locator("#download-package").ClickAsync());
        Assert.Null(await download.FailureAsync());
        Assert.EndsWith("年度项目谋划储备情况（报市政府审定）.zip", download.SuggestedFilename);
        var path = Path.Combine(site.Root, "downloads", Guid.NewGuid().ToString("N") + ".zip");
        await download.SaveAsAsync(path);
        using (var zip = ZipFile.OpenRead(path))
        {
            Assert.Contains(zip.Entries, e => e.FullName.StartsWith("关于报送", StringComparison.Ordinal) && e.FullName.EndsWith("请示.docx", StringComparison.Ordinal));
            Assert.NotNull(zip.GetEntry("manifest.json"));
        }

        var docNumber = "嘉政函〔2026〕" + Random.Shared.Next(100, 999) + "号";
        var form = reviewer.Page.Locator("#decision-form");
        await reviewer.Page.Locator("#government-panel summary").ClickAsync();
        await form.Locator("select[name='Entered.Verdict']").SelectOptionAsync("Adjusted");
        await form.Locator("input[name='Entered.Date']").FillAsync("2026-12-01");
        await form.Locator("input[name='Entered.DocNumber']").FillAsync(docNumber);
        await form.Locator("#record-decision").ClickAsync();
        await reviewer.Page.Locator("#decision-problem").WaitForAsync();
        Assert.Contains("至少填写一个调出或增列的项目", await reviewer.Page.Locator("#decision-problem").InnerTextAsync());
        Assert.Equal(docNumber, await form.Locator("input[name='Entered.DocNumber']").InputValueAsync());

        await form.Locator("select[name='Entered.Verdict']").SelectOptionAsync("Approved");
        await reviewer.Page.FollowAsync(() => form.Locator("#record-decision").ClickAsync(), "**/submissions**");
        Assert.Contains("审定结果", await ProjectPage.Flash(reviewer.Page).InnerTextAsync());
        Assert.Contains(docNumber, await reviewer.Page.Locator("#decision-summary").InnerTextAsync());

        await reviewer.GotoAsync($"/projects/{accepted}");
        var shown = await reviewer.Page.Locator("#government-decision").InnerTextAsync();
        Assert.Contains("审定通过", shown);
        Assert.Contains(docNumber, shown);
    }
}
