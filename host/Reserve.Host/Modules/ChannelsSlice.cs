using Reserve.Channels;
using Reserve.Host.Composition;
using Reserve.Host.Web;
using Reserve.Projects;
using Reserve.WebKit.Modules;

namespace Reserve.Host.Modules;

/// <summary>资金渠道: the channel plugins, their loading, validation, golden cases and activation.</summary>
internal sealed class ChannelsSlice(string pluginsPath) : IReserveModule
{
    public string Name => "Channels";

    public string Title => "资金渠道插件";

    public void AddServices(ModuleContext context)
    {
        context.Services.AddSingleton(sp => Reserve.Channels.ChannelsModule.LoadCatalog(pluginsPath, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Reserve.Plugins")));
        context.Services.AddSingleton<IChannelFactProvider, CatalogFactProvider>();
        context.Services.AddSingleton<Web.Admin.GoldenResults>();
        context.Services.AddSingleton<Reserve.Channels.Activation.IGoldenGate, GoldenGate>();
        context.Services.AddPluginActivation(context.Database);
    }

    public void AddWebServices(IServiceCollection services) => services.AddSingleton<Web.Admin.PluginUploadCheck>();

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateChannelsAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAdminApi();

    public IReadOnlyList<NavigationLink> Navigation => [new("/admin/plugins", "插件", 200, [Reserve.Accounts.Role.Administrator])];
}
