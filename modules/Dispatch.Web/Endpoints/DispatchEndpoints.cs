using System.Text.Json;
using System.Text.Json.Serialization;
using Reserve.Dispatch;
using Reserve.WebKit.Security;

namespace Reserve.Dispatch.Web.Endpoints;

/// <summary>
/// The 项目调度 JSON API (docs/dispatch.md), under the same permissions as the pages (<see cref="DispatchAccess"/>):
/// a department clerk sees and reports only the department's plan projects; reviewers and city leaders read the
/// city's; the 日报/周报/月报 are for reviewers and city leaders.
/// </summary>
internal static class DispatchEndpoints
{
    public sealed record ReportEdit(int? Version, PeriodReport Report);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static void MapDispatchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/dispatch").RequireAuthorization(Policies.Dashboards);

        api.MapGet("/plan-projects", async (HttpContext http, IDispatchService dispatch, DispatchAccess access, int? year, string? department, string? leader, PlanTier? tier, CancellationToken ct) =>
        {
            // A clerk's list is their own department's, whatever department the query names.
            var scope = http.User.ScopeDepartment() ?? department;
            var items = await dispatch.ListPlanProjectsAsync(year ?? access.Today.Year, scope, leader, tier, ct);
            return Results.Json(new { total = items.Count, items = items.Select(i => new { i.Version, project = i.Item }) }, Json);
        }).WithSummary("计划项目列表（部门填报员只见本部门）");

        api.MapGet("/plan-projects/{id:long}", async (long id, HttpContext http, IDispatchService dispatch, DispatchAccess access, CancellationToken ct) =>
        {
            var read = await access.ReadAsync(http.User, id, ct);
            if (read.Plan is not { } plan)
            {
                return read.ToHttp();
            }
            var reports = await dispatch.ListReportsAsync(id, ct);
            var start = await dispatch.FindStartPlanAsync(id, ct);
            return Results.Json(new
            {
                plan.Version,
                project = plan.Item,
                reports = reports.Select(r => new { r.Version, r.UpdatedBy, r.UpdatedAtUtc, report = r.Item, period = r.Item.Period.Label }),
                startPlan = start?.Item,
            }, Json);
        }).WithSummary("计划项目及其各期调度报告");

        api.MapPut("/plan-projects/{id:long}/reports/{date}", async (long id, DateOnly date, HttpContext http, DispatchAccess access, CancellationToken ct) =>
        {
            // Read here rather than bound, so that enums may come by name and a malformed body gets a Chinese message.
            ReportEdit? edit;
            try
            {
                edit = await http.Request.ReadFromJsonAsync<ReportEdit>(Json, ct);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                return Results.Json(new { error = $"请求内容不是有效的调度报告 JSON：{ex.Message}" }, statusCode: StatusCodes.Status400BadRequest);
            }
            if (edit?.Report is null)
            {
                return Results.Json(new { error = "请求内容缺少 report（调度报告）" }, statusCode: StatusCodes.Status400BadRequest);
            }
            edit.Report.PeriodStart = date;
            var result = await access.SaveReportAsync(http.User, id, edit.Report, edit.Version, ct);
            return result.Saved is { } saved
                ? Results.Json(new { saved.Version, report = saved.Item, period = saved.Item.Period.Label }, Json)
                : Results.Json(new { error = result.Problem, problems = result.Problems }, Json, statusCode: result.Status);
        }).RequireAuthorization(Policies.EditProjects).WithSummary("填报或修改包含该日期的一期调度报告（本部门填报员；修改须带版本号）");

        api.MapGet("/metrics", async (HttpContext http, DispatchDashboard dashboard, DateOnly? asOf, CancellationToken ct) =>
        {
            var view = await dashboard.BuildAsync(http.User, asOf, ct);
            return Results.Json(new
            {
                view.Metrics.Year, view.AsOf, view.Department, timeElapsed = view.Metrics.TimeElapsed, overall = view.Overall,
                byDepartment = view.ByDepartment, byTier = view.ByTier, byField = view.ByField, definitions = view.Metrics.Definitions,
            }, Json);
        }).WithSummary("调度指标（开工率、复工率、开复工率、投资完成率、序时进度、增速；含口径）");

        api.MapGet("/missing", async (HttpContext http, DispatchDashboard dashboard, DateOnly? date, CancellationToken ct) =>
        {
            var view = await dashboard.BuildAsync(http.User, date, ct);
            return Results.Json(new { date = view.AsOf, byDepartment = view.MissingByDepartment, items = view.Missing, leader = view.Leader, leaderItems = view.LeaderMissing }, Json);
        }).WithSummary("未报送的调度报告（按部门；城市领导另见本人包抓项目）");

        api.MapGet("/charts", async (HttpContext http, DispatchDashboard dashboard, DateOnly? asOf, CancellationToken ct) =>
            Results.Json((await dashboard.BuildAsync(http.User, asOf, ct)).Charts, Json)).WithSummary("调度看板图表数据");

        api.MapGet("/not-started", async (HttpContext http, IDispatchService dispatch, DateOnly? asOf, CancellationToken ct) =>
        {
            var scope = http.User.ScopeDepartment();
            var items = (await dispatch.NotStartedAsync(asOf, ct)).Where(n => scope is null || n.Project.Department == scope).ToList();
            return Results.Json(items, Json);
        }).WithSummary("计划今年开工而未开工的项目（症结、措施、倒排工期，逾期节点标出）");

        api.MapGet("/reports/{kind}", async (string kind, HttpContext http, IDispatchService dispatch, DispatchAccess access, DateOnly? date, string? format, CancellationToken ct) =>
        {
            if (!DispatchAccess.SeesCity(http.User))
            {
                return Results.Json(new { error = "调度日报、周报、月报只供发改委审核员和市领导查看" }, statusCode: StatusCodes.Status403Forbidden);
            }
            if (ReportKind(kind) is not { } reportKind)
            {
                return Results.Json(new { error = $"不支持的报告类型“{kind}”，应为 daily、weekly 或 monthly" }, statusCode: StatusCodes.Status400BadRequest);
            }
            var fileFormat = string.IsNullOrWhiteSpace(format) ? "docx" : format.Trim().ToLowerInvariant();
            if (fileFormat is not ("docx" or "xlsx"))
            {
                return Results.Json(new { error = $"不支持的格式“{format}”，应为 docx 或 xlsx" }, statusCode: StatusCodes.Status400BadRequest);
            }
            var file = await dispatch.ReportAsync(reportKind, date ?? access.Today, fileFormat, cancellationToken: ct);
            return file.Content is { } content
                ? Results.File(content, file.ContentType, file.FileName)
                : Results.Json(new { error = "报告未能生成", problems = file.Problems }, statusCode: StatusCodes.Status422UnprocessableEntity);
        }).WithSummary("调度日报/周报/月报（DOCX 或 XLSX；审核员和市领导）");
    }

    public static DispatchReportKind? ReportKind(string kind) => kind.ToLowerInvariant() switch
    {
        "daily" => DispatchReportKind.Daily,
        "weekly" => DispatchReportKind.Weekly,
        "monthly" => DispatchReportKind.Monthly,
        _ => null,
    };
}
