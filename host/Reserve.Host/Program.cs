using Reserve.Host.Cli;
using Reserve.Host.Composition;
using Reserve.Host.Web;

if (args.Length > 0 && CommandLine.Commands.Contains(args[0]))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddReserve(builder.Configuration, AppContext.BaseDirectory);
builder.Services.AddReserveWeb();
builder.Services.AddHostedService<BackgroundRematch>();

var app = builder.Build();
var startup = app.Services.GetRequiredService<StartupTasks>();
await startup.MigrateAsync(CancellationToken.None);
await startup.SeedIfEmptyAsync(CancellationToken.None);
await app.Services.GetRequiredService<PromotionApprovalsDemo>().SeedIfEmptyAsync(CancellationToken.None);
await startup.SeedAccountsIfEmptyAsync(CancellationToken.None);

app.UseReserveWeb();
await app.RunAsync();
return 0;
