using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Reserve.Documents.Tests;

public class DocxTests
{
    internal static byte[] Docx(DocumentMode mode, bool complete = true)
    {
        var result = Fixture.Renderer().Render(Fixture.Request(complete: complete, mode: mode));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        using var ms = new MemoryStream();
        DocxWriter.Write(result.Markdown!, result.Stamp!, ms);
        return ms.ToArray();
    }

    private static List<string> Errors(WordprocessingDocument doc) =>
        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

    [Theory]
    [InlineData(DocumentMode.Draft)]
    [InlineData(DocumentMode.Final)]
    public void Docx_passes_the_validator(DocumentMode mode)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Docx(mode)), false);
        var errors = Errors(doc);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Every_style_and_the_defaults_have_east_asian_font_and_zh_CN()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Docx(DocumentMode.Final)), false);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("仿宋_GB2312", defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal("zh-CN", defaults.Languages!.EastAsia!.Value);
        foreach (var style in styles.Elements<Style>())
        {
            var rpr = style.StyleRunProperties;
            Assert.True(rpr?.RunFonts?.EastAsia?.Value is { Length: > 0 }, style.StyleId!.Value);
            Assert.Equal("zh-CN", rpr!.Languages?.EastAsia?.Value);
        }
        string East(string id) => styles.Elements<Style>().Single(s => s.StyleId == id).StyleRunProperties!.RunFonts!.EastAsia!.Value!;
        int Size(string id) => int.Parse(styles.Elements<Style>().Single(s => s.StyleId == id).StyleRunProperties!.FontSize!.Val!.Value!);
        Assert.Equal("方正小标宋简体", East("Title"));
        Assert.Equal(44, Size("Title"));
        Assert.Equal("黑体", East("Heading1"));
        Assert.StartsWith("楷体", East("Heading2"));
        Assert.StartsWith("仿宋", East("BodyText"));
        Assert.Equal(32, Size("BodyText"));
        var fonts = doc.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        Assert.Equal("宋体", fonts["方正小标宋简体"].AltName!.Val!.Value);
        Assert.Equal("仿宋", fonts["仿宋_GB2312"].AltName!.Val!.Value);
    }

    [Fact]
    public void Page_is_A4_with_official_margins_and_page_numbers()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Docx(DocumentMode.Final)), false);
        var sect = doc.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = sect.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        var margin = sect.GetFirstChild<PageMargin>()!;
        static int Mm(double mm) => (int)Math.Round(mm * 1440 / 25.4);
        Assert.Equal(Mm(37), margin.Top!.Value);
        Assert.Equal(Mm(35), margin.Bottom!.Value);
        Assert.Equal((uint)Mm(28), margin.Left!.Value);
        Assert.Equal((uint)Mm(26), margin.Right!.Value);
        var footer = doc.MainDocumentPart.FooterParts.Single().Footer!;
        Assert.Contains("PAGE", footer.Descendants<SimpleField>().Single().Instruction!.Value);
        Assert.StartsWith("— ", footer.InnerText);
        Assert.Empty(doc.MainDocumentPart.HeaderParts);
    }

    [Fact]
    public void Tables_have_complete_grids_borders_and_right_aligned_money()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Docx(DocumentMode.Final)), false);
        var table = doc.MainDocumentPart!.Document!.Body!.Descendants<Table>().Single();
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().ToList();
        Assert.Equal(3, grid.Count);
        Assert.All(grid, g => Assert.True(int.Parse(g.Width!.Value!) > 0));
        Assert.Equal(DocxWriter.TypeAreaWidth, grid.Sum(g => int.Parse(g.Width!.Value!)));
        Assert.NotNull(table.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>());
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(3, r.Elements<TableCell>().Count()));
        Assert.All(table.Descendants<TableCell>(), c => Assert.NotEmpty(c.Elements<Paragraph>()));
        var money = rows[1].Elements<TableCell>().ElementAt(1).Descendants<Justification>().Single();
        Assert.Equal(JustificationValues.Right, money.Val!.Value);
        Assert.Contains("5,000万元", rows[1].InnerText);
    }

    [Fact]
    public void Final_has_no_template_markers_and_page_break_from_rule()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Docx(DocumentMode.Final)), false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.DoesNotContain("{{", text);
        Assert.DoesNotContain("【待补充", text);
        Assert.Contains(doc.MainDocumentPart.Document.Body.Descendants<Break>(), b => b.Type?.Value == BreakValues.Page);
        var title = doc.MainDocumentPart.Document.Body.Elements<Paragraph>().First();
        Assert.Equal("Title", title.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("资金申请报告", title.InnerText);
    }

    [Fact]
    public void Draft_has_placeholders_highlighted_and_a_watermark()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Docx(DocumentMode.Draft, complete: false)), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        Assert.Contains("【待补充：项目代码】", body.InnerText);
        Assert.Contains(body.Descendants<Run>(), r => r.InnerText == "【待补充：项目代码】" && r.RunProperties?.Highlight is not null);
        var header = doc.MainDocumentPart.HeaderParts.Single().Header!;
        Assert.Contains("string=\"草稿\"", header.OuterXml);
        Assert.NotNull(body.Elements<SectionProperties>().Single().GetFirstChild<HeaderReference>());
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Properties_carry_the_stamp()
    {
        var bytes = Docx(DocumentMode.Final);
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var props = doc.CustomFilePropertiesPart!.Properties!.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .ToDictionary(p => p.Name!.Value!, p => p.InnerText);
        Assert.Equal("test-plugin", props["PluginId"]);
        Assert.Equal("1.2.0", props["PluginVersion"]);
        Assert.Equal(64, props["TemplateSha256"].Length);
        Assert.Equal(64, props["DataSha256"].Length);
        Assert.Equal("正式", props["Mode"]);
        Assert.StartsWith("2026-03-15T08:30:00", props["GeneratedAt"]);
        Assert.Equal("资金申请报告", doc.PackageProperties.Title);
        Assert.Equal(Fixture.Now.UtcDateTime, doc.PackageProperties.Created);
    }
}
