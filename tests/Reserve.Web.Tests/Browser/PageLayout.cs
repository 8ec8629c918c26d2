using Microsoft.Playwright;

namespace Reserve.Web.Tests.Browser;

/// <summary>How a page sits in its window: what would make a person drag the whole page sideways.</summary>
internal static class PageLayout
{
    /// <summary>Opens every folded part (channel cards, long sources, rules that do not apply), as a thorough reader would.</summary>
    public static Task OpenEverythingAsync(IPage page) =>
        page.EvaluateAsync("() => document.querySelectorAll('main details:not([open])').forEach(d => d.open = true)");

    /// <summary>
    /// The elements that stick out past the window's inside (the screen less any scrollbar) and are not inside a box
    /// that scrolls or clips them, named with their right edge; empty when nothing does.
    /// </summary>
    public static async Task<string[]> SticksOutAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                  .filter(e => { for (let a = e.parentElement; a; a = a.parentElement) { if (/(auto|scroll|hidden)/.test(getComputedStyle(a).overflowX)) return false; } return true; })
                  .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '') + ' ' + Math.round(e.getBoundingClientRect().right))
            """);

    public static async Task<(int Scroll, int Inside)> WidthAsync(IPage page) =>
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
}
