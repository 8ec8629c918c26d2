using System.Text.Json;
using Reserve.Dispatch;
using Reserve.Dispatch.Import;
using Reserve.WebKit.Security;

namespace Reserve.Dispatch.Web.Endpoints;

/// <summary>
/// Entering 项目调度 data over HTTP, under the same rules as the pages (<see cref="DispatchAccess"/>): plan projects
/// and start plans (a clerk's department's, or any for 发改委 reviewers), the XLSX import of period reports with
/// its preview (clerks, own department), and the year's targets (reviewers set, everyone on the dashboards reads).
/// </summary>
internal static class DispatchEntryEndpoints
{
    public sealed record PlanEdit(int? Version, PlanProject Project);

    public sealed record StartPlanEdit(int? Version, StartPlan StartPlan);

    public sealed record TargetEdit(int? Version, DispatchTarget Target);

    public static void MapDispatchEntryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/dispatch").RequireAuthorization(Policies.Dashboards);

        api.MapPost("/plan-projects", async (HttpContext http, DispatchAccess access, CancellationToken ct) =>
        {
            var (edit, error) = await ReadAsync<PlanEdit>(http, "计划项目", ct);
            if (edit?.Project is null)
            {
                return error ?? Missing("project（计划项目）");
            }
            edit.Project.Id = 0;
            return (await access.SavePlanAsync(http.User, edit.Project, null, ct)).ToHttp(s => new { s.Version, project = s.Item });
        }).WithSummary("录入计划项目（从储备项目列入时填 reserveProjectId；部门填报员只能录入本部门的）");

        api.MapPut("/plan-projects/{id:long}", async (long id, HttpContext http, DispatchAccess access, CancellationToken ct) =>
        {
            var (edit, error) = await ReadAsync<PlanEdit>(http, "计划项目", ct);
            if (edit?.Project is null)
            {
                return error ?? Missing("project（计划项目）");
            }
            if (edit.Version is null)
            {
                return Results.Json(new { error = "修改计划项目须带版本号 version（防止覆盖他人的修改）" }, statusCode: StatusCodes.Status400BadRequest);
            }
            edit.Project.Id = id;
            return (await access.SavePlanAsync(http.User, edit.Project, edit.Version, ct)).ToHttp(s => new { s.Version, project = s.Item });
        }).WithSummary("修改计划项目（须带版本号；本部门填报员或发改委审核员）");

        api.MapPut("/plan-projects/{id:long}/start-plan", async (long id, HttpContext http, DispatchAccess access, CancellationToken ct) =>
        {
            var (edit, error) = await ReadAsync<StartPlanEdit>(http, "倒排计划", ct);
            if (edit?.StartPlan is null)
            {
                return error ?? Missing("startPlan（症结、措施、倒排工期）");
            }
            return (await access.SaveStartPlanAsync(http.User, id, edit.StartPlan, edit.Version, ct)).ToHttp(s => new { s.Version, startPlan = s.Item });
        }).WithSummary("填写症结、措施和倒排工期节点（首次不带版本号，修改须带）");

        api.MapPost("/reports/import", async (IFormFile file, string? mode, HttpContext http, IDispatchService dispatch, CancellationToken ct) =>
        {
            if (http.User.Role() != Accounts.Role.DepartmentClerk)
            {
                return Results.Json(new { error = "只有部门填报员可以导入调度报告" }, statusCode: StatusCodes.Status403Forbidden);
            }
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            var department = http.User.Department();
            var choice = (mode ?? "preview").Trim().ToLowerInvariant();
            if (choice == "preview")
            {
                return Results.Json(Describe(await dispatch.PreviewReportImportAsync(buffer, department, ct)), DispatchEndpoints.Json);
            }
            if (choice is not ("all" or "valid-only"))
            {
                return Results.Json(new { error = $"不支持的 mode“{mode}”，应为 preview（默认，只预览不存储）、all（有任何问题则一行也不导入）或 valid-only（只导入无误的行）" },
                    statusCode: StatusCodes.Status400BadRequest);
            }
            var result = await dispatch.ImportReportsAsync(buffer, department, choice == "valid-only", http.User.AuditName(), ct);
            return result.Succeeded
                ? Results.Json(new { stored = result.Stored, preview = Describe(result.Preview) }, DispatchEndpoints.Json)
                : Results.Json(new { error = result.Refusal, preview = Describe(result.Preview) }, DispatchEndpoints.Json, statusCode: StatusCodes.Status422UnprocessableEntity);
        }).RequireAuthorization(Policies.EditProjects).DisableAntiforgery()
            .WithSummary("导入调度报告 XLSX：mode=preview（默认，逐行列出问题，不存储）、all（全部无误才导入）或 valid-only（只导入无误的行）");

        api.MapGet("/reports/import/template", async (HttpContext http, IDispatchService dispatch, DispatchAccess access, DateOnly? date, CancellationToken ct) =>
        {
            var day = date ?? access.Today;
            var content = await dispatch.ReportImportTemplateAsync(http.User.ScopeDepartment(), day, ct);
            return Results.File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"调度报告导入模板-{day:yyyy-MM}.xlsx");
        }).WithSummary("调度报告导入模板（列出本部门计划项目及该日期所在的期间）");

        api.MapGet("/targets/{year:int}", async (int year, HttpContext http, IDispatchService dispatch, CancellationToken ct) =>
        {
            var stored = await dispatch.FindTargetAsync(year, ct);
            return stored is null
                ? Results.Json(new { error = $"{year}年度尚未设定调度目标" }, statusCode: StatusCodes.Status404NotFound)
                : Results.Json(new { stored.Version, target = stored.Item }, DispatchEndpoints.Json);
        }).WithSummary("年度调度目标（开复工率目标及日期、投资增速目标、上年数）");

        api.MapPut("/targets/{year:int}", async (int year, HttpContext http, DispatchAccess access, CancellationToken ct) =>
        {
            var (edit, error) = await ReadAsync<TargetEdit>(http, "调度目标", ct);
            if (edit?.Target is null)
            {
                return error ?? Missing("target（调度目标）");
            }
            edit.Target.Year = year;
            return (await access.SaveTargetAsync(http.User, edit.Target, edit.Version, ct)).ToHttp(s => new { s.Version, target = s.Item });
        }).WithSummary("设定年度调度目标（发改委审核员；首次不带版本号，修改须带）");
    }

    private static object Describe(ReportImportPreview preview) => new
    {
        rows = preview.Rows.Count,
        valid = preview.ValidRows,
        invalid = preview.InvalidRows,
        fileProblems = preview.FileProblems.Select(p => p.ToString()),
        items = preview.Rows.Select(r => new { r.Row, r.Project, r.Period, r.Valid, problems = r.Problems.Select(p => new { p.Row, p.Column, p.Header, p.Message, text = p.ToString() }) }),
    };

    private static IResult Missing(string what) => Results.Json(new { error = $"请求内容缺少 {what}" }, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>Reads the body here rather than binding it, so enums may come by name and a malformed body gets a Chinese message.</summary>
    private static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpContext http, string what, CancellationToken ct) where T : class
    {
        try
        {
            return (await http.Request.ReadFromJsonAsync<T>(DispatchEndpoints.Json, ct), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return (null, Results.Json(new { error = $"请求内容不是有效的{what} JSON：{ex.Message}" }, statusCode: StatusCodes.Status400BadRequest));
        }
    }
}
