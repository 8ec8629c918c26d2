using System.Security.Claims;
using Reserve.Projects;
using Reserve.Review;
using Reserve.Sdk.Projects;

namespace Reserve.WebKit.Security;

/// <summary>
/// Saves a project for a user: checks access, saves with the version the user started from (a second
/// editor gets the conflict, nothing is overwritten), and sends a returned project back for review.
/// </summary>
public sealed class ProjectEditing(IProjectReserve reserve, IReview review, ProjectAccess access)
{
    public async Task<ProjectEditResult> SaveAsync(ClaimsPrincipal user, ProjectRecord edited, int? expectedVersion, CancellationToken cancellationToken)
    {
        StoredProject? existing = null;
        if (edited.Id is { } id)
        {
            var read = await access.ReadAsync(user, id, cancellationToken);
            if (read.Project is null)
            {
                return ProjectEditResult.Refused(read.Status, read.Problem!);
            }
            existing = read.Project;
        }
        if (await access.EditProblemAsync(user, existing?.Record, edited, cancellationToken) is { } problem)
        {
            return ProjectEditResult.Refused(StatusCodes.Status403Forbidden, problem);
        }
        var outcome = await reserve.SaveAsync(edited, existing is null ? null : expectedVersion, user.AuditName(), cancellationToken);
        if (outcome.Conflict is { } conflict)
        {
            return ProjectEditResult.Refused(StatusCodes.Status409Conflict, conflict);
        }
        if (!outcome.Succeeded)
        {
            return new ProjectEditResult(null, StatusCodes.Status422UnprocessableEntity, "项目信息有误，未保存", outcome.Problems);
        }
        if (existing is not null)
        {
            await review.MarkRevisedAsync(access.ReserveYear, outcome.Saved!.Record.Id!, outcome.Saved.Record.Department, user.AuditName(), cancellationToken);
        }
        return new ProjectEditResult(outcome.Saved, StatusCodes.Status200OK, null, []);
    }
}

public sealed record ProjectEditResult(StoredProject? Saved, int Status, string? Problem, IReadOnlyList<Reserve.Projects.Validation.ImportProblem> Problems)
{
    public static ProjectEditResult Refused(int status, string problem) => new(null, status, problem, []);
}
