using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Reserve.Host.Tests.Web;
using Reserve.Web.Tests.Browser;

namespace Reserve.Instructions.Web.Tests;

/// <summary>
/// The real web host with the demo data, served by Kestrel on a loopback port so that Chromium can reach it, on a clock
/// the tests set: 12 October 2026, three days before the reserve deadline. The background reminder job is off
/// (<c>IntervalMinutes=0</c>): reminders come when a page asks, which is what the tests watch.
/// </summary>
public sealed class InstructionsSite : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 10, 12, 4, 0, 0, TimeSpan.Zero);

    /// <summary>The demo clerks (the demo module's DemoAccounts), by department.</summary>
    public static readonly IReadOnlyDictionary<string, string> Clerks = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["发改委"] = "fgwxm", ["交通运输局"] = "jtj", ["住建局"] = "zjj", ["水务局"] = "swj", ["农业农村局"] = "nyj", ["工信局"] = "gxj", ["商务局"] = "swuj",
        ["应急管理局"] = "yjj", ["粮食和物资储备局"] = "lcj", ["卫健委"] = "wjw", ["生态环境局"] = "sthjj", ["自然资源局"] = "zrzyj", ["文旅局"] = "wlj", ["教育局"] = "jyj",
    };

    internal ReserveWebFactory Factory { get; } = new(new Dictionary<string, string> { ["Reserve:Notifications:IntervalMinutes"] = "0" });

    public BrowserFixture Browser { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory.Clock.Now = Start;
        Factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
        return Task.CompletedTask;
    }

    /// <summary>A client of its own (cookies kept, redirects not followed), signed in unless <paramref name="login"/> is null.</summary>
    internal async Task<WebSession> SessionAsync(string? login)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(90) };
        var session = new WebSession(http);
        if (login is not null)
        {
            await session.LoginAsync(login);
        }
        return session;
    }

    /// <summary>A browser context of its own, signed in through the login form.</summary>
    internal async Task<IPage> SignInAsync(string login)
    {
        var context = await (await Browser.BrowserAsync()).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync(login);
        await page.GetByLabel("密码").FillAsync(WebSession.DemoPassword);
        await page.FollowAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync(), url => !new Uri(url).AbsolutePath.StartsWith("/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>The demo leader's own plan projects (as the instruction form offers them).</summary>
    internal async Task<JsonElement> InstructionAsync(WebSession leader, string subjectId, string text, int dueInDays, string? kind = "PlanProject")
    {
        var due = DateOnly.FromDateTime(Factory.Clock.Now.UtcDateTime).AddDays(dueInDays).ToString("yyyy-MM-dd");
        return await leader.PostJsonAsync("/api/instructions", new { kind, subjectId, text, dueOn = due }, HttpStatusCode.Created);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class InstructionsSiteCollection : ICollectionFixture<InstructionsSite>
{
    public const string Name = "instructions site";
}
