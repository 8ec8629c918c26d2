using Reserve.Sdk.Facts;

namespace Reserve.Channels;

/// <summary>Every plugin found at start, and the channels of the active ones.</summary>
public sealed class ChannelCatalog
{
    private readonly Dictionary<string, ActiveChannel> _byId;

    internal ChannelCatalog(string directory, IReadOnlyList<LoadedPlugin> plugins)
    {
        Directory = directory;
        Plugins = plugins;
        Channels = plugins.Where(p => p.Status == PluginStatus.Active)
            .SelectMany(p => p.Channels.Select(c => new ActiveChannel(c, p)))
            .ToList();
        _byId = Channels.ToDictionary(c => c.Id, StringComparer.Ordinal);
        ChannelFacts = Channels.SelectMany(c => c.Definition.Facts)
            .GroupBy(f => f.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
    }

    public string Directory { get; }
    public IReadOnlyList<LoadedPlugin> Plugins { get; }
    public IReadOnlyList<ActiveChannel> Channels { get; }

    /// <summary>The channel-specific facts of all active channels, one per key (the first declaration wins).</summary>
    public IReadOnlyList<FactDescriptor> ChannelFacts { get; }

    public ActiveChannel? Find(string channelId) => _byId.GetValueOrDefault(channelId);

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
