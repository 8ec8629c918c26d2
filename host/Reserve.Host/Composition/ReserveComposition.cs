using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reserve.WebKit.Modules;

namespace Reserve.Host.Composition;

/// <summary>Wires the modules together; the same for the web host and the command line.</summary>
internal static class ReserveComposition
{
    public static IServiceCollection AddReserve(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = ReserveOptions.From(configuration, contentRoot);
        var registry = ModuleRegistry.From(configuration, ModuleRegistry.Modules(options));
        services.AddSingleton(options);
        services.AddSingleton(registry);
        services.AddSingleton(TimeProvider.System);
        var context = new ModuleContext(services, configuration, options.Database, Path.GetDirectoryName(options.SharedTemplatesPath)!, options.PluginsPath, options.InstanceName);
        foreach (var module in registry.Enabled)
        {
            module.AddServices(context);
        }
        services.AddSingleton<StartupTasks>();
        return services;
    }

    /// <summary>The registry <see cref="AddReserve"/> put in the services, for what is set up before the provider is built.</summary>
    public static ModuleRegistry Modules(this IServiceCollection services) =>
        (ModuleRegistry)services.Single(d => d.ServiceType == typeof(ModuleRegistry)).ImplementationInstance!;
}
