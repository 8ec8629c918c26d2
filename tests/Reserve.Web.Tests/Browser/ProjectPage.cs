using Microsoft.Playwright;

namespace Reserve.Web.Tests.Browser;

/// <summary>What the project pages show, read the way a person reads them: form fields by their column name, the channel cards, the review panel.</summary>
internal static class ProjectPage
{
    /// <summary>The verdict words of the channel cards, best first (the ranking of Detail.cshtml).</summary>
    public static readonly string[] VerdictOrder = ["符合", "待核实", "待补充信息", "不符合"];

    /// <summary>A form input by its interchange column name (the form posts it as f:列名).</summary>
    public static ILocator Field(IPage page, string header) => page.Locator($"#project-form [name='f:{header}']");

    public static ILocator Flash(IPage page) => page.Locator(".flash");

    public static ILocator ChannelCards(IPage page) => page.Locator("details.match");

    public static ILocator Card(IPage page, string channelId) => page.Locator($"details.match[data-channel='{channelId}']");

    /// <summary>Reloads the project page until its channel cards are there (results are computed when the project is saved).</summary>
    public static async Task WaitForVerdictsAsync(IPage page, int channels, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (await ChannelCards(page).CountAsync() < channels)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{await ChannelCards(page).CountAsync()} of {channels} channel verdicts shown after {within}");
            }
            await Task.Delay(1000);
            await page.ReloadAsync();
        }
    }

    public static async Task OpenAsync(ILocator card)
    {
        if (await card.GetAttributeAsync("open") is null)
        {
            // The card's own summary: long sources and rules that do not apply fold inside it too.
            await card.Locator(":scope > summary").ClickAsync();
        }
    }
}
