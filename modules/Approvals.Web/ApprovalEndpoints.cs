using Reserve.Approvals;
using Reserve.Approvals.Records;
using Reserve.Approvals.Summaries;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Web;

/// <summary>
/// 审批服务 over HTTP, under the rules of the /approvals pages: clerks read, open and record their own department's
/// approvals, reviewers every department's, city leaders read only (DepartmentRecordAccess).
/// </summary>
internal static class ApprovalEndpoints
{
    public const int DefaultPageSize = 200;
    public const int MaxPageSize = 1000;

    public sealed record DatesRequest(string? AppliedOn, string? CompletedOn, string? DocNumber, int Version);

    public sealed record FulfilRequest(string? On, int Version);

    public static void MapApprovalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/approvals").RequireAuthorization(p => p.RequireRole(DepartmentRecordAccess.ReadRoles.Split(',')));

        api.MapGet("", async (string? department, string? item, bool? flagged, string? q, int? page, int? pageSize, HttpContext http, ApprovalBoard board, CancellationToken ct) =>
        {
            PreWorkKind? only = null;
            if (!string.IsNullOrWhiteSpace(item))
            {
                if (!EnumText.TryParse<PreWorkKind>(item, out var parsed))
                {
                    return ProblemResults.Error(StatusCodes.Status400BadRequest, EnumText.Problem<PreWorkKind>("前期工作事项", item));
                }
                only = parsed;
            }
            var size = Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize);
            var number = Math.Max(1, page ?? 1);
            var (records, refusal) = await board.ListAsync(http.User, new ApprovalFilter(department, only, flagged == true, q), (number - 1) * size, size, ct);
            if (refusal is not null)
            {
                return ProblemResults.Error(StatusCodes.Status403Forbidden, refusal);
            }
            var (summary, _) = await board.SummaryAsync(http.User, department, SummaryGrouping.Department, ct);
            return Results.Json(new
            {
                asOf = board.Today.ToString("yyyy-MM-dd"),
                total = records.Total,
                page = number,
                pageSize = size,
                count = records.Records.Count,
                overdue = summary!.Total.Overdue,
                overdueCommitments = summary.Total.CommitmentsOverdue,
                records = records.Records.Select(ApprovalJson.Record),
            });
        }).WithSummary("审批记录，分页（今日为统计日；department、item 事项、flagged=true 只看超时或承诺逾期，最早到期的在前；q 按项目名称、储备编号或事项名称查找；page 从 1 起，pageSize 默认 200、至多 1000；部门填报员只见本部门）");

        api.MapGet("/{id:long}", async (long id, HttpContext http, ApprovalBoard board, CancellationToken ct) =>
        {
            var read = await board.ReadAsync(http.User, id, ct);
            return read.Record is { } view ? Results.Json(ApprovalJson.Record(view)) : ProblemResults.Error(read.Status, read.Refusal);
        }).WithSummary("审批记录详情：受理日期、时限、到期日、办结日期、超时标记、不见面审批、联合审查、容缺受理/先承诺后补办承诺");

        api.MapGet("/summary", async (string? by, string? department, HttpContext http, ApprovalBoard board, CancellationToken ct) =>
        {
            SummaryGrouping grouping;
            switch (by?.Trim().ToLowerInvariant())
            {
                case null or "" or "department": grouping = SummaryGrouping.Department; break;
                case "item": grouping = SummaryGrouping.Item; break;
                default: return ProblemResults.Error(StatusCodes.Status400BadRequest, $"by：“{by}”不是有效的分组，应为 department（部门）或 item（事项）");
            }
            var (summary, refusal) = await board.SummaryAsync(http.User, department, grouping, ct);
            return refusal is not null ? ProblemResults.Error(StatusCodes.Status403Forbidden, refusal) : Results.Json(ApprovalJson.Summary(summary!));
        }).WithSummary("按部门或事项汇总（办理中、超时未办结、按时/超时办结，承诺待补办/逾期/已补办），由数据库统计");

        api.MapGet("/projects/{projectId}", async (string projectId, HttpContext http, ApprovalBoard board, CancellationToken ct) =>
        {
            var (project, status, refusal) = await board.ProjectAsync(http.User, projectId, ct);
            return project is null ? ProblemResults.Error(status, refusal) : Results.Json(ApprovalJson.Project(project));
        }).WithSummary("储备项目的前期工作事项及各事项的审批记录（可据此登记审批事项或联合审查）");

        api.MapGet("/joint-reviews/{id:long}", async (long id, HttpContext http, ApprovalBoard board, CancellationToken ct) =>
        {
            var (review, status, refusal) = await board.JointReviewAsync(http.User, id, edit: false, ct);
            return review is null ? ProblemResults.Error(status, refusal) : Results.Json(ApprovalJson.JointReview(review));
        }).WithSummary("联审联批 / 多评合一 联合审查详情：受理日期、到期日（所含事项中最晚者）、各事项的审批记录");

        var edit = api.MapGroup("").RequireAuthorization(p => p.RequireRole(DepartmentRecordAccess.EditRoles.Split(',')));

        edit.MapPost("", async (ApprovalRequests.OpenBody body, HttpContext http, ApprovalBoard board, CancellationToken ct) =>
        {
            var (draft, problems) = ApprovalRequests.Draft(body);
            if (draft is null)
            {
                return ProblemResults.Refused(problems, null);
            }
            var (outcome, refusal) = await board.OpenAsync(http.User, draft, ct);
            if (refusal is not null)
            {
                return ProblemResults.Error(StatusCodes.Status403Forbidden, refusal);
            }
            return outcome!.Value is { } view
                ? Results.Json(ApprovalJson.Record(view), statusCode: StatusCodes.Status201Created)
                : ProblemResults.Refused(outcome.Problems.Select(p => p.ToString()), outcome.Conflict);
        }).WithSummary("登记储备项目一个前期工作事项的审批记录（projectId、item 事项、appliedOn 受理日期、basis 法定时限/承诺时限、statutoryLimitId 或 limitDays+counting、remote 不见面审批、authority、note、commitments）；到期日按工作日历计算");

        edit.MapPost("/joint-reviews", async (ApprovalRequests.JointBody body, HttpContext http, ApprovalBoard board, CancellationToken ct) =>
        {
            var (draft, problems) = ApprovalRequests.Draft(body);
            if (draft is null)
            {
                return ProblemResults.Refused(problems, null);
            }
            var (outcome, refusal) = await board.OpenJointReviewAsync(http.User, draft, ct);
            if (refusal is not null)
            {
                return ProblemResults.Error(StatusCodes.Status403Forbidden, refusal);
            }
            return outcome!.Value is { } review
                ? Results.Json(ApprovalJson.JointReview(review), statusCode: StatusCodes.Status201Created)
                : ProblemResults.Refused(outcome.Problems.Select(p => p.ToString()), outcome.Conflict);
        }).WithSummary("登记联审联批 / 多评合一：一个项目的两个以上前期工作事项，同一受理日期，到期日取所含事项中最晚者（kind、projectId、appliedOn、leadAuthority、remote、items[{item, basis, statutoryLimitId, limitDays, counting, authority}]）");

        edit.MapPut("/joint-reviews/{id:long}", async (long id, ApprovalRequests.JointChangeBody body, HttpContext http, ApprovalBoard board, IApprovalService approvals, CancellationToken ct) =>
        {
            var (review, status, refusal) = await board.JointReviewAsync(http.User, id, edit: true, ct);
            if (review is null)
            {
                return ProblemResults.Error(status, refusal);
            }
            var (change, problems) = ApprovalRequests.Change(body);
            if (change is null)
            {
                return ProblemResults.Refused(problems, null);
            }
            var outcome = await approvals.UpdateJointReviewAsync(id, change, body.Version, http.User.AuditName(), ct);
            return outcome.Value is { } changed ? Results.Json(ApprovalJson.JointReview(changed)) : ProblemResults.Refused(outcome.Problems.Select(p => p.ToString()), outcome.Conflict);
        }).WithSummary("修改联合审查：受理日期、办结日期（所含事项随之办结）、牵头部门、不见面审批、备注（version）");

        edit.MapPost("/{id:long}/dates", async (long id, DatesRequest body, HttpContext http, ApprovalBoard board, CancellationToken ct) =>
        {
            var allowed = await board.EditAsync(http.User, id, ct);
            if (allowed.Record is not { } current)
            {
                return ProblemResults.Error(allowed.Status, allowed.Refusal);
            }
            if (!ProblemResults.TryDate(body.AppliedOn, "受理日期", out var applied, out var problem) || !ProblemResults.TryDate(body.CompletedOn, "办结日期", out var completed, out problem))
            {
                return problem!;
            }
            var outcome = await board.RecordDatesAsync(current with { Version = body.Version }, applied ?? current.Record.AppliedOn, completed, body.DocNumber, http.User.AuditName(), ct);
            return Result(outcome);
        }).WithSummary("登记受理日期与办结日期（appliedOn、completedOn 留空为未办结、docNumber 批复文号、version）");

        edit.MapPost("/{id:long}/commitments/{index:int}/fulfil", async (long id, int index, FulfilRequest body, HttpContext http, ApprovalBoard board, CancellationToken ct) =>
        {
            var allowed = await board.EditAsync(http.User, id, ct);
            if (allowed.Record is null)
            {
                return ProblemResults.Error(allowed.Status, allowed.Refusal);
            }
            if (!ProblemResults.TryDate(body.On, "补办日期", out var on, out var problem))
            {
                return problem!;
            }
            return Result(await board.FulfilAsync(id, index, on ?? board.Today, body.Version, http.User.AuditName(), ct));
        }).WithSummary("登记承诺事项已补办（index 从 0 起，on 日期，version）");

        app.MapCalendarApi();
    }

    private static IResult Result(Outcome<ApprovalView> outcome) =>
        outcome.Value is { } view ? Results.Json(ApprovalJson.Record(view)) : ProblemResults.Refused(outcome.Problems.Select(p => p.ToString()), outcome.Conflict);
}
