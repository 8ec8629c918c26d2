using Reserve.Projects.Web.Imports;
using Reserve.WebKit.Security;
using Reserve.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Web;

/// <summary>
/// Import over HTTP: preview a file (every row's problems, nothing stored), or import it — all or nothing,
/// or only the valid rows. A clerk imports only their own department's projects.
/// </summary>
internal static class ImportEndpoints
{
    public static void MapImportApi(this IEndpointRouteBuilder app)
    {
        var import = app.MapGroup("/api/import").RequireAuthorization(Policies.EditProjects).DisableAntiforgery();

        import.MapPost("/preview", async (IFormFile file, HttpContext http, ImportPreviewer previewer, CancellationToken ct) =>
        {
            var preview = await previewer.PreviewAsync(http.User, await ReadAsync(file, ct), file.FileName, ct);
            return Results.Json(Describe(preview));
        }).WithSummary("预览导入文件：逐行列出问题，不存储");

        import.MapPost("", async (IFormFile file, string? mode, HttpContext http, ImportPreviewer previewer, ProjectAccess access, IProjectReserve reserve, CancellationToken ct) =>
        {
            if (await access.EditProblemAsync(http.User, null, new ProjectRecord { Department = http.User.Department() ?? "" }, ct) is { } problem)
            {
                return Results.Json(new { error = problem }, statusCode: StatusCodes.Status403Forbidden);
            }
            var preview = await previewer.PreviewAsync(http.User, await ReadAsync(file, ct), file.FileName, ct);
            var validOnly = string.Equals(mode, "valid-only", StringComparison.OrdinalIgnoreCase);
            if (preview.FileProblems.Count > 0 || (!validOnly && preview.InvalidCount > 0) || preview.ValidCount == 0)
            {
                return Results.Json(new { error = "文件有问题，未导入任何项目", preview = Describe(preview) }, statusCode: StatusCodes.Status422UnprocessableEntity);
            }
            var outcome = await reserve.ImportAsync(preview.ValidRecords, http.User.AuditName(), ct);
            return outcome.Succeeded
                ? Results.Json(new { outcome.Created, outcome.Updated, outcome.Ids, skippedRows = preview.Rows.Where(r => !r.IsValid).Select(r => r.Row) })
                : Results.Json(new { error = "导入未完成，未存储任何项目", problems = outcome.Problems }, statusCode: StatusCodes.Status422UnprocessableEntity);
        }).WithSummary("导入文件：mode=all-or-nothing（默认，有任何问题则不导入）或 valid-only（只导入有效行）");
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    private static object Describe(ImportPreview preview) => new
    {
        rows = preview.Rows.Count,
        valid = preview.ValidCount,
        invalid = preview.InvalidCount,
        problems = preview.FileProblems.Concat(preview.Rows.SelectMany(r => r.Problems))
            .Select(p => new { p.Row, where = preview.Where(p), p.Column, p.Message }),
    };
}
