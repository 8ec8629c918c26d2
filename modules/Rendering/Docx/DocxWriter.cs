using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Reserve.Rendering.Docx;
using Reserve.Rendering.Html;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Reserve.Rendering;

/// <summary>
/// Markdown (the subset of docs/templates.md) → DOCX with the 公文 preset: A4, margins 37/35/28/26 mm,
/// title 2号 小标宋, body 3号 仿宋, ## 黑体, ### 楷体, tables with complete grids and borders (money
/// columns right-aligned), — 1 — page numbers, <c>---</c> page breaks, a 草稿 watermark in draft mode and
/// the stamp in core and custom properties.
/// </summary>
public static partial class DocxWriter
{
    /// <summary>A4 in twips, and the GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.</summary>
    public const int PageWidth = 11906, PageHeight = 16838, MarginTop = 2098, MarginBottom = 1984, MarginLeft = 1587, MarginRight = 1474;

    public const int TypeAreaWidth = PageWidth - MarginLeft - MarginRight;

    private const string CustomFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    public static void Write(string markdown, DocumentStamp stamp, Stream output)
    {
        using var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        DocxStyles.Add(main);
        DocxStyles.AddFontTable(main);
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
            new DefaultTabStop { Val = 420 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }));

        var body = new Body();
        var parsed = Markdown.Parse(markdown, DocumentMarkdown.Pipeline);
        foreach (var block in parsed)
        {
            AppendBlock(body, block);
        }

        var sectPr = new SectionProperties();
        if (stamp.Mode == DocumentMode.Draft)
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = Watermark.Header("草稿");
            sectPr.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
        }
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = PageNumberFooter();
        sectPr.Append(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 851, Footer = 992, Gutter = 0 },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = DocxStyles.LineTwips });
        body.Append(sectPr);
        main.Document = new Document(body);

        WriteProperties(doc, stamp);
    }

    private static void WriteProperties(WordprocessingDocument doc, DocumentStamp stamp)
    {
        var core = doc.PackageProperties;
        core.Title = stamp.Title;
        core.Subject = stamp.ProjectName;
        core.Creator = "储备项目管理系统";
        core.Keywords = $"{stamp.PluginId}@{stamp.PluginVersion}; {stamp.ChannelId}; {stamp.TemplateId}";
        core.Description = $"模板SHA-256 {stamp.TemplateHash}；数据SHA-256 {stamp.DataHash}";
        core.Category = Sdk.Projects.ZhNames<DocumentMode>.Of(stamp.Mode);
        core.Created = stamp.GeneratedAt.UtcDateTime;
        core.Modified = stamp.GeneratedAt.UtcDateTime;

        var custom = doc.AddCustomFilePropertiesPart();
        var props = new Properties();
        var pid = 2;
        foreach (var (name, value) in StampProperties(stamp))
        {
            props.Append(new CustomDocumentProperty(new VTLPWSTR(value)) { FormatId = CustomFormatId, PropertyId = pid++, Name = name });
        }
        custom.Properties = props;
    }

    internal static IEnumerable<(string Name, string Value)> StampProperties(DocumentStamp stamp) =>
    [
        ("PluginId", stamp.PluginId),
        ("PluginVersion", stamp.PluginVersion),
        ("ChannelId", stamp.ChannelId),
        ("TemplateId", stamp.TemplateId),
        ("TemplateSha256", stamp.TemplateHash),
        ("DataSha256", stamp.DataHash),
        ("ProjectId", stamp.ProjectId),
        ("GeneratedAt", stamp.GeneratedAt.ToString("O", CultureInfo.InvariantCulture)),
        ("Mode", Sdk.Projects.ZhNames<DocumentMode>.Of(stamp.Mode)),
    ];

    private static Footer PageNumberFooter() => new(
        new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.FooterId }),
            new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));

    private static void AppendBlock(OpenXmlCompositeElement body, Block block, string? prefix = null)
    {
        switch (block)
        {
            case HeadingBlock h:
                var style = h.Level switch
                {
                    1 => DocxStyles.TitleId,
                    2 => DocxStyles.Heading1Id,
                    3 => DocxStyles.Heading2Id,
                    _ => DocxStyles.Heading3Id,
                };
                body.Append(Para(style, h.Inline));
                break;
            case ThematicBreakBlock:
                body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                break;
            case MdTable t:
                body.Append(Table(t));
                body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableTextId })));
                break;
            case ParagraphBlock p:
                body.Append(Para(DocxStyles.BodyId, p.Inline, prefix));
                break;
            case ListBlock list:
                var n = int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var marker = list.IsOrdered ? $"{n++}{list.OrderedDelimiter} " : "• ";
                    var first = true;
                    foreach (var child in item)
                    {
                        AppendBlock(body, child, first ? marker : null);
                        first = false;
                    }
                }
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                // Code and other literal blocks: their lines as plain paragraphs.
                foreach (var line in leaf.Lines.Lines.Take(leaf.Lines.Count))
                {
                    body.Append(TextPara(DocxStyles.BodyId, line.ToString()));
                }
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AppendBlock(body, child);
                }
                break;
        }
    }

    private static Paragraph TextPara(string style, string text)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        AppendText(p, text, bold: false, italic: false);
        return p;
    }

    private static Paragraph Para(string style, ContainerInline? inline, string? prefix = null, JustificationValues? align = null, bool bold = false)
    {
        var ppr = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (align is { } a)
        {
            ppr.Append(new Justification { Val = a });
        }
        var p = new Paragraph(ppr);
        if (prefix is not null)
        {
            AppendText(p, prefix, bold, false);
        }
        if (inline is not null)
        {
            AppendInlines(p, inline, bold, false);
        }
        return p;
    }

    private static void AppendInlines(Paragraph p, ContainerInline container, bool bold, bool italic)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline lit:
                    AppendText(p, lit.Content.ToString(), bold, italic);
                    break;
                case HtmlEntityInline entity:
                    AppendText(p, entity.Transcoded.ToString(), bold, italic);
                    break;
                case CodeInline code:
                    AppendText(p, code.Content, bold, italic);
                    break;
                case LineBreakInline br:
                    if (br.IsHard)
                    {
                        p.Append(new Run(new Break()));
                    }
                    break;
                case EmphasisInline em:
                    AppendInlines(p, em, bold || em.DelimiterCount >= 2, italic || em.DelimiterCount == 1);
                    break;
                case AutolinkInline auto:
                    AppendText(p, auto.Url, bold, italic);
                    break;
                case HtmlInline html:
                    AppendText(p, html.Tag, bold, italic);
                    break;
                case ContainerInline inner:
                    AppendInlines(p, inner, bold, italic);
                    break;
            }
        }
    }

    [GeneratedRegex("【待补充：[^】]*】")]
    private static partial Regex Placeholder();

    /// <summary>Text as runs; 【待补充：…】 placeholders are highlighted. XML-illegal characters are dropped.</summary>
    private static void AppendText(Paragraph p, string text, bool bold, bool italic)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r' || (!char.IsControl(c) && c is not '\uFFFE' and not '\uFFFF'))
            {
                clean.Append(c);
            }
        }
        var s = clean.ToString();
        var at = 0;
        foreach (Match m in Placeholder().Matches(s))
        {
            if (m.Index > at)
            {
                p.Append(MakeRun(s[at..m.Index], bold, italic, false));
            }
            p.Append(MakeRun(m.Value, bold, italic, true));
            at = m.Index + m.Length;
        }
        if (at < s.Length)
        {
            p.Append(MakeRun(s[at..], bold, italic, false));
        }
    }

    private static Run MakeRun(string text, bool bold, bool italic, bool highlight)
    {
        var run = new Run();
        if (bold || italic || highlight)
        {
            var rpr = new RunProperties();
            if (bold)
            {
                rpr.Append(new Bold(), new BoldComplexScript());
            }
            if (italic)
            {
                rpr.Append(new Italic(), new ItalicComplexScript());
            }
            if (highlight)
            {
                rpr.Append(new Highlight { Val = HighlightColorValues.Yellow });
            }
            run.Append(rpr);
        }
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static WTable Table(MdTable source)
    {
        var rows = source.OfType<MdTableRow>().ToList();
        var columns = Math.Max(source.ColumnDefinitions.Count, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        columns = Math.Max(columns, 1);
        var texts = rows.Select(r => r.OfType<MdTableCell>().Select(CellText).ToList()).ToList();
        var header = rows.Count > 0 && rows[0].IsHeader ? texts[0] : [];
        var widths = ColumnWidths(texts, columns);
        var money = Enumerable.Range(0, columns).Select(c => IsMoneyColumn(source, rows, texts, header, c)).ToArray();

        var table = new WTable(new TableProperties(
            new TableStyle { Val = DocxStyles.TableId },
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }));
        var grid = new TableGrid();
        foreach (var w in widths)
        {
            grid.Append(new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) });
        }
        table.Append(grid);

        foreach (var row in rows)
        {
            var tr = new WTableRow();
            if (row.IsHeader)
            {
                tr.Append(new TableRowProperties(new TableHeader()));
            }
            var cells = row.OfType<MdTableCell>().ToList();
            for (var c = 0; c < columns; c++)
            {
                var align = row.IsHeader ? JustificationValues.Center
                    : money[c] ? JustificationValues.Right
                    : Align(source, c) ?? JustificationValues.Left;
                var tc = new WTableCell(new TableCellProperties(
                    new TableCellWidth { Width = widths[c].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }));
                var paragraphs = c < cells.Count ? cells[c].OfType<ParagraphBlock>().ToList() : [];
                if (paragraphs.Count == 0)
                {
                    tc.Append(Para(DocxStyles.TableTextId, null, align: align));
                }
                foreach (var para in paragraphs)
                {
                    tc.Append(Para(DocxStyles.TableTextId, para.Inline, align: align, bold: row.IsHeader));
                }
                tr.Append(tc);
            }
            table.Append(tr);
        }
        return table;
    }

    private static JustificationValues? Align(MdTable table, int column) =>
        column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                TableColumnAlign.Right => JustificationValues.Right,
                TableColumnAlign.Center => JustificationValues.Center,
                _ => null,
            }
            : null;

    [GeneratedRegex(@"^[-+]?[\d,]+(\.\d+)?\s*(万元|元|%|亿元)?$")]
    private static partial Regex Amount();

    /// <summary>Right-aligned: declared <c>---:</c>, a header naming money, or every body cell an amount.</summary>
    private static bool IsMoneyColumn(MdTable table, List<MdTableRow> rows, List<List<string>> texts, List<string> header, int c)
    {
        if (Align(table, c) == JustificationValues.Right)
        {
            return true;
        }
        if (c < header.Count && (header[c].Contains("万元", StringComparison.Ordinal) || header[c].Contains("金额", StringComparison.Ordinal)
            || header[c].Contains("（元）", StringComparison.Ordinal) || header[c].Contains("投资", StringComparison.Ordinal)))
        {
            return true;
        }
        var body = rows.Select((r, i) => (r, i)).Where(x => !x.r.IsHeader).Select(x => c < texts[x.i].Count ? texts[x.i][c].Trim() : "").ToList();
        return body.Count > 0 && body.All(t => t.Length > 0 && (Amount().IsMatch(t) || t == "—"));
    }

    private static string CellText(MdTableCell cell)
    {
        var sb = new StringBuilder();
        foreach (var p in cell.OfType<ParagraphBlock>())
        {
            if (p.Inline is not null)
            {
                foreach (var lit in p.Inline.Descendants<LiteralInline>())
                {
                    sb.Append(lit.Content.ToString());
                }
            }
        }
        return sb.ToString();
    }

    /// <summary>Widths proportional to content (a CJK character counts 2), at least 1.5 characters, filling the type area.</summary>
    internal static int[] ColumnWidths(List<List<string>> texts, int columns)
    {
        var weight = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            var max = 3.0;
            foreach (var row in texts)
            {
                if (c < row.Count)
                {
                    max = Math.Max(max, row[c].Sum(ch => ch > 0x2E80 ? 2.0 : 1.0));
                }
            }
            weight[c] = Math.Min(max, 40);
        }
        var total = weight.Sum();
        var widths = weight.Select(w => (int)Math.Floor(TypeAreaWidth * w / total)).ToArray();
        widths[^1] += TypeAreaWidth - widths.Sum();
        return widths;
    }
}
