using System.Security.Claims;
using Reserve.Accounts;
using Reserve.Projects;
using Reserve.Review;
using Reserve.Sdk.Projects;

namespace Reserve.WebKit.Security;

/// <summary>
/// The one place that decides whether a user may read or change a project. Every page and API route asks
/// here, so a department clerk cannot reach another department's project by any route.
/// </summary>
public sealed class ProjectAccess(IProjectReserve reserve, IReview review, ReviewCalendar calendar, TimeProvider clock)
{
    public int ReserveYear => calendar.ReserveYear(Today);

    public DateOnly Deadline => calendar.Deadline(ReserveYear);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public static bool MayRead(ClaimsPrincipal user, ProjectRecord record) => user.Role() switch
    {
        Role.DepartmentClerk => record.Department == user.Department(),
        Role.Reviewer or Role.CityLeader => true,
        _ => false,
    };

    public async Task<ProjectAccessResult> ReadAsync(ClaimsPrincipal user, string id, CancellationToken cancellationToken)
    {
        var stored = await reserve.FindAsync(id, cancellationToken);
        if (stored is null)
        {
            return ProjectAccessResult.NotFound($"没有储备编号为 {id} 的项目");
        }
        return MayRead(user, stored.Record)
            ? ProjectAccessResult.Allowed(stored)
            : ProjectAccessResult.Forbidden(user.Role() == Role.DepartmentClerk ? "无权查看其他部门的项目" : "您的角色不能查看储备项目");
    }

    /// <summary>Why this user may not save this record now (null: they may). <paramref name="existing"/> is null for a new project.</summary>
    public async Task<string?> EditProblemAsync(ClaimsPrincipal user, ProjectRecord? existing, ProjectRecord edited, CancellationToken cancellationToken)
    {
        if (user.Role() != Role.DepartmentClerk)
        {
            return "只有部门填报员可以新建或修改项目";
        }
        var department = user.Department();
        if (existing is not null && existing.Department != department)
        {
            return "不能修改其他部门的项目";
        }
        if (edited.Department != department)
        {
            return $"项目主管部门只能是本部门（{department}）";
        }
        if (!await review.DepartmentMayEditAsync(ReserveYear, department!, existing?.Id, cancellationToken))
        {
            var submission = await review.SubmissionAsync(ReserveYear, department!, cancellationToken);
            return $"本部门 {ReserveYear} 年储备清单状态为“{ZhNames<SubmissionStatus>.Of(submission.Status)}”，不能再修改；如需修改，请联系发改委退回";
        }
        return null;
    }
}

/// <summary>A project the user may read, or why not (404 / 403).</summary>
public sealed record ProjectAccessResult(StoredProject? Project, int Status, string? Problem)
{
    public static ProjectAccessResult Allowed(StoredProject project) => new(project, StatusCodes.Status200OK, null);

    public static ProjectAccessResult NotFound(string problem) => new(null, StatusCodes.Status404NotFound, problem);

    public static ProjectAccessResult Forbidden(string problem) => new(null, StatusCodes.Status403Forbidden, problem);

    public IResult ToHttp() => Results.Json(new { error = Problem }, statusCode: Status);
}
