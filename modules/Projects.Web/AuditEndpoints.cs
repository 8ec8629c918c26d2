using Reserve.Projects.Web.Audit;
using Reserve.WebKit.Security;

namespace Reserve.Projects.Web;

/// <summary>The change log over HTTP, for reviewers only, as on the 修改记录 page.</summary>
internal static class AuditEndpoints
{
    public static void MapAuditApi(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/audit").RequireAuthorization(Policies.Review);

        audit.MapGet("", async (string? user, string? project, string? from, string? to, int? skip, int? take, AuditLog log, TimeProvider clock, CancellationToken ct) =>
        {
            var (filter, problem) = AuditFilter.Parse(user, project, from, to, skip, take);
            if (filter is null)
            {
                return Results.Json(new { error = problem }, statusCode: StatusCodes.Status400BadRequest);
            }
            var page = await log.ProjectChangesAsync(filter, ct);
            return Results.Json(new
            {
                page.Total,
                page.Skip,
                page.Take,
                Items = page.Changes.Select(c => new
                {
                    c.Entry.Id,
                    c.Entry.ProjectId,
                    c.Entry.Action,
                    c.Entry.User,
                    At = LocalTimes.Text(c.Entry.AtUtc, clock),
                    Changes = c.Fields,
                }),
            });
        }).WithSummary("项目修改记录（谁、何时、操作、逐字段修改前后；user/project/from/to 筛选，skip/take 分页）");

        audit.MapGet("/review", async (string? department, int? take, AuditLog log, TimeProvider clock, CancellationToken ct) =>
            (await log.ReviewEventsAsync(department, take ?? AuditLog.PageSize, ct)).Select(e => new
            {
                e.Id, e.Year, e.Department, e.ProjectId, e.Action, e.Reason, e.Actor, At = LocalTimes.Text(e.AtUtc, clock),
            })).WithSummary("审核记录：报送状态变化、项目受理与退回（最新在前）");

        audit.MapGet("/accounts", async (int? take, AuditLog log, TimeProvider clock, CancellationToken ct) =>
            (await log.AccountChangesAsync(take ?? AuditLog.PageSize, ct)).Select(c => new
            {
                c.Id, c.Actor, c.Action, c.Target, c.Detail, At = LocalTimes.Text(c.AtUtc, clock),
            })).WithSummary("账号与部门变更记录（最新在前）");
    }
}
