using Reserve.Channels;
using Reserve.Matching;
using Reserve.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Host.Web;

/// <summary>Read-only JSON API over the reserve, the channels and the stored results.</summary>
internal static class ApiEndpoints
{
    public static void MapReserveApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/plugins", (ChannelCatalog catalog) => catalog.Plugins.Select(p => new
        {
            p.Id,
            p.Version,
            Status = ZhNames<PluginStatus>.Of(p.Status),
            p.Fault,
            Name = p.Manifest?.Name,
            Folder = Path.GetFileName(p.Folder),
            Channels = p.Channels.Select(c => c.Id),
        })).WithSummary("插件及其状态");

        api.MapGet("/channels", (ChannelCatalog catalog) => catalog.Channels.Select(c => new
        {
            c.Id,
            c.Definition.Name,
            c.Definition.Parent,
            Level = ZhNames<Reserve.Sdk.Channels.ChannelLevel>.Of(c.Definition.Level),
            Form = ZhNames<Reserve.Sdk.Channels.FundingForm>.Of(c.Definition.Form),
            c.PluginId,
            c.PluginVersion,
            Rules = c.Definition.Rules.Select(r => new { r.Id, r.Title, Kind = ZhNames<Reserve.Sdk.Rules.RuleKind>.Of(r.Kind), r.Source.Citation, Confidence = ZhNames<Reserve.Sdk.Rules.Confidence>.Of(r.Source.Confidence), r.Source.Url }),
            Facts = c.Definition.Facts,
        })).WithSummary("已启用的资金渠道及其规则");

        api.MapGet("/projects", async (IProjectReserve reserve, string? department, string? field, string? stage, string? search, int? skip, int? take, CancellationToken ct) =>
        {
            var query = new ProjectQuery(department, field, stage, search, skip ?? 0, take ?? 50);
            var total = await reserve.CountAsync(query with { Skip = 0 }, ct);
            var items = await reserve.ListAsync(query, ct);
            return Results.Json(new { total, items = items.Select(i => new { i.Version, project = i.Record }) }, Reserve.Projects.Interchange.ProjectJson.Options);
        }).WithSummary("储备项目列表（分页、筛选）");

        api.MapGet("/projects/{id}", async (string id, IProjectReserve reserve, CancellationToken ct) =>
            await reserve.FindAsync(id, ct) is { } stored
                ? Results.Json(new { stored.Version, project = stored.Record }, Reserve.Projects.Interchange.ProjectJson.Options)
                : Results.NotFound(new { error = $"没有储备编号为 {id} 的项目" })).WithSummary("一个储备项目");

        api.MapGet("/projects/{id}/matches", async (string id, IMatchResults results, CancellationToken ct) =>
            Results.Json(await results.ForProjectAsync(id, ct), Reserve.Projects.Interchange.ProjectJson.Options)).WithSummary("项目与各渠道的匹配结果及逐条理由");

        api.MapGet("/matches/summary", async (IMatchResults results, ChannelCatalog catalog, CancellationToken ct) =>
        {
            var summary = await results.SummaryAsync(ct);
            return catalog.Channels.Select(c => new
            {
                channel = c.Id,
                name = c.Definition.Name,
                counts = summary.GetValueOrDefault(c.Id) ?? new VerdictCounts(),
            });
        }).WithSummary("各渠道符合/不符合/待补充项目数");
    }
}
