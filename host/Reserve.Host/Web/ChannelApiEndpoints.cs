using Reserve.Channels;
using Reserve.Sdk.Projects;
using Reserve.Channels.Activation;
using Reserve.Host.Web.Admin;

namespace Reserve.Host.Web;

/// <summary>The channels over HTTP: the enabled channels with their rules, and every loaded plugin version (administrators).</summary>
internal static class ChannelApiEndpoints
{
    public static void MapChannelApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/plugins", async (IPluginActivation activation, CancellationToken ct) =>
            (await activation.VersionsAsync(ct)).Select(PluginActivationHttp.Json))
            .RequireAuthorization(Policies.Administer).WithSummary("每个已加载的插件版本及其状态（待启用/已启用/已停用/未通过/不兼容/故障，系统管理员）");

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
    }
}
