using Reserve.Review.Web.Submissions;
using Reserve.Review;
using Reserve.Sdk.Projects;

namespace Reserve.Review.Web;

/// <summary>
/// Department submissions over HTTP, under the rules of the 报送情况 page: everyone who reads the reserve
/// sees the submissions (a clerk only their department's); a clerk submits their own list; a reviewer
/// returns, aggregates and reports. The package for the government (/api/submissions/package) is written with the
/// documents, so it is mapped where they are.
/// </summary>
internal static class ReviewEndpoints
{
    public sealed record ReturnRequest(string? Reason);

    public static void MapReviewApi(this IEndpointRouteBuilder app)
    {
        var submissions = app.MapGroup("/api/submissions").RequireAuthorization(Policies.ReadReserve);

        submissions.MapGet("", async (string? status, HttpContext http, SubmissionListing listing, TimeProvider clock, CancellationToken ct) =>
        {
            SubmissionStatus? only = null;
            if (!string.IsNullOrWhiteSpace(status))
            {
                if (!EnumText.TryParse<SubmissionStatus>(status, out var parsed))
                {
                    return Results.Json(new { error = EnumText.Problem<SubmissionStatus>("报送状态", status) }, statusCode: StatusCodes.Status400BadRequest);
                }
                only = parsed;
            }
            var view = await listing.BuildAsync(http.User, only, ct);
            var overview = view.Overview;
            return Results.Json(new
            {
                overview.Year,
                Deadline = overview.Deadline.ToString("yyyy-MM-dd"),
                overview.DaysLeft,
                NotSubmitted = view.All.Count(r => r.Pending),
                Departments = view.Shown.Select(r => Line(r, clock)),
            });
        }).WithSummary("各部门储备清单报送情况（截止日期、逾期；部门填报员只见本部门；status 按状态筛选）");

        submissions.MapPost("/{department}/submit", (string department, HttpContext http, SubmissionWorkflow workflow, TimeProvider clock, CancellationToken ct) =>
            MoveAsync(workflow, http, department, SubmissionAction.Submit, null, clock, ct))
            .RequireAuthorization(Policies.EditProjects).WithSummary("提交本部门储备清单（部门填报员；草稿或退回修改时，且至少有一个项目）");

        submissions.MapPost("/{department}/return", (string department, ReturnRequest? body, HttpContext http, SubmissionWorkflow workflow, TimeProvider clock, CancellationToken ct) =>
            MoveAsync(workflow, http, department, SubmissionAction.Return, body?.Reason, clock, ct))
            .RequireAuthorization(Policies.Review).WithSummary("退回部门储备清单修改（审核员；须填写理由 reason）");

        submissions.MapPost("/{department}/aggregate", (string department, HttpContext http, SubmissionWorkflow workflow, TimeProvider clock, CancellationToken ct) =>
            MoveAsync(workflow, http, department, SubmissionAction.Aggregate, null, clock, ct))
            .RequireAuthorization(Policies.Review).WithSummary("汇总已提交的部门储备清单（审核员）");

        submissions.MapGet("/decision", async (int? year, ProjectAccess access, IReview review, TimeProvider clock, CancellationToken ct) =>
        {
            var decision = await review.DecisionAsync(year ?? access.ReserveYear, ct);
            return decision is null
                ? Results.Json(new { year = year ?? access.ReserveYear, decision = (object?)null })
                : Results.Json(new { year = decision.Year, decision = Decision(decision, clock) });
        }).WithSummary("市政府对年度储备清单的审定结果（year 缺省为当前储备年度；未记录时 decision 为 null）");

        submissions.MapPost("/decision", async (DecisionForm body, HttpContext http, DecisionWorkflow workflow, IReview review, ProjectAccess access, TimeProvider clock, CancellationToken ct) =>
        {
            var move = await workflow.RecordAsync(http.User, body, ct);
            if (!move.Succeeded)
            {
                return Results.Json(new { error = move.Message }, statusCode: move.Status);
            }
            var decision = await review.DecisionAsync(body.Year ?? access.ReserveYear, ct);
            return Results.Json(new { message = move.Message, decision = Decision(decision!, clock) });
        }).RequireAuthorization(Policies.Review)
            .WithSummary("记录市政府审定结果（审核员）：verdict 审定通过/调整，date yyyy-MM-dd，docNumber 文号，removed/added 项目编号（逗号分隔），note，version 为读取时的版本（首次记录不填）");

        submissions.MapPost("/{department}/report", (string department, HttpContext http, SubmissionWorkflow workflow, TimeProvider clock, CancellationToken ct) =>
            MoveAsync(workflow, http, department, SubmissionAction.Report, null, clock, ct))
            .RequireAuthorization(Policies.Review).WithSummary("将已汇总的部门储备清单报市政府审定（审核员）");
    }

    private static async Task<IResult> MoveAsync(SubmissionWorkflow workflow, HttpContext http, string department, SubmissionAction action, string? reason, TimeProvider clock, CancellationToken ct)
    {
        var move = await workflow.MoveAsync(http.User, department, action, reason, ct);
        return move.Submission is { } submission
            ? Results.Json(new { message = move.Message, submission = Submission(submission, clock) })
            : Results.Json(new { error = move.Message }, statusCode: move.Status);
    }

    private static object Decision(GovernmentDecision d, TimeProvider clock) => new
    {
        d.Year,
        Verdict = d.Verdict.ToString(),
        VerdictName = ZhNames<GovernmentVerdict>.Of(d.Verdict),
        Date = d.Date.ToString("yyyy-MM-dd"),
        d.DocNumber,
        d.Approved,
        d.Removed,
        d.Added,
        d.Note,
        d.RecordedBy,
        RecordedAt = LocalTimes.Text(d.RecordedAtUtc, clock),
        d.Version,
    };

    private static object Line(SubmissionRow row, TimeProvider clock) => new
    {
        submission = Submission(row.Submission, clock),
        row.Late,
        row.Projects,
        row.Investment,
    };

    private static object Submission(DepartmentSubmission s, TimeProvider clock) => new
    {
        s.Department,
        Status = s.Status.ToString(),
        StatusName = ZhNames<SubmissionStatus>.Of(s.Status),
        SubmittedAt = s.SubmittedAtUtc is null ? null : LocalTimes.Text(s.SubmittedAtUtc, clock),
        s.SubmittedBy,
        s.ReturnReason,
        UpdatedAt = s.UpdatedAtUtc is null ? null : LocalTimes.Text(s.UpdatedAtUtc, clock),
        s.UpdatedBy,
    };
}
