using Reserve.Host.Cli;
using Reserve.Host.Composition;
using Reserve.Host.Web;

if (args.Length > 0 && CommandLine.Commands.Contains(args[0]))
{
    return await CommandLine.RunAsync(args);
}

// Started from a folder without the pages' files (an installed host run from elsewhere, a test starting the
// built host), the site still serves the copies beside the executable.
var webRoot = Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "wwwroot")) ? null : Path.Combine(AppContext.BaseDirectory, "wwwroot");
WebApplication app;
var configuring = true;
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = webRoot });
    // EF Core's per-command logs drown everything else when no appsettings.json is beside the working folder.
    builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
    builder.Services.AddReserve(builder.Configuration, AppContext.BaseDirectory);
    builder.Services.AddReserveWeb();
    builder.Services.AddHostedService<BackgroundRematch>();

    app = builder.Build();
    configuring = false;
    var startup = app.Services.GetRequiredService<StartupTasks>();
    await startup.MigrateAsync(CancellationToken.None);
    await Reserve.Host.Web.Security.SharedKeyRing.EnsureKeyAsync(app.Services, app.Services.GetRequiredService<ReserveOptions>().Database, CancellationToken.None);
    await startup.SeedIfEmptyAsync(CancellationToken.None);
    // Accounts before the dispatch demo: the demo `leader` account is made a 包抓领导 of demo plan projects.
    await startup.SeedAccountsIfEmptyAsync(CancellationToken.None);
    await startup.SeedDispatchIfEmptyAsync(CancellationToken.None);
    await app.Services.GetRequiredService<PromotionApprovalsDemo>().SeedIfEmptyAsync(CancellationToken.None);
}
catch (Exception e) when (StartupFailure.IsSetting(e, configuring))
{
    Console.Error.WriteLine(StartupFailure.Describe(e));
    return 1;
}

app.UseReserveWeb();
await app.RunAsync();
return 0;
