using System.Security.Claims;
using Reserve.Projects;

namespace Reserve.WebKit.Security;

/// <summary>
/// Withdraws (撤回) a project from the reserve, or restores it, for a user: the same people and the same moments as
/// editing it (a clerk of its department while the department's list is a draft or returned), with the version the
/// user saw. Nothing is erased: the project stays readable, marked, and comes back whole when restored.
/// </summary>
public sealed class ProjectWithdrawing(IProjectReserve reserve, ProjectAccess access)
{
    public Task<ProjectEditResult> WithdrawAsync(ClaimsPrincipal user, string id, int? expectedVersion, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, expectedVersion, cancellationToken,
            (version, by) => reserve.WithdrawAsync(id, version, reason ?? "", by, cancellationToken));

    public Task<ProjectEditResult> RestoreAsync(ClaimsPrincipal user, string id, int? expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, expectedVersion, cancellationToken,
            (version, by) => reserve.RestoreAsync(id, version, by, cancellationToken));

    private async Task<ProjectEditResult> ChangeAsync(ClaimsPrincipal user, string id, int? expectedVersion, CancellationToken cancellationToken,
        Func<int, string, Task<SaveOutcome>> change)
    {
        var read = await access.ReadAsync(user, id, cancellationToken);
        if (read.Project is not { } stored)
        {
            return ProjectEditResult.Refused(read.Status, read.Problem!);
        }
        if (await access.EditProblemAsync(user, stored.Record, stored.Record, cancellationToken) is { } problem)
        {
            return ProjectEditResult.Refused(StatusCodes.Status403Forbidden, problem);
        }
        if (expectedVersion is not { } version)
        {
            return ProjectEditResult.Refused(StatusCodes.Status400BadRequest, "须给出所看到的版本号（version），以免撤回或恢复他人刚修改过的项目");
        }
        var outcome = await change(version, user.AuditName());
        if (outcome.Saved is { } saved)
        {
            return new ProjectEditResult(saved, StatusCodes.Status200OK, null, []);
        }
        return outcome.Problems.Count > 0
            ? new ProjectEditResult(null, StatusCodes.Status422UnprocessableEntity, outcome.Conflict, outcome.Problems)
            : ProjectEditResult.Refused(StatusCodes.Status409Conflict, outcome.Conflict!);
    }
}
