using System.Reflection;
using Reserve.Accounts;
using Reserve.Planning;
using Reserve.WebKit.Commands;
using Reserve.WebKit.Modules;

namespace Reserve.Planning.Web;

/// <summary>
/// 资金争取方案: which project to put forward to which channel, within each channel's quota. Not optional: a project's
/// page lists its near misses (what it lacks for the channels it nearly fits), which the planner finds.
/// </summary>
public sealed class PlanningSlice : IReserveModule
{
    public string Name => "Planning";

    public string Title => "资金争取方案";

    public Assembly? Pages => typeof(PlanningSlice).Assembly;

    public void AddServices(ModuleContext context) => context.Services.AddPlanning();

    public void AddWebServices(IServiceCollection services) => services.AddTransient<PlanRunner>();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPlanApi();

    public IReadOnlyList<ModuleCommand> Commands =>
    [
        new("plan", """
              plan 文件|--reserve [--as-of 日期] --quota 渠道=万元 … [--objective amount|priority] [--with-pending] [--out plan.json] [--xlsx plan.xlsx]
                                               资金争取方案：在各渠道额度和叠加规则下求最优分配（OR-Tools），附申报窗口和“怎样才能符合”
            """,
            c => PlanCommand.RunAsync(c.Arguments, c.Get<Reserve.Channels.ChannelCatalog>(), c.Get<FundingPlanner>(), () => c.Get<Reserve.Projects.IProjectReserve>(), c.Get<TimeProvider>(),
                c.Output, c.Error, c.CancellationToken),
            NeedsDatabase: a => a.Has("reserve")),
    ];

    public IReadOnlyList<NavigationLink> Navigation => [new("/plan", "资金争取方案", 100, [Role.Reviewer])];
}
