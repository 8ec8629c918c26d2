using Reserve.Channels;
using Reserve.Matching;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Projects;

namespace Reserve.Documents;

/// <summary>草稿 marks missing fields in place and carries a watermark; 正式 refuses while a field is missing.</summary>
public enum DocumentMode
{
    [ZhName("草稿")] Draft,
    [ZhName("正式")] Final,
}

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

/// <summary>What made a document: recorded in DOCX properties and in a batch manifest.</summary>
public sealed record DocumentStamp(
    string ProjectId,
    string ProjectName,
    string ChannelId,
    string TemplateId,
    string Title,
    string PluginId,
    string PluginVersion,
    string TemplateHash,
    string DataHash,
    DocumentMode Mode,
    DateTimeOffset GeneratedAt);

/// <summary>A problem with a template or its data, in Chinese, with the place in the template when known.</summary>
public sealed record DocumentProblem(string Template, int Line, int Column, string Reason)
{
    public override string ToString() => Line > 0 ? $"{Template}（第{Line}行第{Column}列）：{Reason}" : $"{Template}：{Reason}";
}

/// <summary>The rendered Markdown with its stamp, or the problems that stopped it.</summary>
public sealed record RenderResult(string? Markdown, DocumentStamp? Stamp, IReadOnlyList<DocumentProblem> Problems, IReadOnlyList<string> MissingFields)
{
    public bool Succeeded => Markdown is not null && Problems.Count == 0;
}

/// <summary>
/// A report that is not one channel's document for one project — a dispatch 日报/周报/月报, say: a template
/// from the caller's templates folder (<c>local/x</c> includes resolve there, <c>shared/x</c> in the shared
/// folder), the caller's data as JSON (keys become the template's globals beside <c>doc</c>), and what made it
/// (<paramref name="Producer"/> and its version take the place of the plugin in the stamp).
/// </summary>
public sealed record ReportRequest(
    string ReportId,
    string Title,
    string Subject,
    string TemplatesFolder,
    string TemplateFile,
    string SharedFolder,
    System.Text.Json.Nodes.JsonObject Data,
    DocumentMode Mode,
    DateOnly AsOf,
    string Producer,
    string ProducerVersion);
