using Reserve.Channels;
using Reserve.Channels.Activation;
using Reserve.Projects;
using Reserve.Channels.Web.Commands;
using Reserve.WebKit.Commands;
using Reserve.WebKit.Modules;

namespace Reserve.Channels.Web.Modules;

/// <summary>资金渠道: the channel plugins, their loading, validation, golden cases and activation.</summary>
/// <param name="hostAssembly">The host executable the upload check runs <c>plugins validate</c> and <c>plugins flip</c> in.</param>
public sealed class ChannelsSlice(string hostAssembly) : IReserveModule
{
    public string Name => "Channels";

    public string Title => "资金渠道插件";

    public System.Reflection.Assembly? Pages => typeof(ChannelsSlice).Assembly;

    public void AddServices(ModuleContext context)
    {
        context.Services.AddSingleton(sp => ChannelsModule.LoadCatalog(context.PluginsPath, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Reserve.Plugins")));
        context.Services.AddSingleton<IChannelFactProvider, CatalogFactProvider>();
        context.Services.AddSingleton<GoldenResults>();
        context.Services.AddSingleton<IGoldenGate, GoldenGate>();
        context.Services.AddSingleton<FlipGate>();
        context.Services.AddSingleton<IFlipGate>(sp => sp.GetRequiredService<FlipGate>());
        context.Services.AddSingleton(new PluginCheckHost(hostAssembly, context.PluginsPath, Path.Combine(context.TemplatesFolder, "shared"), context.Database));
        context.Services.AddPluginActivation(context.Database);
    }

    public void AddWebServices(IServiceCollection services) => services.AddSingleton<PluginUploadCheck>();

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateChannelsAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapChannelApi();
        endpoints.MapPluginApi();
    }

    public IReadOnlyList<ModuleCommand> Commands =>
    [
        new("plugins", """
              plugins list                     列出插件及其状态、版本、故障
              plugins test [插件目录]          运行插件的核对用例（默认全部插件）
              plugins validate 插件目录        放入前校验一个插件：清单、SDK、独立加载、日期参数、规则出处、核对用例、文书模板
              plugins flip 插件目录 [--as-of 日期] [--out 报告.xlsx]
                                               翻转报告：候选版本与当前版本在整个储备库上的结论变化及其原因
            """,
            RunPluginsAsync,
            NeedsDatabase: a => a.Positional.ElementAtOrDefault(1) == "flip"),
    ];

    private static async Task<int> RunPluginsAsync(CommandContext c)
    {
        var sub = c.Arguments.Positional.ElementAtOrDefault(1);
        var folder = c.Arguments.Positional.ElementAtOrDefault(2);
        switch (sub)
        {
            case "test" when folder is not null:
                if (!Directory.Exists(folder))
                {
                    c.Error.WriteLine($"找不到插件目录：{folder}");
                    return 2;
                }
                return PluginsCommand.Test(ChannelsModule.LoadFolder(folder), c.Output);
            case "validate":
                return folder is null ? c.UsageError() : PluginsCommand.Validate(folder, c.Get<PluginCheckHost>().SharedTemplatesPath, c.Output);
            case "flip":
                return await FlipCommand.RunAsync(c.Arguments, c.Get<ChannelCatalog>(), c.Get<IProjectReserve>(), c.Get<TimeProvider>(), c.Output, c.Error, c.CancellationToken);
            case "list":
                return PluginsCommand.List(c.Get<ChannelCatalog>(), c.Output);
            case "test":
                return PluginsCommand.Test(c.Get<ChannelCatalog>(), c.Output);
            default:
                return c.UsageError();
        }
    }

    public IReadOnlyList<NavigationLink> Navigation => [new("/admin/plugins", "插件", 200, [Reserve.Accounts.Role.Administrator])];
}
