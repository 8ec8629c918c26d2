using System.Net;
using System.Text;
using Reserve.Channels;
using Reserve.Matching;
using Reserve.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Host.Web;

/// <summary>
/// The overview page: plugins with their status, and per channel how many projects fit. The full web
/// application for departments and reviewers builds on this (issue 5).
/// </summary>
internal static class HomePage
{
    public static void MapHomePage(this IEndpointRouteBuilder app) =>
        app.MapGet("/", async (ChannelCatalog catalog, IProjectReserve reserve, IMatchResults results, CancellationToken ct) =>
        {
            var total = await reserve.CountAsync(new ProjectQuery(), ct);
            var summary = await results.SummaryAsync(ct);
            var html = new StringBuilder();
            html.Append("""
                <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>项目储备与资金渠道匹配</title>
                <style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem;color:#222}
                table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.4rem .8rem;text-align:left}
                th{background:#f3f5f8}.ok{color:#18794e}.bad{color:#b42318}</style></head><body>
                <h1>项目储备与资金渠道匹配</h1>
                """);
            html.Append($"<p>储备项目 <strong>{total}</strong> 个；已启用渠道 <strong>{catalog.Channels.Count}</strong> 个。</p>");
            html.Append("<h2>资金渠道匹配情况</h2><table><tr><th>渠道</th><th>插件</th><th>符合</th><th>待补充信息</th><th>不符合</th><th>评估出错</th></tr>");
            foreach (var c in catalog.Channels)
            {
                var n = summary.GetValueOrDefault(c.Id) ?? new VerdictCounts();
                html.Append($"<tr><td>{E(c.Definition.Name)}</td><td>{E(c.PluginId)} {E(c.PluginVersion)}</td><td>{n.Eligible}</td><td>{n.NeedsInformation}</td><td>{n.Ineligible}</td><td>{n.Errors}</td></tr>");
            }
            html.Append("</table><h2>插件</h2><table><tr><th>插件</th><th>版本</th><th>状态</th><th>说明</th></tr>");
            foreach (var p in catalog.Plugins)
            {
                var css = p.Status == PluginStatus.Active ? "ok" : "bad";
                html.Append($"<tr><td>{E(p.Id)}</td><td>{E(p.Version)}</td><td class=\"{css}\">{ZhNames<PluginStatus>.Of(p.Status)}</td><td>{E(p.Fault ?? p.Manifest?.Name ?? "")}</td></tr>");
            }
            html.Append("</table><p>HTTP API：<a href=\"/openapi/v1.json\">OpenAPI 文档</a>，<a href=\"/api/projects\">/api/projects</a>，<a href=\"/api/channels\">/api/channels</a>。</p></body></html>");
            return Results.Content(html.ToString(), "text/html; charset=utf-8");
        });

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
