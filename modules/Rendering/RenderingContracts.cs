using Reserve.Sdk.Projects;

namespace Reserve.Rendering;

/// <summary>草稿 marks missing fields in place and carries a watermark; 正式 refuses while a field is missing.</summary>
public enum DocumentMode
{
    [ZhName("草稿")] Draft,
    [ZhName("正式")] Final,
}

/// <summary>
/// What made a document: recorded in DOCX properties and in a batch manifest. A channel's document names its project,
/// channel, template and plugin; a report (<see cref="ReportRequest"/>) gives its id as channel and template and its
/// producer in the plugin's place.
/// </summary>
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
