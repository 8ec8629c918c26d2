using Reserve.Rendering;

namespace Reserve.Documents;

/// <summary>
/// Renders a channel's <c>*.sbn-md</c> template for one project in the rendering sandbox (<see cref="TemplateRenderer"/>):
/// the template from the plugin's <c>templates/</c>, the model from the project, its match and the channel
/// (<see cref="DocumentModel"/>), the stamp naming project, channel, template and plugin.
/// </summary>
public sealed class DocumentRenderer
{
    private readonly TimeProvider _time;
    private readonly TemplateRenderer _templates;

    public DocumentRenderer(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _templates = new TemplateRenderer(_time);
    }

    public RenderResult Render(DocumentRequest request, CancellationToken cancellationToken = default) =>
        _templates.Render(request.Source.PluginFolder, Path.Combine(request.Source.PluginFolder, "templates"), request.Template.Path, request.Source.SharedFolder, DocumentModel.Of(request),
            request.Mode, (templateHash, dataHash) => new DocumentStamp(request.Project.Id ?? "", request.Project.Name, request.Channel.Id,
                request.Template.Id, request.Template.Title, request.Source.PluginId, request.Source.PluginVersion, templateHash, dataHash,
                request.Mode, _time.GetUtcNow()), cancellationToken);
}
