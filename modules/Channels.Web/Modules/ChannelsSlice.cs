using Reserve.Channels;
using Reserve.Channels.Activation;
using Reserve.Projects;
using Reserve.WebKit.Modules;

namespace Reserve.Channels.Web.Modules;

/// <summary>资金渠道: the channel plugins, their loading, validation, golden cases and activation.</summary>
/// <param name="pluginsPath">The plugins folder (Reserve:PluginsPath).</param>
/// <param name="sharedTemplatesPath">The shared document templates a plugin's templates are checked against.</param>
/// <param name="hostAssembly">The host executable the upload check runs <c>plugins validate</c> and <c>plugins flip</c> in.</param>
public sealed class ChannelsSlice(string pluginsPath, string sharedTemplatesPath, string hostAssembly) : IReserveModule
{
    public string Name => "Channels";

    public string Title => "资金渠道插件";

    public System.Reflection.Assembly? Pages => typeof(ChannelsSlice).Assembly;

    public void AddServices(ModuleContext context)
    {
        context.Services.AddSingleton(sp => ChannelsModule.LoadCatalog(pluginsPath, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Reserve.Plugins")));
        context.Services.AddSingleton<IChannelFactProvider, CatalogFactProvider>();
        context.Services.AddSingleton<GoldenResults>();
        context.Services.AddSingleton<IGoldenGate, GoldenGate>();
        context.Services.AddSingleton(new PluginCheckHost(hostAssembly, pluginsPath, sharedTemplatesPath, context.Database));
        context.Services.AddPluginActivation(context.Database);
    }

    public void AddWebServices(IServiceCollection services) => services.AddSingleton<PluginUploadCheck>();

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateChannelsAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPluginApi();

    public IReadOnlyList<NavigationLink> Navigation => [new("/admin/plugins", "插件", 200, [Reserve.Accounts.Role.Administrator])];
}
