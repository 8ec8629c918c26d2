using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Reserve.Web.Tests.Browser;

/// <summary>
/// A click or key that leads to another page, and the wait for that page, with the wait set up first.
/// <para>
/// `act; WaitForURLAsync(url)` misses a quick navigation: the client compares its copy of the URL, finds the old page,
/// and only then listens for the next navigation, so one committed in between is never seen and the wait runs into
/// its timeout with the new page fully loaded (seen in about one run in three under load, on a GET of / after Enter).
/// Listening before acting cannot miss it.
/// </para>
/// </summary>
internal static class Navigation
{
    // Obsolete only in favour of WaitForURLAsync, which is the racy form described above.
#pragma warning disable CS0612
    public static Task FollowAsync(this IPage page, Func<Task> act, string glob) =>
        page.RunAndWaitForNavigationAsync(act, new() { UrlString = glob });

    public static Task FollowAsync(this IPage page, Func<Task> act, Regex url) =>
        page.RunAndWaitForNavigationAsync(act, new() { UrlRegex = url });

    public static Task FollowAsync(this IPage page, Func<Task> act, Func<string, bool> url) =>
        page.RunAndWaitForNavigationAsync(act, new() { UrlFunc = url });
#pragma warning restore CS0612
}
