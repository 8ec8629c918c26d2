using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reserve.Channels.Activation;
using Reserve.Channels.Loading;
using Reserve.Channels.Storage;
using Reserve.Persistence;

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

    /// <summary>
    /// Registers <see cref="IPluginActivation"/> over the activation tables, the poller that makes this instance
    /// follow changes made through others, and the live loading of the plugins folder (<see cref="ILivePlugins"/>,
    /// watched while the host runs). Needs the catalog, an <see cref="IGoldenGate"/> and an <see cref="IFlipGate"/>.
    /// </summary>
    public static IServiceCollection AddPluginActivation(this IServiceCollection services, DatabaseOptions database)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new ChannelsDatabase(database));
        services.AddModuleDatabase<ChannelsDbContext, PostgresChannelsDbContext>(database, ChannelsDbContext.HistoryTable);
        services.AddSingleton<PluginActivation>();
        services.AddSingleton<IPluginActivation>(sp => sp.GetRequiredService<PluginActivation>());
        services.AddSingleton<ILivePlugins, LivePlugins>();
        services.AddHostedService<ActivationPoller>();
        services.AddHostedService<PluginFolderWatcher>();
        return services;
    }

    /// <summary>Brings the activation tables up to date and serves what they say.</summary>
    public static async Task MigrateChannelsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await services.MigrateModuleAsync<ChannelsDbContext>(services.GetRequiredService<ChannelsDatabase>().Options, cancellationToken);
        await services.GetRequiredService<IPluginActivation>().RefreshAsync(cancellationToken);
    }
}
