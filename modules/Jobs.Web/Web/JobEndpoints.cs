using Reserve.Channels;
using Reserve.WebKit.Security;
using Reserve.Jobs;

namespace Reserve.Jobs.Web;

/// <summary>
/// Background work over HTTP: start a re-match of everything (reviewers) or a batch of documents (a clerk for
/// the own department, a reviewer for the city), follow its progress, fetch its file. A user sees their own
/// jobs; reviewers see all.
/// </summary>
internal static class JobEndpoints
{
    public static void MapJobApi(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/jobs").RequireAuthorization(Policies.ReadReserve);

        jobs.MapGet("", async (HttpContext http, IJobQueue queue, CancellationToken ct) =>
        {
            var mine = http.User.Role() == Reserve.Accounts.Role.Reviewer ? null : http.User.Login();
            return (await queue.RecentAsync(mine, 50, ct)).Select(JobViews.ToJson);
        }).WithSummary("最近的后台任务（审核员看全部，其他人看自己的）");

        jobs.MapGet("/{id:long}", async (long id, HttpContext http, IJobQueue queue, CancellationToken ct) =>
            await queue.FindAsync(id, ct) is { } job && JobViews.MaySee(http.User, job)
                ? Results.Json(JobViews.ToJson(job))
                : Results.Json(new { error = $"没有编号为 {id} 的任务" }, statusCode: StatusCodes.Status404NotFound)).WithSummary("一个后台任务的进度");

        jobs.MapGet("/{id:long}/file", async (long id, HttpContext http, IJobQueue queue, CancellationToken ct) =>
        {
            if (await queue.FindAsync(id, ct) is not { } job || !JobViews.MaySee(http.User, job))
            {
                return Results.Json(new { error = $"没有编号为 {id} 的任务" }, statusCode: StatusCodes.Status404NotFound);
            }
            return await queue.ResultFileAsync(id, ct) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.Json(new { error = "该任务没有生成文件（尚未完成或已失败）" }, statusCode: StatusCodes.Status404NotFound);
        }).WithSummary("后台任务生成的文件");

        jobs.MapPost("/{id:long}/cancel", async (long id, HttpContext http, IJobQueue queue, CancellationToken ct) =>
        {
            if (await queue.FindAsync(id, ct) is not { } job || !JobViews.MaySee(http.User, job))
            {
                return Results.Json(new { error = $"没有编号为 {id} 的任务" }, statusCode: StatusCodes.Status404NotFound);
            }
            return await queue.CancelAsync(id, ct)
                ? Results.NoContent()
                : Results.Json(new { error = "任务已结束，无法取消" }, statusCode: StatusCodes.Status409Conflict);
        }).WithSummary("取消后台任务");

        jobs.MapPost("/rematch", async (HttpContext http, IJobQueue queue, ChannelCatalog catalog, CancellationToken ct) =>
        {
            var job = await JobStarts.RematchAsync(queue, catalog, http.User, ct);
            return Results.Json(JobViews.ToJson(job), statusCode: StatusCodes.Status202Accepted);
        }).RequireAuthorization(Policies.Review).WithSummary("重新匹配全部项目（后台任务，审核员）");

        jobs.MapPost("/documents", async (HttpContext http, IJobQueue queue, CancellationToken ct) =>
        {
            var job = await JobStarts.DocumentsAsync(queue, http.User, ct);
            return Results.Json(JobViews.ToJson(job), statusCode: StatusCodes.Status202Accepted);
        }).RequireAuthorization(Policies.StartJobs).WithSummary("批量生成申报材料（后台任务；部门填报员为本部门）");
    }
}
