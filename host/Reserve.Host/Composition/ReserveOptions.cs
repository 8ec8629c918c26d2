using Microsoft.Extensions.Configuration;

namespace Reserve.Host.Composition;

/// <summary>
/// Where things are. Empty settings fall back to the embedded default: plugins beside the executable,
/// a SQLite file in the app's <c>data/</c> folder, and the shared document templates beside the executable.
/// </summary>
internal sealed record ReserveOptions(string PluginsPath, string ConnectionString, bool SeedDemoData, int DemoProjectCount, string SharedTemplatesPath, string? AdminPassword = null)
{
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
        return new ReserveOptions(
            Path.GetFullPath(plugins),
            connection,
            section.GetValue("SeedDemoData", true),
            section.GetValue("DemoProjectCount", 600),
            Path.Combine(Path.GetFullPath(templates), "shared"),
            section["AdminPassword"]);
    }
}
