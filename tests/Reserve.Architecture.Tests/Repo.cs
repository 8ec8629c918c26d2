namespace Reserve.Architecture.Tests;

internal static class Repo
{
    public static string Root { get; } = Find();

    public static string BuiltPlugins => Path.Combine(Root, "artifacts", "plugins");

    /// <summary>Every plugin project folder in the source tree.</summary>
    public static IReadOnlyList<string> PluginSourceFolders =>
        Directory.GetDirectories(Path.Combine(Root, "plugins")).Where(d => Directory.GetFiles(d, "*.csproj").Length > 0).Order(StringComparer.Ordinal).ToList();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Monolith.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Monolith.sln not found");
    }
}
