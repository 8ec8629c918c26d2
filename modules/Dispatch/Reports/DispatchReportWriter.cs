using Reserve.Rendering;

namespace Reserve.Dispatch.Reports;

/// <summary>
/// Writes a dispatch report: DOCX and HTML through Rendering (the template
/// <c>templates/dispatch/{daily|weekly|monthly}.sbn-md</c> rendered in its sandbox, then its 公文 DOCX writer or
/// HTML preview), XLSX through <see cref="DispatchWorkbook"/>.
/// </summary>
internal sealed class DispatchReportWriter(DispatchOptions options, TimeProvider clock)
{
    public const string Producer = "reserve.dispatch";
    public const string ProducerVersion = "1.0.0";

    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string HtmlType = "text/html; charset=utf-8";

    public DispatchFile Write(DispatchReportData data, string format, DocumentMode mode, CancellationToken cancellationToken)
    {
        var kind = (format ?? "").Trim().ToLowerInvariant();
        switch (kind)
        {
            case "xlsx":
                using (var xlsx = new MemoryStream())
                {
                    DispatchWorkbook.Write(data, xlsx);
                    return new DispatchFile(data.Title + ".xlsx", XlsxType, xlsx.ToArray(), []);
                }
            case "docx" or "html":
                var rendered = Render(data, mode, cancellationToken);
                if (!rendered.Succeeded)
                {
                    return new DispatchFile(data.Title + "." + kind, "", null, rendered.Problems.Select(p => p.ToString()).ToList());
                }
                if (kind == "html")
                {
                    return new DispatchFile(data.Title + ".html", HtmlType, System.Text.Encoding.UTF8.GetBytes(HtmlWriter.Write(rendered.Markdown!, data.Title, mode)), []);
                }
                using (var docx = new MemoryStream())
                {
                    DocxWriter.Write(rendered.Markdown!, rendered.Stamp!, docx);
                    return new DispatchFile(data.Title + ".docx", DocxType, docx.ToArray(), []);
                }
            default:
                return new DispatchFile(data.Title, "", null, [$"格式“{format}”不支持，应为 docx、html 或 xlsx"]);
        }
    }

    internal RenderResult Render(DispatchReportData data, DocumentMode mode, CancellationToken cancellationToken)
    {
        var file = data.Kind switch
        {
            DispatchReportKind.Daily => "daily.sbn-md",
            DispatchReportKind.Weekly => "weekly.sbn-md",
            _ => "monthly.sbn-md",
        };
        var request = new ReportRequest("dispatch-" + Sdk.Projects.ZhNames<DispatchReportKind>.Of(data.Kind), data.Title, data.Period.Label,
            Path.Combine(options.TemplatesFolder, "dispatch"), file, Path.Combine(options.TemplatesFolder, "shared"),
            ReportModel.Build(data), mode, data.AsOf, Producer, ProducerVersion);
        return new TemplateRenderer(clock).RenderReport(request, cancellationToken);
    }
}
