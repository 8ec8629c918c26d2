using Reserve.Channels;
using Reserve.Matching;
using Reserve.Rendering;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Projects;

namespace Reserve.Documents;

/// <summary>
/// Where a channel's templates come from: the plugin (id, version, folder holding <c>templates/</c>) and the
/// host's shared templates folder (<c>templates/shared</c>).
/// </summary>
public sealed record TemplateSource(string PluginId, string PluginVersion, string PluginFolder, string SharedFolder)
{
    public static TemplateSource Of(ActiveChannel channel, string sharedFolder) =>
        new(channel.PluginId, channel.PluginVersion, channel.Plugin.Folder, sharedFolder);
}

/// <summary>One document to render: a channel's template for one project and its match result.</summary>
public sealed record DocumentRequest(
    TemplateDescriptor Template,
    ChannelDefinition Channel,
    TemplateSource Source,
    ProjectRecord Project,
    MatchResult? Match,
    DocumentMode Mode,
    DateOnly AsOf)
{
    public static DocumentRequest For(ActiveChannel channel, TemplateDescriptor template, string sharedFolder,
        ProjectRecord project, MatchResult? match, DocumentMode mode, DateOnly asOf) =>
        new(template, channel.Definition, TemplateSource.Of(channel, sharedFolder), project, match, mode, asOf);
}
