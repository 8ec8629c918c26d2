using Reserve.Sdk.Channels;

namespace Reserve.Channels;

/// <summary>A channel of an active plugin, with the plugin that defines it (for provenance of results).</summary>
public sealed record ActiveChannel(ChannelDefinition Definition, LoadedPlugin Plugin)
{
    public string Id => Definition.Id;
    public string PluginId => Plugin.Id;
    public string PluginVersion => Plugin.Version;
}
