using System.Text.Json;
using Reserve.Projects;
using Reserve.Projects.Interchange;
using Reserve.Sdk.Projects;

namespace Reserve.Host.Web;

/// <summary>
/// <c>PUT /api/projects/{id}</c>: saves an edit of a project made on the version the client read. A save on an
/// older version is refused with 409 and the conflict in Chinese, whichever host instance takes it.
/// </summary>
internal static class ProjectEditEndpoints
{
    public static void MapProjectEditing(this IEndpointRouteBuilder app) =>
        app.MapPut("/api/projects/{id}", async (string id, HttpRequest request, IProjectReserve reserve, CancellationToken ct) =>
        {
            ProjectEdit? edit;
            try
            {
                edit = await JsonSerializer.DeserializeAsync<ProjectEdit>(request.Body, ProjectJson.Options, ct);
            }
            catch (JsonException ex)
            {
                return Results.BadRequest(new { error = $"请求内容不是有效的 JSON：{ex.Message}" });
            }
            if (edit?.Project is null || edit.Version is null)
            {
                return Results.BadRequest(new { error = "请求应包含 version（所编辑的版本）和 project（项目内容）" });
            }
            edit.Project.Id = id;
            var user = request.Headers["X-Reserve-User"].FirstOrDefault() is { Length: > 0 } name ? name : "接口用户";
            var outcome = await reserve.SaveAsync(edit.Project, edit.Version, user, ct);
            if (outcome.Saved is { } saved)
            {
                return Results.Json(new { saved.Version, project = saved.Record }, ProjectJson.Options);
            }
            return outcome.Conflict is { } conflict
                ? Results.Conflict(new { error = conflict })
                : Results.BadRequest(new { problems = outcome.Problems.Select(p => new { p.Column, p.Message }) });
        }).WithSummary("保存对一个储备项目的修改（须给出所编辑的版本）");

    private sealed record ProjectEdit(int? Version, ProjectRecord? Project);
}
