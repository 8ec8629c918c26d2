using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Reserve.Rendering.Docx;

/// <summary>
/// The 公文 style preset (GB/T 9704-2012 conventions): fonts in all four
/// slots with the East Asian one explicit, zh-CN on every style and in docDefaults, font table altNames.
/// </summary>
public static class DocxStyles
{
    public const string Latin = "Times New Roman";
    public const string FangSong = "仿宋_GB2312";
    public const string HeiTi = "黑体";
    public const string KaiTi = "楷体_GB2312";
    public const string XiaoBiaoSong = "方正小标宋简体";
    public const string SongTi = "宋体";

    public const string TitleId = "Title";
    public const string Heading1Id = "Heading1";
    public const string Heading2Id = "Heading2";
    public const string Heading3Id = "Heading3";
    public const string BodyId = "BodyText";
    public const string TableTextId = "TableText";
    public const string FooterId = "Footer";
    public const string TableId = "TableGrid";

    /// <summary>3号 = 16 pt = 32 half-points; 2号 = 22 pt; 4号 = 14 pt; table text 小四 = 12 pt.</summary>
    public const int Size3 = 32, Size2 = 44, Size4 = 28, SizeTable = 24;

    /// <summary>Fixed line spacing of 28.95 pt (22 lines in the 225 mm type area).</summary>
    public const int LineTwips = 579;

    public static RunFonts Fonts(string eastAsia, string latin = Latin) =>
        new() { Ascii = latin, HighAnsi = latin, EastAsia = eastAsia, ComplexScript = latin };

    public static Languages Lang() => new() { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" };

    private static StyleRunProperties RunProps(string eastAsia, int size, bool bold = false, string latin = Latin)
    {
        var rpr = new StyleRunProperties(Fonts(eastAsia, latin));
        if (bold)
        {
            rpr.Append(new Bold(), new BoldComplexScript());
        }
        rpr.Append(new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() }, Lang());
        return rpr;
    }

    private static SpacingBetweenLines Exact(int before = 0, int after = 0) =>
        new() { Before = before.ToString(), After = after.ToString(), Line = LineTwips.ToString(), LineRule = LineSpacingRuleValues.Exact };

    internal static void Add(MainDocumentPart main)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(FangSong), new FontSize { Val = Size3.ToString() },
                    new FontSizeComplexScript { Val = Size3.ToString() }, Lang())),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(Exact()))),
            Paragraph("Normal", "Normal", null, RunProps(FangSong, Size3), new StyleParagraphProperties(Exact(), new Justification { Val = JustificationValues.Both }), isDefault: true),
            Paragraph(TitleId, "Title", "Normal", RunProps(XiaoBiaoSong, Size2),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "0", After = "579", Line = "700", LineRule = LineSpacingRuleValues.Exact },
                    new Justification { Val = JustificationValues.Center }, new OutlineLevel { Val = 0 })),
            Paragraph(Heading1Id, "heading 1", "Normal", RunProps(HeiTi, Size3),
                new StyleParagraphProperties(new KeepNext(), Exact(), new Indentation { FirstLineChars = 200, FirstLine = "640" }, new OutlineLevel { Val = 1 })),
            Paragraph(Heading2Id, "heading 2", "Normal", RunProps(KaiTi, Size3),
                new StyleParagraphProperties(new KeepNext(), Exact(), new Indentation { FirstLineChars = 200, FirstLine = "640" }, new OutlineLevel { Val = 2 })),
            Paragraph(Heading3Id, "heading 3", "Normal", RunProps(FangSong, Size3),
                new StyleParagraphProperties(new KeepNext(), Exact(), new Indentation { FirstLineChars = 200, FirstLine = "640" }, new OutlineLevel { Val = 3 })),
            Paragraph(BodyId, "Body Text", "Normal", RunProps(FangSong, Size3),
                new StyleParagraphProperties(Exact(), new Indentation { FirstLineChars = 200, FirstLine = "640" }, new Justification { Val = JustificationValues.Both })),
            Paragraph(TableTextId, "Table Text", "Normal", RunProps(FangSong, SizeTable),
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "360", LineRule = LineSpacingRuleValues.Exact })),
            Paragraph(FooterId, "footer", "Normal", RunProps(SongTi, Size4),
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    new Justification { Val = JustificationValues.Center })),
            new Style(
                new StyleName { Val = "Table Grid" },
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                        new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                        new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = TableId });
        // The table style carries the fonts too, so text in tables never falls back to a theme font.
        styles.Elements<Style>().Last().InsertAfter(RunProps(FangSong, SizeTable), styles.Elements<Style>().Last().GetFirstChild<StyleName>());
        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }

    private static Style Paragraph(string id, string name, string? basedOn, StyleRunProperties rpr, StyleParagraphProperties ppr, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }
        if (id != "Normal")
        {
            style.Append(new NextParagraphStyle { Val = BodyId });
        }
        style.Append(new PrimaryStyle(), ppr, rpr);
        return style;
    }

    internal static void AddFontTable(MainDocumentPart main)
    {
        var fonts = new Fonts(
            Font(Latin, null, "00", FontFamilyValues.Roman),
            Font(FangSong, "仿宋", "86", FontFamilyValues.Modern),
            Font(KaiTi, "楷体", "86", FontFamilyValues.Modern),
            Font(HeiTi, "SimHei", "86", FontFamilyValues.Modern),
            Font(XiaoBiaoSong, SongTi, "86", FontFamilyValues.Script),
            Font(SongTi, "SimSun", "86", FontFamilyValues.Auto));
        main.AddNewPart<FontTablePart>().Fonts = fonts;
    }

    private static Font Font(string name, string? alt, string charset, FontFamilyValues family)
    {
        var font = new Font { Name = name };
        if (alt is not null)
        {
            font.Append(new AltName { Val = alt });
        }
        font.Append(new FontCharSet { Val = charset }, new FontFamily { Val = family }, new Pitch { Val = FontPitchValues.Variable });
        return font;
    }
}
