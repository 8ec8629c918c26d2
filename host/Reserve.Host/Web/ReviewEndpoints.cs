using Reserve.Host.Web.Security;
using Reserve.Host.Web.Submissions;
using Reserve.Review;
using Reserve.Sdk.Projects;

namespace Reserve.Host.Web;

/// <summary>
/// Department submissions over HTTP, under the rules of the 报送情况 page: everyone who reads the reserve
/// sees the submissions (a clerk only their department's); a clerk submits their own list; a reviewer
/// returns, aggregates and reports.
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
