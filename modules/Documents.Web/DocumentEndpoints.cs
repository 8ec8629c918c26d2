using Reserve.Documents;
using Reserve.WebKit;
using Reserve.Rendering;
using Reserve.WebKit.Security;

namespace Reserve.Documents.Web;

/// <summary>Documents over HTTP: one project's document for a channel, and the 汇总表 — each under the reader's permissions.</summary>
public static class DocumentEndpoints
{
    public static void MapDocumentApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/projects/{id}/documents/{channel}", async (string id, string channel, string? template, string? format, bool? final, HttpContext http, ProjectAccess access, DocumentService documents, CancellationToken ct) =>
        {
            var read = await access.ReadAsync(http.User, id, ct);
            if (read.Project is null)
            {
                return read.ToHttp();
            }
            var mode = final == true ? DocumentMode.Final : DocumentMode.Draft;
            var (request, problem) = await documents.RequestAsync(id, channel, template, mode, null, ct);
            if (request is null)
            {
                return Results.NotFound(new { error = problem });
            }
            var result = documents.Renderer.Render(request, ct);
            if (!result.Succeeded)
            {
                return Results.UnprocessableEntity(new { error = "文书未生成", missingFields = result.MissingFields, problems = result.Problems.Select(p => p.ToString()) });
            }
            if (string.Equals(format, "html", StringComparison.OrdinalIgnoreCase))
            {
                return Results.Content(HtmlWriter.Write(result.Markdown!, result.Stamp!.Title, mode), "text/html; charset=utf-8");
            }
            var stamp = result.Stamp!;
            var stream = new MemoryStream();
            DocxWriter.Write(result.Markdown!, stamp, stream);
            stream.Position = 0;
            return Results.File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{id}-{stamp.Title}.docx");
        }).RequireAuthorization(Policies.ReadReserve).WithSummary("项目某渠道的申报文书（DOCX，或 format=html 预览；final=true 为正式稿）");

        app.MapGet("/api/summary.xlsx", async (HttpContext http, DocumentService documents, [AsParameters] ProjectListFilter filter, CancellationToken ct) =>
        {
            // The list as filtered on the project page (the same parameters), every page of it.
            var (input, refusal) = await documents.SummaryAsync(filter.Query(http.User, 0, DocumentService.SummaryLimit), ct);
            if (refusal is not null)
            {
                return Results.Json(new { error = refusal }, statusCode: StatusCodes.Status400BadRequest);
            }
            var stream = new MemoryStream();
            SummaryTableWriter.Write(input!.Projects, input.Results, stream);
            stream.Position = 0;
            return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", input.FileName);
        }).RequireAuthorization(Policies.ReadReserve).WithSummary("储备项目汇总表（XLSX，合计为公式；可按项目列表的筛选条件导出；部门填报员为本部门）");
    }
}
