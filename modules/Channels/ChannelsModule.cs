using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reserve.Channels.Loading;

namespace Reserve.Channels;

/// <summary>The public face of the channel catalog: load every plugin folder of a directory.</summary>
public static class ChannelsModule
{
    public static ChannelCatalog LoadCatalog(string pluginsDirectory, ILogger? logger = null) =>
        new PluginCatalogLoader(logger ?? NullLogger.Instance).Load(Path.GetFullPath(pluginsDirectory));

    /// <summary>A catalog of one plugin folder, for testing that plugin on its own.</summary>
    public static ChannelCatalog LoadFolder(string pluginFolder, ILogger? logger = null)
    {
        var folder = Path.GetFullPath(pluginFolder);
        return new PluginCatalogLoader(logger ?? NullLogger.Instance).LoadFolders(Path.GetDirectoryName(folder)!, [folder]);
    }
}
