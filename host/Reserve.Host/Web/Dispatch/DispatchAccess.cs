using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Reserve.Accounts;
using Reserve.Dispatch;
using Reserve.Host.Web.Security;

namespace Reserve.Host.Web.Dispatch;

/// <summary>
/// Who may see and report what in 项目调度 — the one place pages and API routes ask. Department clerks see and
/// report their own department's plan projects only; reviewers read every department; city leaders read the
/// dashboards and see the projects they 包抓. Nobody but the department's clerk writes a period report.
/// </summary>
internal sealed class DispatchAccess(IDispatchService dispatch, IConfiguration configuration, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public static bool MayRead(ClaimsPrincipal user, PlanProject project) => user.Role() switch
    {
        Role.DepartmentClerk => project.Department == user.Department(),
        Role.Reviewer or Role.CityLeader => true,
        _ => false,
    };

    public static bool MayReport(ClaimsPrincipal user, PlanProject project) =>
        user.Role() == Role.DepartmentClerk && project.Department == user.Department();

    /// <summary>City-wide figures and the 日报/周报/月报 (every department's projects) are for reviewers and city leaders.</summary>
    public static bool SeesCity(ClaimsPrincipal user) => user.Role() is Role.Reviewer or Role.CityLeader;

    /// <summary>
    /// The 包抓领导 name a city leader goes by on plan projects: <c>Reserve:Dispatch:Leaders:&lt;login&gt;</c> when the
    /// site maps it, else the account's display name. Null for the other roles.
    /// </summary>
    public string? LeaderName(ClaimsPrincipal user)
    {
        if (user.Role() != Role.CityLeader)
        {
            return null;
        }
        var mapped = configuration[$"Reserve:Dispatch:Leaders:{user.Login()}"];
        return string.IsNullOrWhiteSpace(mapped) ? user.DisplayName() : mapped.Trim();
    }

    public async Task<PlanAccessResult> ReadAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken)
    {
        var stored = await dispatch.FindPlanProjectAsync(id, cancellationToken);
        if (stored is null)
        {
            return new PlanAccessResult(null, StatusCodes.Status404NotFound, $"没有编号为 {id} 的计划项目");
        }
        return MayRead(user, stored.Item)
            ? new PlanAccessResult(stored, StatusCodes.Status200OK, null)
            : new PlanAccessResult(null, StatusCodes.Status403Forbidden, user.Role() == Role.DepartmentClerk ? "无权查看其他部门的计划项目" : "您的角色不能查看计划项目");
    }

    /// <summary>
    /// Saves the report of the period containing <paramref name="report"/>'s start date for the user: 404/403 when the
    /// project is not theirs to report, 422 with the problems per field, 409 on a stale version (nothing overwritten).
    /// </summary>
    public async Task<ReportSaveResult> SaveReportAsync(ClaimsPrincipal user, long planId, PeriodReport report, int? expectedVersion, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(user, planId, cancellationToken);
        if (read.Plan is not { } plan)
        {
            return new ReportSaveResult(null, read.Status, read.Problem, []);
        }
        if (!MayReport(user, plan.Item))
        {
            return new ReportSaveResult(null, StatusCodes.Status403Forbidden, "只有本部门的填报员可以填报调度报告", []);
        }
        report.PlanProjectId = planId;
        var outcome = await dispatch.SaveReportAsync(report, expectedVersion, user.AuditName(), cancellationToken);
        if (outcome.Conflict is { } conflict)
        {
            return new ReportSaveResult(null, StatusCodes.Status409Conflict, conflict, []);
        }
        return outcome.Saved is { } saved
            ? new ReportSaveResult(saved, StatusCodes.Status200OK, null, [])
            : new ReportSaveResult(null, StatusCodes.Status422UnprocessableEntity, $"有 {outcome.Problems.Count} 处需要修改，调度报告未保存", outcome.Problems);
    }
}

/// <summary>A plan project the user may read, or why not (404 / 403).</summary>
internal sealed record PlanAccessResult(Stored<PlanProject>? Plan, int Status, string? Problem)
{
    public IResult ToHttp() => Results.Json(new { error = Problem }, statusCode: Status);
}

/// <summary>What became of a report save: the stored report, or the status with the reason and the problems per field.</summary>
internal sealed record ReportSaveResult(Stored<PeriodReport>? Saved, int Status, string? Problem, IReadOnlyList<DispatchProblem> Problems);
