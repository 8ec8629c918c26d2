using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Reserve.Projects.Interchange;
using Reserve.Rendering;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Projects;

namespace Reserve.Documents;

/// <summary>
/// A channel document's template model, from the interchange JSON. Every key of the record is present (null when
/// not given) so that strict member access can tell a misspelt field from a missing value; the channel's declared
/// facts are present under <c>project.facts</c> the same way.
/// </summary>
internal static class DocumentModel
{
    private static readonly JsonSerializerOptions WithNulls = new(ProjectJson.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    /// <summary>The model as JSON (canonical for the data hash) — project, match, channel, plugin, doc.</summary>
    public static JsonObject Of(DocumentRequest request)
    {
        var project = JsonSerializer.SerializeToNode(request.Project, WithNulls)!.AsObject();
        var facts = project["facts"] as JsonObject ?? [];
        project["facts"] = facts;
        foreach (var fact in request.Channel.Facts)
        {
            if (!facts.ContainsKey(fact.Key))
            {
                facts[fact.Key] = null;
            }
        }
        var match = request.Match is null ? null : JsonSerializer.SerializeToNode(request.Match, WithNulls);
        return new JsonObject
        {
            ["project"] = project,
            ["match"] = match,
            ["channel"] = new JsonObject
            {
                ["id"] = request.Channel.Id,
                ["name"] = request.Channel.Name,
                ["parent"] = request.Channel.Parent,
                ["level"] = ZhNames<ChannelLevel>.Of(request.Channel.Level),
                ["form"] = ZhNames<FundingForm>.Of(request.Channel.Form),
                ["summary"] = request.Channel.Summary,
            },
            ["plugin"] = new JsonObject
            {
                ["id"] = request.Source.PluginId,
                ["version"] = request.Source.PluginVersion,
            },
            ["doc"] = new JsonObject
            {
                ["mode"] = ZhNames<DocumentMode>.Of(request.Mode),
                ["date"] = request.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["title"] = request.Template.Title,
            },
        };
    }
}
