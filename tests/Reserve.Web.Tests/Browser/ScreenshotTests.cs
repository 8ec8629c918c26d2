using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Reserve.Web.Tests.Site;
using Xunit;
using Xunit.Abstractions;

namespace Reserve.Web.Tests.Browser;

/// <summary>
/// The dashboard and a project's match page as a reviewer sees them on first sign-in, saved as full-page
/// screenshots beside the test assembly (screenshots/), with the charts proven drawn.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ScreenshotTests(ReserveSite site, BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly string[] Charts = ["chart-channel-investment", "chart-channel-eligible", "chart-field", "chart-submissions"];

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task The_dashboard_draws_its_charts_with_chinese_labels()
    {
        await using var reviewer = await BrowserUser.SignedInAsync(browser, site, Demo.Reviewer);
        Assert.Equal("/", reviewer.Path);
        var page = reviewer.Page;
        foreach (var chart in Charts)
        {
            await page.Locator($"#{chart}[data-rendered=true] canvas").WaitForAsync();
            Assert.True(await PaintedPixelsAsync(page, chart) > 1000, $"{chart} has an empty canvas");
        }
        var text = await page.Locator("main").InnerTextAsync();
        foreach (var label in new[] { "全市储备项目概览", "储备项目", "总投资", "报送截止", "未报送部门", "各渠道符合条件项目的总投资", "按领域的总投资", "各部门报送情况" })
        {
            Assert.Contains(label, text);
        }
        // The axes name the channels in Chinese (drawn on the canvas, so read back from the chart).
        var axis = await page.EvaluateAsync<string[]>("() => echarts.getInstanceByDom(document.getElementById('chart-channel-investment')).getOption().yAxis[0].data");
        Assert.Contains("地方政府专项债券", axis);
        var pieces = await page.EvaluateAsync<string[]>("() => echarts.getInstanceByDom(document.getElementById('chart-submissions')).getOption().series[0].data.map(d => d.name)");
        Assert.Contains("已提交", pieces);

        await SaveAsync(page, "dashboard.png");
    }

    [Fact]
    public async Task A_projects_match_page_shows_its_channels_with_the_eligible_ones_open()
    {
        using var api = await ReserveApi.SignInAsync(site, Demo.Reviewer);
        var id = await FirstWithEligibleChannelAsync(api);
        await using var reviewer = await BrowserUser.SignedInAsync(browser, site, Demo.Reviewer);
        await reviewer.GotoAsync($"/projects/{id}");
        var page = reviewer.Page;

        var eligible = page.Locator("details.match[open]");
        Assert.True(await eligible.CountAsync() > 0, "no channel card is open");
        Assert.Equal("符合", (await eligible.First.Locator("summary .badge.verdict").InnerTextAsync()).Trim());
        Assert.Contains("通过", await eligible.First.Locator("table.rules").InnerTextAsync());
        Assert.Contains("先按结论排序", await page.Locator("#ranking-note").InnerTextAsync());

        await SaveAsync(page, "match-page.png");
    }

    private async Task SaveAsync(IPage page, string fileName)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000, $"{path} is suspiciously small");
        output.WriteLine($"screenshot: {path}");
    }

    /// <summary>Pixels of the chart's canvas that are not transparent: zero for a chart that drew nothing.</summary>
    private static Task<int> PaintedPixelsAsync(IPage page, string chart) =>
        page.EvaluateAsync<int>("""
            id => {
              const canvas = document.querySelector('#' + id + ' canvas');
              const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let painted = 0;
              for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) { painted++; } }
              return painted;
            }
            """, chart);

    private static async Task<string> FirstWithEligibleChannelAsync(ReserveApi api)
    {
        foreach (var id in await api.ProjectIdsAsync(department: null, take: 100))
        {
            var matches = JsonNode.Parse(await api.Http.GetStringAsync($"/api/projects/{id}/matches"))!.AsArray();
            if (matches.Any(m => m!["verdict"]!.GetValue<string>() == "符合"))
            {
                return id;
            }
        }
        throw new InvalidOperationException("no demo project among the first 100 fits any channel");
    }
}
