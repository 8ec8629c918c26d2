using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Reserve.Host.Tests.Web;

/// <summary>
/// The real web host in process (Program as `dotnet run` starts it: migrations, demo accounts and 40 demo
/// projects on first start), in its own sandbox folder, with a clock the test sets. One factory is one site
/// with its own database, so tests that change state get a factory of their own.
/// </summary>
/// <param name="preparePlugins">Lays out more plugin folders in the sandbox's plugins folder before the host loads it.</param>
public sealed class ReserveWebFactory(IReadOnlyDictionary<string, string>? settings = null, Action<string>? preparePlugins = null) : WebApplicationFactory<Program>
{
    /// <summary>1 October 2026, noon UTC: the 2027 reserve is being collected, two weeks before the 15 October deadline.</summary>
    public static readonly DateTimeOffset BeforeDeadline = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly HostProcess _sandbox = new(true, "ThrowsOnLoad");

    internal TestClock Clock { get; } = new(BeforeDeadline);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        preparePlugins?.Invoke(_sandbox.PluginsPath);
        builder.UseSetting("Reserve:PluginsPath", _sandbox.PluginsPath);
        builder.UseSetting("Reserve:DataPath", _sandbox.DataPath);
        builder.UseSetting("Reserve:TemplatesPath", Path.Combine(HostProcess.RepoRoot, "templates"));
        builder.UseSetting("Reserve:DemoProjectCount", "40");
        builder.UseSetting("Reserve:SeedDemoData", "true");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A browser-like client: keeps its cookies, does not follow redirects (so tests see them).</summary>
    internal WebSession Session() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A client signed in, by default as one of the demo accounts (password <c>Reserve2027</c>).</summary>
    internal async Task<WebSession> SignedInAsync(string login, string password = WebSession.DemoPassword)
    {
        var session = Session();
        await session.LoginAsync(login, password);
        return session;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _sandbox.Dispose();
        }
    }
}

/// <summary>A clock the test moves; local time is UTC so that deadlines and dates read the same on every machine.</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
