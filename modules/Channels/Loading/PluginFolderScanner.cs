using Reserve.Channels.Activation;

namespace Reserve.Channels.Loading;

/// <summary>
/// Compares the plugins folder with the catalog. A folder is loaded once it holds the same files at two scans in a
/// row, so a copy still under way is never half-loaded; a loaded version whose folder is gone or changed is
/// released unless <c>mustKeep</c> says it serves or is kept for rollback (then it stays in memory, serving).
/// A folder the caller knows is complete (<c>complete</c>: an install renamed into place) is loaded at once.
/// Not thread-safe: one scan at a time (the caller serialises them).
/// </summary>
internal sealed class PluginFolderScanner(PluginCatalogLoader loader)
{
    // Folders seen at the last scan but not loaded yet, with what they held then.
    private readonly Dictionary<string, string> _unsettled = new(StringComparer.Ordinal);

    public PluginScan Scan(ChannelCatalog catalog, Func<LoadedPlugin, bool> mustKeep, IReadOnlyCollection<string>? complete = null)
    {
        var directory = catalog.Directory;
        if (!Directory.Exists(directory))
        {
            return new PluginScan([], [], 0);
        }
        var onDisk = PluginCatalogLoader.PluginFolders(directory).ToDictionary(f => f, FolderStamp.Of, StringComparer.Ordinal);
        var plugins = catalog.Plugins;
        var current = plugins.Where(p => !IsInside(p.Folder, directory) || onDisk.GetValueOrDefault(p.Folder) == p.Stamp).ToHashSet();
        var released = plugins.Where(p => !current.Contains(p) && !mustKeep(p)).ToList();

        var ready = new List<string>();
        foreach (var (folder, stamp) in onDisk)
        {
            if (current.Any(p => p.Folder == folder))
            {
                _unsettled.Remove(folder);
            }
            else if ((_unsettled.TryGetValue(folder, out var before) && before == stamp) || (complete?.Contains(folder) ?? false))
            {
                ready.Add(folder);
                _unsettled.Remove(folder);
            }
            else
            {
                _unsettled[folder] = stamp;
            }
        }
        foreach (var gone in _unsettled.Keys.Where(f => !onDisk.ContainsKey(f)).ToList())
        {
            _unsettled.Remove(gone);
        }

        var releasedSet = released.ToHashSet();
        var loaded = ready.Count == 0 ? [] : loader.LoadBeside(ready, plugins.Where(p => !releasedSet.Contains(p)).ToList());
        if (loaded.Count > 0 || released.Count > 0)
        {
            catalog.Change(loaded, releasedSet);
        }
        foreach (var plugin in released)
        {
            plugin.Release();
        }
        return new PluginScan(loaded, released, _unsettled.Count);
    }

    private static bool IsInside(string folder, string directory) =>
        string.Equals(Path.GetDirectoryName(folder), directory.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}
