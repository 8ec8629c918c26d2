using Reserve.Host.Cli;
using Reserve.Host.Composition;
using Reserve.Host.Web;

if (args.Length > 0 && CommandLine.Commands.Contains(args[0]))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddReserve(builder.Configuration, AppContext.BaseDirectory);
builder.Services.AddOpenApi();
builder.Services.AddHostedService<BackgroundRematch>();

var app = builder.Build();
var startup = app.Services.GetRequiredService<StartupTasks>();
await startup.MigrateAsync(CancellationToken.None);
await startup.SeedIfEmptyAsync(CancellationToken.None);

app.MapOpenApi();
app.MapHomePage();
app.MapReserveApi();
app.MapProjectEditing();
app.MapDocumentApi();
await app.RunAsync();
return 0;
