using Reserve.Approvals;
using Reserve.Approvals.Records;
using Reserve.Approvals.Summaries;
using Reserve.WebKit.Security;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Web;

/// <summary>
/// 审批服务 over HTTP, under the rules of the /approvals page: clerks read and record their own department's
/// approvals, reviewers every department's, city leaders read only (DepartmentRecordAccess).
/// </summary>
internal static class ApprovalEndpoints
{
    public sealed record DatesRequest(string? AppliedOn, string? CompletedOn, string? DocNumber, int Version);

    public sealed record FulfilRequest(string? On, int Version);

    public static void MapApprovalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/approvals").RequireAuthorization(p => p.RequireRole(DepartmentRecordAccess.ReadRoles.Split(',')));

        api.MapGet("", async (string? department, string? item, bool? flagged, HttpContext http, ApprovalBoard board, CancellationToken ct) =>
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
            var (records, refusal) = await board.ListAsync(http.User, new ApprovalFilter(department, only, flagged == true), board.Today, ct);
            return refusal is not null
                ? ProblemResults.Error(StatusCodes.Status403Forbidden, refusal)
                : Results.Json(new
                {
                    asOf = board.Today.ToString("yyyy-MM-dd"),
                    count = records.Count,
                    overdue = records.Count(r => r.State == ApprovalState.Overdue),
                    overdueCommitments = records.Sum(r => r.Commitments.Count(c => c.State == CommitmentState.Overdue)),
                    records = records.Select(ApprovalJson.Record),
                });
        }).WithSummary("审批记录（今日为统计日；department、item 事项、flagged=true 只看超时或承诺逾期；部门填报员只见本部门）");

        api.MapGet("/{id:long}", async (long id, HttpContext http, ApprovalBoard board, CancellationToken ct) =>
        {
            var read = await board.ReadAsync(http.User, id, board.Today, ct);
            return read.Record is { } view ? Results.Json(ApprovalJson.Record(view)) : ProblemResults.Error(read.Status, read.Refusal);
        }).WithSummary("审批记录详情：受理日期、时限、到期日、办结日期、超时标记、容缺受理/先承诺后补办承诺");

        api.MapGet("/summary", async (string? by, string? department, HttpContext http, ApprovalBoard board, CancellationToken ct) =>
        {
            SummaryGrouping grouping;
            switch (by?.Trim().ToLowerInvariant())
            {
                case null or "" or "department": grouping = SummaryGrouping.Department; break;
                case "item": grouping = SummaryGrouping.Item; break;
                default: return ProblemResults.Error(StatusCodes.Status400BadRequest, $"by：“{by}”不是有效的分组，应为 department（部门）或 item（事项）");
            }
            var (records, refusal) = await board.ListAsync(http.User, new ApprovalFilter(department, null, false), board.Today, ct);
            return refusal is not null
                ? ProblemResults.Error(StatusCodes.Status403Forbidden, refusal)
                : Results.Json(ApprovalJson.Summary(ApprovalSummary.Of(records, board.Today, grouping)));
        }).WithSummary("按部门或事项汇总（办理中、超时未办结、按时/超时办结，承诺待补办/逾期/已补办）");

        var edit = api.MapGroup("/{id:long}").RequireAuthorization(p => p.RequireRole(DepartmentRecordAccess.EditRoles.Split(',')));

        edit.MapPost("/dates", async (long id, DatesRequest body, HttpContext http, ApprovalBoard board, CancellationToken ct) =>
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

        edit.MapPost("/commitments/{index:int}/fulfil", async (long id, int index, FulfilRequest body, HttpContext http, ApprovalBoard board, CancellationToken ct) =>
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
    }

    private static IResult Result(Outcome<ApprovalView> outcome) =>
        outcome.Value is { } view ? Results.Json(ApprovalJson.Record(view)) : ProblemResults.Refused(outcome.Problems.Select(p => p.ToString()), outcome.Conflict);
}
