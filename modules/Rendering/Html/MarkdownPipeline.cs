using Markdig;

namespace Reserve.Rendering.Html;

/// <summary>The Markdown subset of docs/templates.md: CommonMark + pipe tables, raw HTML disabled (shown as text).</summary>
internal static class DocumentMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml()
        .Build();
}
