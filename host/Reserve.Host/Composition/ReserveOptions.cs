using Microsoft.Extensions.Configuration;
using Reserve.Jobs;
using Reserve.Persistence;

namespace Reserve.Host.Composition;

/// <summary>
/// Where things are. Empty settings fall back to the embedded default: plugins beside the executable,
/// a SQLite file in the app's <c>data/</c> folder, and the shared document templates beside the executable.
/// <c>ConnectionStrings:Reserve</c> chooses the database; <c>Reserve:Database:Provider</c> (sqlite | postgres)
/// names its kind when the connection string alone does not (one with <c>Host=</c> is PostgreSQL).
/// </summary>
internal sealed record ReserveOptions(string PluginsPath, DatabaseOptions Database, bool SeedDemoData, int DemoProjectCount, string SharedTemplatesPath, string InstanceName, string? AdminPassword = null)
{
    public const int DefaultDemoProjectCount = 600;

    public static ReserveOptions From(IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection("Reserve");
        var plugins = section["PluginsPath"];
        if (string.IsNullOrWhiteSpace(plugins))
        {
            plugins = Path.Combine(AppContext.BaseDirectory, "plugins");
        }
        var connection = configuration.GetConnectionString("Reserve");
        if (string.IsNullOrWhiteSpace(connection))
        {
            var dataPath = section["DataPath"];
            var folder = string.IsNullOrWhiteSpace(dataPath) ? Path.Combine(contentRoot, "data") : dataPath;
            connection = $"Data Source={Path.Combine(folder, "reserve.db")}";
        }
        var templates = section["TemplatesPath"];
        if (string.IsNullOrWhiteSpace(templates))
        {
            templates = Path.Combine(AppContext.BaseDirectory, "templates");
        }
        var instance = section["InstanceName"];
        return new ReserveOptions(
            Path.GetFullPath(plugins),
            DatabaseOptions.From(connection, section["Database:Provider"]),
            section.GetValue("SeedDemoData", true),
            section.GetValue("DemoProjectCount", DefaultDemoProjectCount),
            Path.Combine(Path.GetFullPath(templates), "shared"),
            string.IsNullOrWhiteSpace(instance) ? JobsModule.DefaultInstanceName() : instance,
            section["AdminPassword"]);
    }
}
