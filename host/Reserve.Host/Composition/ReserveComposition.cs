using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reserve.Channels;
using Reserve.Jobs;
using Reserve.Matching;
using Reserve.Projects;

namespace Reserve.Host.Composition;

/// <summary>Wires the modules together; the same for the web host and the command line.</summary>
internal static class ReserveComposition
{
    public static IServiceCollection AddReserve(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = ReserveOptions.From(configuration, contentRoot);
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => ChannelsModule.LoadCatalog(options.PluginsPath, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Reserve.Plugins")));
        services.AddSingleton<IChannelFactProvider, CatalogFactProvider>();
        services.AddProjectReserve(options.Database);
        services.AddMatching(options.Database);
        services.AddJobs(options.Database, options.InstanceName);
        services.AddSingleton<IJobHandler, RematchAllJob>();
        services.AddSingleton<StartupTasks>();
        services.AddSingleton<DocumentService>();
        return services;
    }
}
