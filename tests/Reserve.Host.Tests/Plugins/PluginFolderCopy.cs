namespace Reserve.Host.Tests.Plugins;

/// <summary>A built plugin folder copied into a temporary folder, so a test can break one file of it.</summary>
internal sealed class PluginFolderCopy : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reserve-plugin-copy-" + Guid.NewGuid().ToString("N"));

    /// <param name="built">A folder under artifacts/, e.g. <c>fixture-plugins/GoodChannel</c> or <c>plugins/OldCommunities</c>.</param>
    public PluginFolderCopy(string built)
    {
        var source = Path.Combine(HostProcess.RepoRoot, "artifacts", built);
        Folder = Path.Combine(_root, Path.GetFileName(built));
        Copy(source, Folder);
    }

    public string Folder { get; }

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public void Edit(string relative, Func<string, string> change)
    {
        var path = PathOf(relative);
        var before = File.ReadAllText(path);
        var after = change(before);
        if (after == before)
        {
            throw new InvalidOperationException($"the edit of {relative} changed nothing: the test would prove nothing");
        }
        File.WriteAllText(path, after);
    }

    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A loaded plugin assembly may keep its file open; the temporary folder is disposable.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
