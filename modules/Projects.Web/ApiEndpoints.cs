using Reserve.Channels;
using Reserve.Channels.Activation;
using Reserve.Projects.Web.Reporting;
using Reserve.WebKit.Security;
using Reserve.Matching;
using Reserve.Projects;
using Reserve.Projects.Interchange;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Web;

/// <summary>
/// The JSON API over the reserve, the channels and the stored results, under the same permissions as the
/// pages: a department clerk sees and changes only the department's own projects.
/// </summary>
internal static class ApiEndpoints
{
    public sealed record ProjectEdit(int? Version, ProjectRecord Project);

    public sealed record WithdrawalRequest(int? Version, string? Reason);

    public static void MapReserveApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        var projects = api.MapGroup("/projects").RequireAuthorization(Policies.ReadReserve);
        projects.MapGet("", async (HttpContext http, IProjectReserve reserve, string? department, string? field, string? stage, string? search, string? q,
            string? channel, string? answer, int? year, string? category, int? skip, int? take, ProjectSort? sort, bool? desc, bool? withdrawn, CancellationToken ct) =>
        {
            // A clerk's list is their own department's, whatever department the query names.
            var filter = new ProjectListFilter(department, field, stage, search ?? q, channel, answer, year, category, sort, desc ?? false) { Withdrawn = withdrawn ?? false };
            var query = filter.Query(http.User, skip ?? 0, Math.Clamp(take ?? 50, 1, 500));
            return new ProjectPageResult(await reserve.PageJsonAsync(query, ct));
        }).WithSummary("储备项目列表（分页、排序、筛选：部门、领域、阶段、搜索、渠道及匹配结论、计划开工年度、两新一重；withdrawn=true 为已撤回的项目；部门填报员只见本部门）");

        projects.MapPost("", async (ProjectEdit edit, HttpContext http, ProjectEditing editing, CancellationToken ct) =>
        {
            edit.Project.Id = null;
            return EditAnswer(await editing.SaveAsync(http.User, edit.Project, null, ct), created: true);
        }).RequireAuthorization(Policies.EditProjects).WithSummary("新建储备项目（部门填报员，本部门）");

        projects.MapGet("/{id}", async (string id, HttpContext http, ProjectAccess access, CancellationToken ct) =>
        {
            var read = await access.ReadAsync(http.User, id, ct);
            return read.Project is { } stored ? Results.Json(new { stored.Version, project = stored.Record, withdrawal = stored.Withdrawal }, ProjectJson.Options) : read.ToHttp();
        }).WithSummary("一个储备项目（已撤回的带撤回时间、人和理由）");

        projects.MapPost("/{id}/withdraw", async (string id, WithdrawalRequest request, HttpContext http, ProjectWithdrawing withdrawing, CancellationToken ct) =>
            EditAnswer(await withdrawing.WithdrawAsync(http.User, id, request.Version, request.Reason, ct), created: false))
            .RequireAuthorization(Policies.EditProjects).WithSummary("撤回储备项目（部门填报员，本部门清单为草稿或退回时；带版本号和理由；不删除，可恢复）");

        projects.MapPost("/{id}/restore", async (string id, WithdrawalRequest request, HttpContext http, ProjectWithdrawing withdrawing, CancellationToken ct) =>
            EditAnswer(await withdrawing.RestoreAsync(http.User, id, request.Version, ct), created: false))
            .RequireAuthorization(Policies.EditProjects).WithSummary("恢复已撤回的储备项目（带版本号）");

        projects.MapPut("/{id}", async (string id, ProjectEdit edit, HttpContext http, ProjectEditing editing, CancellationToken ct) =>
        {
            if (edit.Version is null)
            {
                return Results.Json(new { error = "修改项目时须给出所编辑的版本号（version），以免覆盖他人的修改" }, statusCode: StatusCodes.Status400BadRequest);
            }
            edit.Project.Id = id;
            return EditAnswer(await editing.SaveAsync(http.User, edit.Project, edit.Version, ct), created: false);
        }).RequireAuthorization(Policies.EditProjects).WithSummary("修改储备项目（带版本号；他人已修改时拒绝并说明）");

        projects.MapGet("/{id}/matches", async (string id, HttpContext http, ProjectAccess access, IMatchResults results, CancellationToken ct) =>
        {
            var read = await access.ReadAsync(http.User, id, ct);
            return read.Project is null ? read.ToHttp() : Results.Json(await results.ForProjectAsync(id, ct), ProjectJson.Options);
        }).WithSummary("项目与各渠道的匹配结果及逐条理由");

        projects.MapGet("/{id}/audit", async (string id, HttpContext http, ProjectAccess access, IProjectReserve reserve, CancellationToken ct) =>
        {
            var read = await access.ReadAsync(http.User, id, ct);
            return read.Project is null ? read.ToHttp() : Results.Json(await reserve.AuditAsync(id, ct));
        }).WithSummary("项目的修改记录（谁、何时、修改前后）");

        api.MapGet("/import/template.xlsx", (ChannelCatalog catalog) =>
        {
            var stream = new MemoryStream();
            ProjectExport.WriteXlsx(stream, [], catalog.ChannelFacts, KnownChannels.Of(catalog));
            stream.Position = 0;
            return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "储备项目导入模板.xlsx");
        }).RequireAuthorization(Policies.EditProjects).WithSummary("导入模板（交换格式的空白工作簿）");

        api.MapGet("/matches/summary", async (HttpContext http, ReserveAggregates aggregates, CancellationToken ct) =>
            (await aggregates.BuildAsync(http.User.ScopeDepartment(), ct)).ByChannel)
            .RequireAuthorization(Policies.ReadReserve).WithSummary("各渠道符合/待核实/待补充/不符合项目数（部门填报员为本部门）");

        api.MapGet("/aggregates", async (HttpContext http, ReserveAggregates aggregates, CancellationToken ct) =>
            await aggregates.BuildAsync(http.User.ScopeDepartment(), ct))
            .RequireAuthorization(Policies.Dashboards).WithSummary("按部门、渠道、领域、两新一重汇总（万元）");
    }

    private static IResult EditAnswer(ProjectEditResult result, bool created)
    {
        if (result.Saved is { } saved)
        {
            var body = new { saved.Version, project = saved.Record };
            return created ? Results.Json(body, ProjectJson.Options, statusCode: StatusCodes.Status201Created) : Results.Json(body, ProjectJson.Options);
        }
        return Results.Json(new { error = result.Problem, problems = result.Problems.Select(p => new { p.Column, p.Message }) }, statusCode: result.Status);
    }
}
