using Reserve.Accounts;
using Reserve.Host.Web;
using Reserve.Planning;
using Reserve.Host.Cli;
using Reserve.WebKit.Commands;
using Reserve.WebKit.Modules;

namespace Reserve.Host.Modules;

/// <summary>
/// 资金争取方案: which project to put forward to which channel, within each channel's quota. Not optional: a project's
/// page lists its near misses (what it lacks for the channels it nearly fits), which the planner finds.
/// </summary>
internal sealed class PlanningSlice : IReserveModule
{
    public string Name => "Planning";

    public string Title => "资金争取方案";

    public void AddServices(ModuleContext context) => context.Services.AddPlanning();

    public void AddWebServices(IServiceCollection services) => services.AddTransient<Web.Planning.PlanRunner>();

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
        new("bench", """
              bench --plan [--count N] [--repeat R] [--near-misses M]  基准：资金争取方案的求解耗时、最优与按金额贪心之差
            """,
            c => Task.FromResult(PlanBench.Run(c.Arguments, c.Get<Reserve.Channels.ChannelCatalog>(), c.Output, c.Error)),
            Accepts: a => a.Has("plan")),
    ];

    public IReadOnlyList<NavigationLink> Navigation => [new("/plan", "资金争取方案", 100, [Role.Reviewer])];
}
