using Reserve.Funding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reserve.Channels;
using Reserve.Accounts;
using Reserve.Dispatch;
using Reserve.Jobs;
using Reserve.Matching;
using Reserve.Planning;
using Reserve.Promotion;
using Reserve.Approvals;
using Reserve.Projects;
using Reserve.Review;

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
        services.AddSingleton<Web.Admin.GoldenResults>();
        services.AddSingleton<Reserve.Channels.Activation.IGoldenGate, GoldenGate>();
        services.AddPluginActivation(options.Database);
        services.AddProjectReserve(options.Database);
        services.AddMatching(options.Database);
        services.AddPlanning();
        services.AddAccounts(options.Database);
        services.AddReview(options.Database, ReviewCalendarFrom(configuration));
        // Reserve:Jobs tunes the runner (PollInterval, HeartbeatInterval, StaleAfter: how long a silent job waits before another instance takes it over).
        services.AddJobs(options.Database, options.InstanceName, jobs =>
        {
            configuration.GetSection("Reserve:Jobs").Bind(jobs);
            jobs.InstanceName = options.InstanceName;
        });
        services.AddDispatch(options.Database, dispatch => DispatchSettings(configuration, options, dispatch));
        services.AddSingleton<IJobHandler, RematchAllJob>();
        services.AddPromotion(options.Database);
        services.AddApprovals(options.Database);
        services.AddFunding(options.Database);
        services.AddSingleton<PromotionApprovalsDemo>();
        services.AddSingleton<StartupTasks>();
        services.AddSingleton<DocumentService>();
        services.AddSingleton<PackageService>();
        return services;
    }

    /// <summary>
    /// Cadences, due days and growth targets from <c>Reserve:Dispatch</c> (appsettings.json carries the defaults of
    /// docs/dispatch.md); the report templates are the host's own templates folder.
    /// </summary>
    private static void DispatchSettings(IConfiguration configuration, ReserveOptions options, DispatchOptions dispatch)
    {
        configuration.GetSection("Reserve:Dispatch").Bind(dispatch);
        dispatch.TemplatesFolder = Path.GetDirectoryName(options.SharedTemplatesPath)!;
    }

    private static ReviewCalendar ReviewCalendarFrom(IConfiguration configuration)
    {
        var section = configuration.GetSection("Reserve:Review");
        var deadline = section["Deadline"];
        return ReviewCalendar.Parse(section.GetValue<int?>("ReserveYear"), deadline)
               ?? throw new InvalidOperationException($"配置 Reserve:Review:Deadline 的值“{deadline}”不是“月-日”格式（如 10-15）");
    }
}
