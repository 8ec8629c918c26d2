using Reserve.Web.Tests.Files;
using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Browser;

/// <summary>Documents leave the site as real files: a project's application document, the reviewer's 汇总表.</summary>
[Collection(SiteCollection.Name)]
public sealed class DownloadTests(ReserveSite site, BrowserFixture browser)
{
    [Fact]
    public async Task A_clerk_downloads_a_projects_document_as_a_docx_that_names_the_project()
    {
        using var api = await ReserveApi.SignInAsync(site, Demo.Clerk);
        var name = Demo.UniqueName("客运站改造");
        var id = await api.CreateProjectAsync(name, Demo.ClerkDepartment);
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.Clerk);
        await clerk.GotoAsync($"/projects/{id}");
        await ProjectPage.WaitForVerdictsAsync(clerk.Page, 1, TimeSpan.FromSeconds(90));

        var card = ProjectPage.ChannelCards(clerk.Page).Filter(new() { Has = clerk.Page.Locator("a.doc-download") }).First;
        await ProjectPage.OpenAsync(card);
        var link = card.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "下载草稿 DOCX" }).First;
        var download = await clerk.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());

        Assert.Null(await download.FailureAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename);
        Assert.StartsWith(id, download.SuggestedFilename);
        var path = Path.Combine(site.Root, "downloads", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        Assert.Contains("word/document.xml", OfficeFile.Parts(path));
        Assert.Contains(name, OfficeFile.DocxText(path));
    }

    [Fact]
    public async Task A_reviewer_exports_the_summary_table_with_every_project_of_the_reserve()
    {
        await using var reviewer = await BrowserUser.SignedInAsync(browser, site, Demo.Reviewer);
        using var api = await ReserveApi.SignInAsync(site, Demo.Reviewer);
        await reviewer.GotoAsync("/projects");
        var download = await reviewer.Page.RunAndWaitForDownloadAsync(() => reviewer.Page.Locator("#export-summary").ClickAsync());

        Assert.Null(await download.FailureAsync());
        Assert.Equal("储备项目汇总表.xlsx", download.SuggestedFilename);
        var path = Path.Combine(site.Root, "downloads", Guid.NewGuid().ToString("N") + ".xlsx");
        await download.SaveAsAsync(path);
        Assert.Contains("xl/workbook.xml", OfficeFile.Parts(path));

        var rows = OfficeFile.SummaryRows(path);
        var names = await api.AllNamesAsync();
        Assert.Equal(names.Order(StringComparer.Ordinal), rows.Select(r => r["项目名称"]).Order(StringComparer.Ordinal));
        Assert.Contains(rows, r => r["主管部门"] == Demo.SubmittedDepartment);
        Assert.Contains(rows, r => r["主管部门"] == Demo.ClerkDepartment);
    }
}
