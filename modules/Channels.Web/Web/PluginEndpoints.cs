using Reserve.Channels;
using Reserve.Channels.Activation;
using Reserve.WebKit;
using Reserve.WebKit.Security;

namespace Reserve.Channels.Web;

/// <summary>The loaded plugin versions, their golden cases and their activation over HTTP, for administrators only, as on the plugin pages.</summary>
internal static class PluginEndpoints
{
    public sealed record RevisionRequest(int? Revision);

    public static void MapPluginApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api").RequireAuthorization(Policies.Administer);

        admin.MapGet("/plugins", async (IPluginActivation activation, CancellationToken ct) =>
            (await activation.VersionsAsync(ct)).Select(PluginActivationHttp.Json))
            .WithSummary("每个已加载的插件版本及其状态（待启用/已启用/已停用/未通过/不兼容/故障，系统管理员）");

        admin.MapGet("/plugins/{id}/golden", (string id, ChannelCatalog catalog, GoldenResults golden) =>
            catalog.Plugins.FirstOrDefault(p => p.Id == id) is { } plugin
                ? Results.Json(Golden(PluginOverview.Of(plugin, golden)))
                : Results.Json(new { error = $"没有标识为 {id} 的插件" }, statusCode: StatusCodes.Status404NotFound))
            .WithSummary("插件的核对用例结果（通过/失败数及失败原因；每个插件版本运行一次）");

        admin.MapPost("/plugins/{id}/versions/{version}/activate", async (string id, string version, RevisionRequest? body, HttpContext http, IPluginActivation activation, CancellationToken ct) =>
            (await activation.ActivateAsync(id, version, http.User.AuditName(), body?.Revision, ct)).ToHttp())
            .WithSummary("启用插件的某个版本（核对用例未通过的版本被拒绝并说明原因；可给 revision 防止覆盖他人的修改）");

        admin.MapPost("/plugins/{id}/restore", async (string id, RevisionRequest? body, HttpContext http, IPluginActivation activation, CancellationToken ct) =>
            (await activation.RestoreAsync(id, http.User.AuditName(), body?.Revision, ct)).ToHttp())
            .WithSummary("恢复插件上一次启用前的版本");

        admin.MapPost("/plugins/{id}/disable", async (string id, RevisionRequest? body, HttpContext http, IPluginActivation activation, CancellationToken ct) =>
            (await activation.SetEnabledAsync(id, false, http.User.AuditName(), body?.Revision, ct)).ToHttp())
            .WithSummary("停用插件：其渠道不再参与匹配");

        admin.MapPost("/plugins/{id}/enable", async (string id, RevisionRequest? body, HttpContext http, IPluginActivation activation, CancellationToken ct) =>
            (await activation.SetEnabledAsync(id, true, http.User.AuditName(), body?.Revision, ct)).ToHttp())
            .WithSummary("重新启用插件");

        admin.MapGet("/plugins/changes", async (int? skip, int? take, IPluginActivation activation, TimeProvider clock, CancellationToken ct) =>
        {
            var (total, changes) = await activation.ChangesAsync(skip ?? 0, take ?? 50, ct);
            return new
            {
                total,
                items = changes.Select(c => new
                {
                    At = LocalTimes.Text(c.AtUtc, clock), c.Actor, c.PluginId, c.Action, c.Before, c.After, c.Detail,
                    FlipReport = c.FlipReportId is { } report ? FlipReportPath(report) : null,
                }),
            };
        }).WithSummary("插件载入、安装、启用、停用与版本切换的审计记录（新的在前，分页；启用与恢复附翻转报告）");

        admin.MapGet("/plugins/flip-reports/{reportId:long}", async (long reportId, IPluginActivation activation, ChannelCatalog catalog, CancellationToken ct) =>
            await activation.FlipReportAsync(reportId, ct) is { } report
                ? Results.File(report.Workbook, Xlsx, $"翻转报告-{catalog.PluginName(report.PluginId)}-{report.ToVersion}-{report.AsOf:yyyyMMdd}.xlsx")
                : Results.Json(new { error = $"没有编号为 {reportId} 的翻转报告" }, statusCode: StatusCodes.Status404NotFound))
            .WithSummary("随启用记录保存的翻转报告（XLSX）");

        admin.MapGet("/plugins/{id}/versions/{version}/flip-report", async (string id, string version, ChannelCatalog catalog, FlipGate flips, CancellationToken ct) =>
        {
            if (catalog.Plugins.FirstOrDefault(p => p.Id == id && p.Version == version && p.Status == PluginStatus.Active) is not { } candidate)
            {
                return Results.Json(new { error = $"没有已加载的插件 {id} 版本 {version}" }, statusCode: StatusCodes.Status404NotFound);
            }
            var serving = catalog.Channels.FirstOrDefault(c => c.PluginId == id)?.Plugin;
            var evidence = await flips.ReportAsync(serving, candidate, ct);
            return Results.File(evidence.Workbook, Xlsx, $"翻转报告-{catalog.PluginName(id)}-{version}-{evidence.AsOf:yyyyMMdd}.xlsx");
        }).WithSummary("翻转报告（XLSX）：此版本与当前启用版本在整个储备库上的结论变化及原因，按今天计算");
    }

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FlipReportPath(long reportId) => $"/api/plugins/flip-reports/{reportId}";

    private static object Golden(PluginOverview overview) => new
    {
        overview.Plugin.Id,
        overview.Plugin.Version,
        overview.Golden.Passed,
        overview.Golden.Failed,
        overview.Golden.Succeeded,
        overview.Golden.Problems,
        Failures = overview.Golden.Cases.Where(c => !c.Passed).Select(c => new { c.File, c.Index, c.Name, c.ChannelId, c.Differences }),
    };
}
