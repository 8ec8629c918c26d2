using Reserve.Planning;
using Reserve.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Planning.Web;

/// <summary>The stored reserve handed to the planner: the page and the API plan the whole city's reserve.</summary>
internal sealed class PlanRunner(IProjectReserve reserve, FundingPlanner planner)
{
    public async Task<FundingPlan> PlanAsync(PlanRequest request, CancellationToken cancellationToken)
    {
        var projects = new List<ProjectRecord>();
        await foreach (var record in reserve.AllAsync(cancellationToken))
        {
            projects.Add(record);
        }
        return planner.Plan(projects, request);
    }
}
