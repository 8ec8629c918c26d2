using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Reserve.Accounts;
using Reserve.Dispatch;
using Reserve.Dispatch.Web.Endpoints;
using Reserve.WebKit.Security;

namespace Reserve.Dispatch.Web;

/// <summary>
/// Who may see and report what in 项目调度 — the one place pages and API routes ask. Department clerks see and
/// report their own department's plan projects only; reviewers read every department; city leaders read the
/// dashboards and see the projects they 包抓. Nobody but the department's clerk writes a period report.
/// </summary>
internal sealed class DispatchAccess(IDispatchService dispatch, IConfiguration configuration, TimeProvider clock, IAccounts accounts,
    Reserve.Projects.IProjectReserve reserve)
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

    /// <summary>A department's clerk enters and edits the department's plan projects and start plans; 发改委 reviewers any department's.</summary>
    public static bool MayEditPlan(ClaimsPrincipal user, PlanProject project) => user.Role() switch
    {
        Role.DepartmentClerk => project.Department == user.Department(),
        Role.Reviewer => true,
        _ => false,
    };

    /// <summary>Targets are 发改委's: reviewers set them.</summary>
    public static bool MaySetTargets(ClaimsPrincipal user) => user.Role() == Role.Reviewer;

    /// <summary>The names a 包抓领导 may be chosen from: the active city leaders' accounts, as <see cref="LeaderName"/> maps them.</summary>
    public async Task<IReadOnlyList<string>> LeaderChoicesAsync(CancellationToken cancellationToken) =>
        (await accounts.UsersAsync(cancellationToken))
            .Where(a => a.Active && a.Role == Role.CityLeader)
            .Select(a => configuration[$"Reserve:Dispatch:Leaders:{a.Login}"] is { Length: > 0 } mapped ? mapped.Trim() : a.DisplayName)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Creates (Id 0) or updates a plan project for the user: a clerk's project is always of the clerk's department and
    /// may only be made from the department's own reserve project; the 包抓领导 must be a city leader's account.
    /// </summary>
    public async Task<DispatchWriteResult<PlanProject>> SavePlanAsync(ClaimsPrincipal user, PlanProject project, int? expectedVersion, CancellationToken cancellationToken)
    {
        string? keptLeader = null;
        if (project.Id != 0)
        {
            var read = await ReadAsync(user, project.Id, cancellationToken);
            if (read.Plan is not { } stored)
            {
                return DispatchWriteResult<PlanProject>.Refused(read.Status, read.Problem!);
            }
            if (!MayEditPlan(user, stored.Item))
            {
                return DispatchWriteResult<PlanProject>.Refused(StatusCodes.Status403Forbidden, "只有本部门填报员或发改委审核员可以修改计划项目");
            }
            // A 包抓领导 entered before accounts were kept (or imported) stays valid until someone changes it.
            keptLeader = stored.Item.Leader;
        }
        if (user.Role() is not (Role.DepartmentClerk or Role.Reviewer))
        {
            return DispatchWriteResult<PlanProject>.Refused(StatusCodes.Status403Forbidden, "只有部门填报员或发改委审核员可以录入计划项目");
        }
        if (user.ScopeDepartment() is { } department)
        {
            project.Department = department;
        }
        var problems = new List<DispatchProblem>();
        if (project.ReserveProjectId.Length > 0 && await reserve.FindAsync(project.ReserveProjectId, cancellationToken) is { } linked
            && user.ScopeDepartment() is { } own && linked.Record.Department != own)
        {
            problems.Add(new DispatchProblem("储备项目编号", $"储备项目“{project.ReserveProjectId}”属于{linked.Record.Department}，不能列入本部门的计划"));
        }
        if (project.Leader.Length > 0 && project.Leader != keptLeader && !(await LeaderChoicesAsync(cancellationToken)).Contains(project.Leader, StringComparer.Ordinal))
        {
            problems.Add(new DispatchProblem("包抓领导", $"“{project.Leader}”不是系统中的市级领导账号，请从列表中选择"));
        }
        if (problems.Count > 0)
        {
            return new(null, StatusCodes.Status422UnprocessableEntity, $"有 {problems.Count} 处需要修改，计划项目未保存", problems);
        }
        return DispatchWriteResult<PlanProject>.From(await dispatch.SavePlanProjectAsync(project, expectedVersion, user.AuditName(), cancellationToken), "计划项目");
    }

    /// <summary>Stores the start plan of a plan project the user may edit.</summary>
    public async Task<DispatchWriteResult<StartPlan>> SaveStartPlanAsync(ClaimsPrincipal user, long planId, StartPlan plan, int? expectedVersion, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(user, planId, cancellationToken);
        if (read.Plan is not { } stored)
        {
            return DispatchWriteResult<StartPlan>.Refused(read.Status, read.Problem!);
        }
        if (!MayEditPlan(user, stored.Item))
        {
            return DispatchWriteResult<StartPlan>.Refused(StatusCodes.Status403Forbidden, "只有本部门填报员或发改委审核员可以填写倒排计划");
        }
        plan.PlanProjectId = planId;
        return DispatchWriteResult<StartPlan>.From(await dispatch.SaveStartPlanAsync(plan, expectedVersion, user.AuditName(), cancellationToken), "倒排计划");
    }

    /// <summary>Sets a year's targets (reviewers only).</summary>
    public async Task<DispatchWriteResult<DispatchTarget>> SaveTargetAsync(ClaimsPrincipal user, DispatchTarget target, int? expectedVersion, CancellationToken cancellationToken) =>
        MaySetTargets(user)
            ? DispatchWriteResult<DispatchTarget>.From(await dispatch.SaveTargetAsync(target, expectedVersion, user.AuditName(), cancellationToken), "调度目标")
            : DispatchWriteResult<DispatchTarget>.Refused(StatusCodes.Status403Forbidden, "调度目标由发改委审核员设定");

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

/// <summary>What became of a dispatch save: the stored item, or the status with the reason and the problems per field.</summary>
internal sealed record DispatchWriteResult<T>(Stored<T>? Saved, int Status, string? Problem, IReadOnlyList<DispatchProblem> Problems)
{
    public static DispatchWriteResult<T> Refused(int status, string problem) => new(null, status, problem, []);

    public static DispatchWriteResult<T> From(DispatchSaveOutcome<T> outcome, string what) => outcome switch
    {
        { Saved: { } saved } => new(saved, StatusCodes.Status200OK, null, []),
        { Conflict: { } conflict } => new(null, StatusCodes.Status409Conflict, conflict, []),
        _ => new(null, StatusCodes.Status422UnprocessableEntity, $"有 {outcome.Problems.Count} 处需要修改，{what}未保存", outcome.Problems),
    };

    public IResult ToHttp(Func<Stored<T>, object> body) => Saved is { } saved
        ? Results.Json(body(saved), DispatchEndpoints.Json)
        : Results.Json(new { error = Problem, problems = Problems }, DispatchEndpoints.Json, statusCode: Status);
}

/// <summary>A plan project the user may read, or why not (404 / 403).</summary>
internal sealed record PlanAccessResult(Stored<PlanProject>? Plan, int Status, string? Problem)
{
    public IResult ToHttp() => Results.Json(new { error = Problem }, statusCode: Status);
}

/// <summary>What became of a report save: the stored report, or the status with the reason and the problems per field.</summary>
internal sealed record ReportSaveResult(Stored<PeriodReport>? Saved, int Status, string? Problem, IReadOnlyList<DispatchProblem> Problems);
