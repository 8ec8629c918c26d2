using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Browser;

/// <summary>
/// A reviewer in the reserve season reads, per channel, how many fitting projects must still prepare something and
/// when the channel takes applications (汇总), then lists those projects by channel and answer (储备项目).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class StoredAnswersTests(ReserveSite site, BrowserFixture browser)
{
    private const string Channel = "central-budget.water";

    /// <summary>How the 汇总 names the channel (it shows names, never ids).</summary>
    private const string ChannelName = "中央预算内投资·水利";

    [Fact]
    public async Task The_summary_gives_each_channels_readiness_and_window_and_the_list_filters_by_those_answers()
    {
        await using var reviewer = await BrowserUser.SignedInAsync(browser, site, Demo.Reviewer);
        var page = reviewer.Page;
        await reviewer.GotoAsync("/summary");
        var table = page.Locator("table.data", new() { Has = page.Locator("th", new() { HasText = "申报前须准备" }) });
        var headers = (await table.Locator("thead th").AllInnerTextsAsync()).Select(h => h.Trim()).ToList();
        var cells = (await table.Locator("tbody tr", new() { HasText = ChannelName }).Locator("td").AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
        // The 中央预算内 window runs from 11-01 to 06-30: open, or its next opening, depending on today.
        Assert.Matches(@"^(窗口开放（至\d{4}年\d{1,2}月\d{1,2}日）|待窗口开放（\d{4}年\d{1,2}月\d{1,2}日起）)$", cells[headers.IndexOf("申报时间")]);
        Assert.Matches(@"^[\d,]+$", cells[headers.IndexOf("申报前须准备")]);

        await reviewer.GotoAsync($"/projects?channel={Channel}&answer={Uri.EscapeDataString("申报前须准备")}");
        Assert.Equal("申报前须准备", (await page.Locator("select[name=answer] option:checked").InnerTextAsync()).Trim());
        var toPrepare = int.Parse((await page.Locator("#project-total").InnerTextAsync()).Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(toPrepare > 0, "演示储备中应有须在申报前准备的项目");

        await reviewer.GotoAsync($"/projects?channel={Channel}&answer={Uri.EscapeDataString("无需准备")}");
        var ready = int.Parse((await page.Locator("#project-total").InnerTextAsync()).Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        await reviewer.GotoAsync($"/projects?channel={Channel}&answer={Uri.EscapeDataString(cells[headers.IndexOf("申报时间")][..cells[headers.IndexOf("申报时间")].IndexOf('（')])}");
        var byWindow = int.Parse((await page.Locator("#project-total").InnerTextAsync()).Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        // Every stored row of the channel has a readiness answer and (matched on one day) the same window.
        Assert.Equal(toPrepare + ready, byWindow);
    }
}
