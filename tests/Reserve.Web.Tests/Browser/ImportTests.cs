using Reserve.Web.Tests.Files;
using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Browser;

/// <summary>A clerk imports an XLSX with bad rows: every problem is listed before anything is stored, then the clerk chooses.</summary>
[Collection(SiteCollection.Name)]
public sealed class ImportTests(ReserveSite site, BrowserFixture browser)
{
    private sealed record BadFile(string Path, string Good, string NotANumber, int GoodRow, int NotANumberRow, int NamelessRow, int OtherDepartmentRow, string OtherDepartmentName);

    [Fact]
    public async Task Every_bad_rows_problem_is_listed_before_storing_and_only_the_valid_row_is_imported_when_chosen()
    {
        var file = MakeBadFile("valid-only.xlsx");
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.Clerk);
        using var api = await ReserveApi.SignInAsync(site, Demo.Clerk);
        await UploadAsync(clerk, file);

        Assert.Equal("1", await clerk.Page.Locator("#valid-count").InnerTextAsync());
        Assert.Equal("3", await clerk.Page.Locator("#invalid-count").InnerTextAsync());
        var problems = await ProblemsAsync(clerk);
        Assert.Contains(problems, p => p.Where == $"第{file.NotANumberRow}行" && p.Column == "总投资" && p.Reason.Contains("“abc”不是数字", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where == $"第{file.NamelessRow}行" && p.Column == "项目名称" && p.Reason.Contains("必填", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where == $"第{file.OtherDepartmentRow}行" && p.Column == "主管部门" && p.Reason.Contains("只能导入本部门（交通运输局）的项目", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Where == $"第{file.GoodRow}行");
        // Nothing is stored by the preview.
        Assert.Empty(await api.SearchAsync(file.Good));

        await clerk.Page.FollowAsync(() => clerk.Page.Locator("#import-valid").ClickAsync(), "**/projects?*");
        Assert.Contains("已导入 1 个项目", await ProjectPage.Flash(clerk.Page).InnerTextAsync());
        Assert.Contains("有问题的 3 行未导入", await ProjectPage.Flash(clerk.Page).InnerTextAsync());
        var stored = Assert.Single(await api.SearchAsync(file.Good));
        Assert.Equal(Demo.ClerkDepartment, stored["department"]!.GetValue<string>());
        Assert.Empty(await api.SearchAsync(file.NotANumber));
        using var reviewer = await ReserveApi.SignInAsync(site, Demo.Reviewer);
        Assert.Empty(await reviewer.SearchAsync(file.OtherDepartmentName));
    }

    [Fact]
    public async Task Choosing_to_import_nothing_stores_nothing()
    {
        var file = MakeBadFile("nothing.xlsx");
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.Clerk);
        using var api = await ReserveApi.SignInAsync(site, Demo.Clerk);
        var before = await api.TotalAsync();
        await UploadAsync(clerk, file);
        Assert.Contains("只导入有效的 1 行", await clerk.Page.Locator("#import-valid").InnerTextAsync());

        await clerk.Page.FollowAsync(() => clerk.Page.Locator("#import-nothing").ClickAsync(), "**/import");

        Assert.Contains("未导入任何项目", await ProjectPage.Flash(clerk.Page).InnerTextAsync());
        Assert.Empty(await api.SearchAsync(file.Good));
        Assert.Equal(before, await api.TotalAsync());
    }

    private BadFile MakeBadFile(string fileName)
    {
        var workbook = new ImportWorkbook();
        var good = Demo.UniqueName("农村公路改造");
        var notANumber = Demo.UniqueName("总投资有误的项目");
        var otherDepartment = Demo.UniqueName("其他部门的项目");
        var goodRow = workbook.Add(good, Demo.ClerkDepartment, 2600m);
        var notANumberRow = workbook.Add(notANumber, Demo.ClerkDepartment, "abc");
        var namelessRow = workbook.Add(null, Demo.ClerkDepartment, 900m);
        var otherRow = workbook.Add(otherDepartment, Demo.SubmittedDepartment, 1500m, "嘉峪关市城市建设投资开发有限公司");
        var path = workbook.Save(Path.Combine(site.Root, "uploads", Guid.NewGuid().ToString("N")), fileName);
        return new BadFile(path, good, notANumber, goodRow, notANumberRow, namelessRow, otherRow, otherDepartment);
    }

    private static async Task UploadAsync(BrowserUser clerk, BadFile file)
    {
        await clerk.GotoAsync("/import");
        await clerk.Page.Locator("#import-file").SetInputFilesAsync(file.Path);
        await clerk.Page.Locator("#import-preview").ClickAsync();
        await clerk.Page.Locator("#import-summary").WaitForAsync();
        Assert.Contains("尚未存储任何内容", await clerk.Page.Locator("#import-summary").InnerTextAsync());
    }

    private static async Task<IReadOnlyList<(string Where, string Column, string Reason)>> ProblemsAsync(BrowserUser clerk)
    {
        var rows = clerk.Page.Locator("#import-problems tbody tr");
        var problems = new List<(string, string, string)>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var cells = await rows.Nth(i).Locator("td").AllInnerTextsAsync();
            problems.Add((cells[0].Trim(), cells[1].Trim(), cells[2].Trim()));
        }
        return problems;
    }
}
