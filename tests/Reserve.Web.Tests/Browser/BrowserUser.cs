using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Browser;

/// <summary>One person at the browser: a fresh browser context (own cookies), signed in through the login form.</summary>
internal sealed class BrowserUser : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private BrowserUser(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        Traffic = new PageTraffic(page);
    }

    public IPage Page { get; }

    /// <summary>The page's requests so far, for the message of a navigation that timed out.</summary>
    public PageTraffic Traffic { get; }

    /// <summary>The context's HTTP client: same cookies as the page, for checking what the reserve stored.</summary>
    public IAPIRequestContext Api => _context.APIRequest;

    /// <param name="viewport">The window's size; a desk's 1400 × 900 unless given (a phone's, say).</param>
    public static async Task<BrowserUser> AnonymousAsync(BrowserFixture browser, ReserveSite site, ViewportSize? viewport = null)
    {
        var context = await (await browser.BrowserAsync()).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            AcceptDownloads = true,
            ViewportSize = viewport ?? new ViewportSize { Width = 1400, Height = 900 },
        });
        // The machine running the tests may be busy: generous, but bounded.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(90_000);
        return new BrowserUser(context, await context.NewPageAsync());
    }

    public static async Task<BrowserUser> SignedInAsync(BrowserFixture browser, ReserveSite site, string login, ViewportSize? viewport = null)
    {
        var user = await AnonymousAsync(browser, site, viewport);
        await user.FillCredentialsAsync(login, Demo.Password);
        await user.Page.FollowAsync(
            () => user.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync(),
            url => !new Uri(url).AbsolutePath.StartsWith("/login", StringComparison.Ordinal));
        Assert.Contains("退出", await user.Page.Locator("header .who").InnerTextAsync());
        return user;
    }

    /// <summary>Fills and sends the login form (does not wait for the outcome).</summary>
    public async Task TypeCredentialsAsync(string login, string password)
    {
        await FillCredentialsAsync(login, password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    private async Task FillCredentialsAsync(string login, string password)
    {
        if (!new Uri(Page.Url).AbsolutePath.StartsWith("/login", StringComparison.Ordinal))
        {
            await Page.GotoAsync("/login");
        }
        await Page.GetByLabel("用户名").FillAsync(login);
        await Page.GetByLabel("密码").FillAsync(password);
    }

    public async Task<IResponse> GotoAsync(string path) =>
        await Page.GotoAsync(path) ?? throw new InvalidOperationException("no response for " + path);

    /// <summary>
    /// Does <paramref name="act"/> (a click, a key) and waits until the page at <paramref name="path"/> has loaded;
    /// if it never does, the failure lists the requests still waiting and the host's last output.
    /// </summary>
    public async Task FollowAsync(Func<Task> act, string path, ReserveSite site)
    {
        try
        {
            await Page.FollowAsync(act, url => new Uri(url).AbsolutePath == path);
        }
        catch (TimeoutException e)
        {
            var state = await Page.EvaluateAsync<string>("() => document.readyState + ' ' + location.href + ' focus: ' + (document.activeElement && document.activeElement.outerHTML.slice(0, 120))");
            throw new TimeoutException($"{path} did not load ({e.Message.Split('\n')[0]}); page: {state}\nrequests:\n{Traffic.Describe()}\nhost:\n{site.Log}", e);
        }
    }

    /// <summary>The path of the page now shown, e.g. /projects/2027-0001.</summary>
    public string Path => new Uri(Page.Url).AbsolutePath;

    public static Regex ProjectPage { get; } = new(@"/projects/\d{4}-\d{4,}$");

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
