namespace Reserve.Channels.Tests;

/// <summary>
/// Lays out a plugins directory for one test: built fixture plugins (artifacts/fixture-plugins) and
/// data-only fixture folders (tests/fixtures/plugin-folders), copied into a fresh temporary folder.
/// </summary>
internal sealed class FixturePlugins : IDisposable
{
    public FixturePlugins(params string[] folders)
    {
        Directory = Path.Combine(Path.GetTempPath(), "reserve-plugins-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var folder in folders)
        {
            var built = Path.Combine(RepoRoot, "artifacts", "fixture-plugins", folder);
            var data = Path.Combine(RepoRoot, "tests", "fixtures", "plugin-folders", folder);
            var source = System.IO.Directory.Exists(built) ? built : data;
            if (!System.IO.Directory.Exists(source))
            {
                throw new DirectoryNotFoundException($"fixture plugin {folder} not found at {built} or {data}");
            }
            Copy(source, Path.Combine(Directory, folder));
        }
    }

    public string Directory { get; }

    public static string RepoRoot { get; } = FindRepoRoot();

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A loaded plugin assembly can keep its file open on some systems; the temp folder is disposable.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void Copy(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Monolith.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Monolith.sln not found above " + AppContext.BaseDirectory);
    }
}
