namespace Reserve.Sdk.Channels;

/// <summary>
/// The entry point of a funding-channel plugin. The host creates it with its parameterless constructor
/// and asks it once, at start, for the channels it defines. A plugin hands back plain data and
/// delegates, never engine objects.
/// </summary>
public interface IChannelPlugin
{
    IEnumerable<ChannelDefinition> DefineChannels(PluginContext context);
}
