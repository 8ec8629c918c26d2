using System.Reflection;
using Reserve.Accounts;
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

    public IReadOnlyList<NavigationLink> Navigation => [new("/plan", "资金争取方案", 100, [Role.Reviewer])];
}
