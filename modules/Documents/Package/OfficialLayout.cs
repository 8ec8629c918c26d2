using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Reserve.Rendering;
using Reserve.Rendering.Docx;

namespace Reserve.Documents.Package;

/// <summary>
/// Turns a rendered letter into the 公文 form of GB/T 9704-2012 for an upward document (请示): the 版头
/// (发文机关标志 in red 小标宋, 发文字号 left and 签发人 right, left blank for the 签发 to fill, a red line
/// the width of the type area), 主送机关 顶格, the 附件说明 with its lines aligned after “附件：”, and the
/// 署名 and 成文日期 右空四字. The page geometry, fonts and page numbers are <see cref="DocxWriter"/>'s.
/// </summary>
internal static class OfficialLayout
{
    private const string Red = "FF0000";

    public static byte[] Apply(byte[] docx, string issuer, int year, string recipient, IReadOnlyCollection<string> rightAligned)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var doc = WordprocessingDocument.Open(stream, true))
        {
            var body = doc.MainDocumentPart!.Document!.Body!;
            foreach (var p in body.Elements<Paragraph>().ToList())
            {
                var text = p.InnerText;
                if (text == recipient + "：")
                {
                    Indent(p, new Indentation { FirstLine = "0", FirstLineChars = 0 });
                }
                else if (text.StartsWith("附件：", StringComparison.Ordinal))
                {
                    // 左空二字 “附件：”, later lines hang under the first attachment's name.
                    Indent(p, new Indentation { LeftChars = 500, Left = "1600", HangingChars = 300, Hanging = "960" });
                    foreach (var t in p.Descendants<Text>())
                    {
                        t.Text = t.Text.Replace("　", "\n", StringComparison.Ordinal);
                    }
                    SplitLines(p);
                }
                else if (rightAligned.Contains(text))
                {
                    Indent(p, new Indentation { FirstLine = "0", FirstLineChars = 0, RightChars = 400, Right = "1280" });
                    p.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Right });
                }
            }
            var first = body.Elements<Paragraph>().FirstOrDefault();
            foreach (var head in Masthead(issuer, year))
            {
                if (first is null)
                {
                    body.PrependChild(head);
                }
                else
                {
                    first.InsertBeforeSelf(head);
                }
            }
            doc.MainDocumentPart.Document.Save();
        }
        return stream.ToArray();
    }

    private static void Indent(Paragraph p, Indentation indentation)
    {
        var ppr = p.ParagraphProperties ??= new ParagraphProperties();
        ppr.Indentation?.Remove();
        // Schema order: pStyle … spacing, ind, … jc; spacing may be absent, so place after the style id.
        var anchor = (OpenXmlElement?)ppr.SpacingBetweenLines ?? ppr.ParagraphStyleId;
        if (anchor is null)
        {
            ppr.PrependChild(indentation);
        }
        else
        {
            anchor.InsertAfterSelf(indentation);
        }
    }

    /// <summary>Each "\n" in a run's text becomes a line break, so the attachments stand one per line.</summary>
    private static void SplitLines(Paragraph p)
    {
        foreach (var run in p.Elements<Run>().ToList())
        {
            var text = run.GetFirstChild<Text>();
            if (text is null || !text.Text.Contains('\n', StringComparison.Ordinal))
            {
                continue;
            }
            var parts = text.Text.Split('\n');
            text.Text = parts[0];
            text.Space = SpaceProcessingModeValues.Preserve;
            var last = run;
            foreach (var part in parts.Skip(1))
            {
                var next = (Run)run.CloneNode(true);
                next.RemoveAllChildren<Text>();
                next.Append(new Break(), new Text(part) { Space = SpaceProcessingModeValues.Preserve });
                last.InsertAfterSelf(next);
                last = next;
            }
        }
    }

    private static IEnumerable<Paragraph> Masthead(string issuer, int year)
    {
        yield return new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "240", Line = "1200", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLine = "0", FirstLineChars = 0 },
                new Justification { Val = JustificationValues.Center }),
            new Run(
                new RunProperties(DocxStyles.Fonts(DocxStyles.XiaoBiaoSong), new Color { Val = Red }, new Spacing { Val = 20 },
                    new FontSize { Val = "72" }, new FontSizeComplexScript { Val = "72" }, DocxStyles.Lang()),
                new Text(issuer)));
        // 发文字号 居左空一字, 签发人 居右空一字, on the line above the red separator.
        yield return new Paragraph(
            new ParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Color = Red, Size = 12, Space = 8 }),
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = DocxWriter.TypeAreaWidth - 320 }),
                new Indentation { FirstLine = "0", FirstLineChars = 0, LeftChars = 100, Left = "320" }),
            new Run(new RunProperties(DocxStyles.Fonts(DocxStyles.FangSong)), new Text($"〔{year}〕　　号") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new TabChar()),
            new Run(new RunProperties(DocxStyles.Fonts(DocxStyles.FangSong)), new Text("签发人："),
                new Text("　　　　") { Space = SpaceProcessingModeValues.Preserve }));
        yield return new Paragraph(new ParagraphProperties(new Indentation { FirstLine = "0", FirstLineChars = 0 }));
    }
}
