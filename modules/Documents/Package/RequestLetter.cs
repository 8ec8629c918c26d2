using System.Text.Json.Nodes;
using Reserve.Rendering;
using Reserve.Sdk.Formatting;

namespace Reserve.Documents.Package;

/// <summary>
/// The 请示 of the package: <c>templates/package/request.sbn-md</c> rendered (final mode) in the same sandbox
/// as every document, from the figures of the accepted projects, then written as DOCX in 公文 form.
/// </summary>
internal sealed class RequestLetter(TemplateRenderer renderer)
{
    public const string Producer = "reserve-package";
    public const string ProducerVersion = "1.0.0";

    public static string Title(int year) => $"关于报送{year}年度项目谋划储备情况的请示";

    public (byte[]? Docx, RenderResult Result) Write(GovernmentPackageInput input, PackageFigures figures, IReadOnlyList<string> attachments, CancellationToken cancellationToken)
    {
        var request = new ReportRequest("package-request", Title(input.Year), $"{input.Year}年度", Path.Combine(input.TemplatesFolder, "package"), "request.sbn-md",
            Path.Combine(input.TemplatesFolder, "shared"), Data(input, figures, attachments), DocumentMode.Final, input.Date, Producer, ProducerVersion);
        var result = renderer.RenderReport(request, cancellationToken);
        if (!result.Succeeded)
        {
            return (null, result);
        }
        using var docx = new MemoryStream();
        DocxWriter.Write(result.Markdown!, result.Stamp!, docx);
        var signature = new[] { input.Issuer, ZhFormat.Date(input.Date) };
        return (OfficialLayout.Apply(docx.ToArray(), input.Issuer, input.Year, input.Recipient, signature), result);
    }

    internal static JsonObject Data(GovernmentPackageInput input, PackageFigures figures, IReadOnlyList<string> attachments)
    {
        static JsonArray Groups(IEnumerable<PackageGroup> groups) => [.. groups.Select(g => (JsonNode)new JsonObject
        {
            ["name"] = g.Name,
            ["projects"] = g.Projects,
            ["investment"] = g.Investment,
            ["recommended"] = g.Recommended,
        })];
        return new JsonObject
        {
            ["year"] = input.Year,
            ["issuer"] = input.Issuer,
            ["recipient"] = input.Recipient,
            ["contact"] = string.IsNullOrWhiteSpace(input.Contact) ? null : input.Contact,
            ["totals"] = new JsonObject
            {
                ["projects"] = figures.Projects,
                ["investment"] = figures.Investment,
                ["recommended"] = figures.Recommended,
                ["without"] = figures.WithoutRecommendation,
            },
            ["departments"] = Groups(figures.ByDepartment),
            ["tags"] = Groups(figures.ByTwoNewOneMajor),
            ["channels"] = Groups(figures.ByChannel),
            ["attachments"] = new JsonArray([.. attachments.Select(a => (JsonNode)JsonValue.Create(a))]),
        };
    }
}
