using Microsoft.Extensions.DependencyInjection;
using Reserve.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Dispatch.Storage;

/// <summary>
/// One 计划开工 per project: when a reserve project's 计划开工时间 changes, the year plan made from it follows
/// (<see cref="IDispatchService.FollowReserveStartAsync"/>), so /dispatch/projects and the project's page agree.
/// </summary>
/// <remarks>
/// The dispatch service is asked for when a change comes, not injected: it needs the reserve, whose observers this is,
/// and a constructor dependency would make the two wait on each other.
/// </remarks>
internal sealed class PlannedStartFollower(IServiceProvider services) : IProjectChangeObserver
{
    /// <summary>Who the plan's audit names for a change that came from the reserve.</summary>
    public const string Actor = "随储备项目同步";

    public async Task ProjectsChangedAsync(IReadOnlyList<ProjectRecord> projects, CancellationToken cancellationToken) =>
        await services.GetRequiredService<IDispatchService>().FollowReserveStartAsync(projects, Actor, cancellationToken);
}
