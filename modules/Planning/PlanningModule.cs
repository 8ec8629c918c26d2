using Microsoft.Extensions.DependencyInjection;
using Reserve.Matching;

namespace Reserve.Planning;

/// <summary>Registers the planner over the engine of the active channels; it keeps nothing of its own.</summary>
public static class PlanningModule
{
    public static IServiceCollection AddPlanning(this IServiceCollection services)
    {
        services.AddTransient(sp => new FundingPlanner(sp.GetRequiredService<MatchEngine>()));
        services.AddTransient(sp => new NearMissFinder(sp.GetRequiredService<MatchEngine>()));
        return services;
    }
}
