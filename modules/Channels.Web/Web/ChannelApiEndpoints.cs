using Reserve.Channels;
using Reserve.Sdk.Projects;

namespace Reserve.Channels.Web;

/// <summary>The enabled channels with their rules over HTTP, for every signed-in user.</summary>
internal static class ChannelApiEndpoints
{
    public static void MapChannelApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
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
