using Reserve.Host.Cli;
using Reserve.Host.Composition;
using Reserve.Host.Web;
using Reserve.Host.Web.Operations;

if (args.Length > 0 && CommandLine.Commands.Contains(args[0]))
{
    return await CommandLine.RunAsync(args);
}
// A word that is no command (a typo, an old script) must not start a web server in its place; options such as
// --urls still go to the web host.
if (args.Length > 0 && !args[0].StartsWith('-'))
{
    return CommandLine.Unknown(args[0], Console.Error);
}

// Started from a folder without the pages' files (an installed host run from elsewhere, a test starting the
// built host), the site still serves the copies beside the executable.
var webRoot = Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "wwwroot")) ? null : Path.Combine(AppContext.BaseDirectory, "wwwroot");
WebApplication app;
IDisposable? databaseInUse = null;
Task webWarmup = Task.CompletedTask;
using var pluginsLoaded = new CancellationTokenSource();
using var keyRingReady = new CancellationTokenSource();
var configuring = true;
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = webRoot });
    // EF Core's per-command logs drown everything else when no appsettings.json is beside the working folder.
    builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
    // A start that fails (a taken port) is told below in Chinese; the generic host would log it again with its stack
    // trace. Any other failure is rethrown and still shows everything.
    builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
    builder.Services.AddReserve(builder.Configuration, AppContext.BaseDirectory);
    builder.Services.AddReserveWeb(builder.Services.Modules());
    builder.Services.AddReserveOperations(builder.Configuration);
    builder.Services.AddHostedService<BackgroundRematch>();

    app = builder.Build();
    configuring = false;
    app.StartMetering();
    // The modules' models, the routes, pages and endpoints are built on another thread while the start tasks below run
    // on this one; the server starts only after both. The two signals tell that thread how far this one is.
    webWarmup = WebWarmup.StartAsync(app, pluginsLoaded.Token, keyRingReady.Token);
    // Held while the site runs: a restore refuses to swap the SQLite file under a running host.
    databaseInUse = Reserve.Persistence.Operations.DatabaseInUse.Hold(app.Services.GetRequiredService<ReserveOptions>().Database);
    var startup = app.Services.GetRequiredService<StartupTasks>();
    await pluginsLoaded.CancelAsync();
    await startup.MigrateAsync(CancellationToken.None);
    await Reserve.WebKit.Security.SharedKeyRing.EnsureKeyAsync(app.Services, app.Services.GetRequiredService<ReserveOptions>().Database, CancellationToken.None);
    await keyRingReady.CancelAsync();
    await startup.SeedAsync(CancellationToken.None);
}
catch (Exception e) when (StartupFailure.IsSetting(e, configuring))
{
    Console.Error.WriteLine(StartupFailure.Describe(e));
    return 1;
}

try
{
    await webWarmup;
    await app.StartAsync();
}
catch (Exception e) when (StartupFailure.PortInUse(e) is { } port)
{
    Console.Error.WriteLine(StartupFailure.DescribePortInUse(port, e));
    await StartupFailure.StopQuietlyAsync(app);
    return 1;
}
await app.WaitForShutdownAsync();
await app.DisposeAsync();
databaseInUse?.Dispose();
return 0;
