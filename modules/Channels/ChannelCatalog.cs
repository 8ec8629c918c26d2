using Reserve.Sdk.Facts;

namespace Reserve.Channels;

/// <summary>Every plugin version loaded (at start, and those dropped in since), and the channels of the serving ones.</summary>
public sealed class ChannelCatalog
{
    // Both lists are replaced whole, never changed: a request that read them keeps a consistent set of channels
    // even while a version is dropped in, activated, disabled or released.
    private volatile IReadOnlyList<LoadedPlugin> _plugins;
    private volatile ActiveSet _active;
    private readonly Lock _changes = new();

    internal ChannelCatalog(string directory, IReadOnlyList<LoadedPlugin> plugins)
    {
        Directory = directory;
        _plugins = plugins;
        _active = SetOf(plugins, DefaultServing(plugins));
    }

    public string Directory { get; }

    /// <summary>Every plugin version loaded, serving or not, in folder order.</summary>
    public IReadOnlyList<LoadedPlugin> Plugins => _plugins;

    /// <summary>The channels now serving, as one immutable snapshot.</summary>
    public ActiveSet Active => _active;

    public IReadOnlyList<ActiveChannel> Channels => _active.Channels;

    /// <summary>The channel-specific facts of all active channels, one per key (the first declaration wins).</summary>
    public IReadOnlyList<FactDescriptor> ChannelFacts => _active.Facts;

    /// <summary>
    /// The version of each plugin that serves when nothing was chosen yet: the one in the plain folder
    /// (<c>plugins/&lt;Name&gt;/</c>), else the lowest version, so that a version dropped in beside it waits.
    /// </summary>
    internal static IEnumerable<LoadedPlugin> DefaultServing(IEnumerable<LoadedPlugin> plugins) =>
        plugins.Where(p => p.Status == PluginStatus.Active)
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(p => !Path.GetFileName(p.Folder).Contains('@', StringComparison.Ordinal))
                ?? g.OrderBy(p => p.Manifest!.Version).First());

    /// <summary>Makes exactly the given loaded versions serve, in catalog order, in one swap.</summary>
    internal void Serve(IEnumerable<LoadedPlugin> serving)
    {
        lock (_changes)
        {
            _active = SetOf(_plugins, serving);
        }
    }

    /// <summary>
    /// Adds versions loaded since start and drops released ones, in one swap; what serves does not change here
    /// (a dropped version that still served keeps serving until the activation is read again).
    /// </summary>
    internal void Change(IReadOnlyList<LoadedPlugin> added, IReadOnlySet<LoadedPlugin> dropped)
    {
        lock (_changes)
        {
            _plugins = _plugins.Where(p => !dropped.Contains(p)).Concat(added)
                .OrderBy(p => Path.GetFileName(p.Folder), StringComparer.Ordinal).ToList();
        }
    }

    private static ActiveSet SetOf(IReadOnlyList<LoadedPlugin> plugins, IEnumerable<LoadedPlugin> serving)
    {
        var chosen = serving.Where(p => p.Status == PluginStatus.Active).ToHashSet();
        return new ActiveSet(plugins.Where(chosen.Contains).SelectMany(p => p.Channels.Select(c => new ActiveChannel(c, p))).ToList());
    }

    public ActiveChannel? Find(string channelId) => _active.Find(channelId);

    /// <summary>A plugin as people know it (its manifest's name), for messages and file names; its id when no loaded version names it.</summary>
    public string PluginName(string pluginId) => _plugins.FirstOrDefault(p => p.Id == pluginId && p.Manifest is not null)?.Manifest!.Name ?? pluginId;

    /// <summary>
    /// A short fingerprint of the serving channels and their plugin versions: the same on every host serving the same
    /// plugins, so that work keyed by it (a re-match of everything) is queued once between them.
    /// </summary>
    public string ServingFingerprint()
    {
        var versions = string.Join(";", Channels.Select(c => $"{c.Id}@{c.PluginVersion}").Order(StringComparer.Ordinal));
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(versions)))[..16];
    }

    /// <summary>
    /// A catalog of channels defined in code rather than loaded from folders: for tests, benchmarks and
    /// tools that embed the engine. The channels appear as one active plugin with the given id and version.
    /// </summary>
    public static ChannelCatalog FromDefinitions(string pluginId, string version, IEnumerable<Reserve.Sdk.Channels.ChannelDefinition> channels)
    {
        if (!Manifest.SemanticVersion.TryParse(version, out var semver))
        {
            throw new ArgumentException($"“{version}”不是语义化版本号", nameof(version));
        }
        var manifest = new Manifest.PluginManifest(pluginId, pluginId, semver, null!, "", Reserve.Sdk.Channels.ChannelLevel.Municipal, "",
            [], [], [], [], [], null, null, null, null);
        var plugin = new LoadedPlugin("(内存)", manifest, PluginStatus.Active, null, channels.ToList(), Reserve.Sdk.Parameters.ParameterTable.Empty);
        return new ChannelCatalog("(内存)", [plugin]);
    }
}
