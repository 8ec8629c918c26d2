using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reserve.Matching;
using Reserve.Rendering.Xlsx;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;
using static Reserve.Rendering.Xlsx.XlsxCells;

namespace Reserve.Documents;

/// <summary>
/// The 储备项目汇总表 as XLSX: a title row, one header row in the order of the reserve's summary form, one row per
/// project, a 合计 row of real <c>SUM</c> formulas, the header frozen, widths set for Chinese text and capped (long
/// text wraps), A3 landscape fitted to the page width, rows running on to as many pages as needed, the title and
/// header rows repeated on each.
/// <para>Funding sources: one column per each of the 14 sources of project-record.md rather than the 8
/// grouped ones of §4 row 12 — the same columns as the project XLSX interchange, nothing is merged away
/// (超长期特别国债 and 抗疫特别国债 stay apart), and the source columns add up to the planned total.</para>
/// <para>Written with the OpenXml SDK directly: MiniExcel does not write formulas and styles reliably,
/// ClosedXML is not a dependency of this repository, and the sheet is small and fixed.</para>
/// </summary>
public static class SummaryTableWriter
{
    internal static readonly IReadOnlyList<FundingSourceKind> Sources = Enum.GetValues<FundingSourceKind>();

    /// <summary>The header row, in §4 order.</summary>
    internal static IReadOnlyList<string> Headers { get; } =
    [
        "序号", "项目名称", "项目代码", "建设地点", "项目单位", "主管部门", "行业/领域", "建设性质", "建设规模及主要建设内容",
        "建设起止年限", "总投资（万元）",
        .. Sources.Select(s => $"资金来源：{ZhNames<FundingSourceKind>.Of(s)}（万元）"),
        "拟申请渠道", "申请额（万元）", "截至上年底累计完成投资（万元）", "年度计划投资（万元）", "前期工作进展", "项目阶段",
        "是否纳入库", "包抓领导/联系人", "备注", AnswersHeader,
    ];

    /// <summary>The three answers of each channel the project fits or is to verify for, after §4's columns.</summary>
    internal const string AnswersHeader = "匹配结论（资格／申报前准备／申报时间）";

    private const int TitleRow = 1, HeaderRow = 2, FirstDataRow = 3;

    // Style indexes in the stylesheet below.
    private const uint SText = 3, SMoney = 4, STotalLabel = 5, STotalMoney = 6, SCenter = 7, STitle = 1, SHeader = 2;

    public static void Write(IEnumerable<ProjectRecord> projects, IEnumerable<MatchResult> results, Stream output, string title = "储备项目汇总表")
    {
        var list = projects.ToList();
        var all = results.ToList();
        var byProject = all.GroupBy(r => r.ProjectId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var channels = ChannelNamesOf(all);
        var rows = list.Select((p, i) => Row(i + 1, p, p.Id is { } id && byProject.TryGetValue(id, out var r) ? r : [], channels)).ToList();

        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
        var sheetPart = wb.AddNewPart<WorksheetPart>();

        var columns = Headers.Count;
        var data = new SheetData();
        var titleRow = new Row { RowIndex = TitleRow, Height = 36, CustomHeight = true };
        titleRow.Append(XlsxCells.Text(Ref(0, TitleRow), title, STitle));
        data.Append(titleRow);
        // Narrow amount columns wrap their long headers (资金来源：…（万元）) onto up to five lines.
        var header = new Row { RowIndex = HeaderRow, Height = 72, CustomHeight = true };
        for (var c = 0; c < columns; c++)
        {
            header.Append(XlsxCells.Text(Ref(c, HeaderRow), Headers[c], SHeader));
        }
        data.Append(header);

        var r = (uint)FirstDataRow;
        foreach (var values in rows)
        {
            var row = new Row { RowIndex = r };
            for (var c = 0; c < columns; c++)
            {
                row.Append(values[c] switch
                {
                    decimal d => Number(Ref(c, r), d, SMoney),
                    int i => Number(Ref(c, r), i, SCenter),
                    string s => XlsxCells.Text(Ref(c, r), s, SText),
                    _ => new Cell { CellReference = Ref(c, r), StyleIndex = Headers[c].Contains("万元", StringComparison.Ordinal) ? SMoney : SText },
                });
            }
            data.Append(row);
            r++;
        }
        var totals = new Row { RowIndex = r };
        var last = r - 1;
        for (var c = 0; c < columns; c++)
        {
            if (c == 1)
            {
                totals.Append(XlsxCells.Text(Ref(c, r), "合计", STotalLabel));
            }
            else if (Headers[c].Contains("万元", StringComparison.Ordinal))
            {
                var formula = rows.Count == 0 ? "0" : $"SUM({Ref(c, FirstDataRow)}:{Ref(c, last)})";
                totals.Append(new Cell { CellReference = Ref(c, r), StyleIndex = STotalMoney, CellFormula = new CellFormula(formula) });
            }
            else
            {
                totals.Append(new Cell { CellReference = Ref(c, r), StyleIndex = STotalLabel });
            }
        }
        data.Append(totals);

        var cols = new Columns();
        for (var c = 0; c < columns; c++)
        {
            var width = Width(Headers[c], rows.Select(v => v[c]));
            cols.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true });
        }

        var lastCol = ColumnName(columns - 1);
        sheetPart.Worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = $"A1:{lastCol}{r}" },
            new SheetViews(new SheetView(
                new Pane { HorizontalSplit = 2, VerticalSplit = HeaderRow, TopLeftCell = $"C{FirstDataRow}", ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomRight, ActiveCell = $"C{FirstDataRow}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"C{FirstDataRow}" } })
            { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 18 },
            cols,
            data,
            new MergeCells(new MergeCell { Reference = $"A{TitleRow}:{lastCol}{TitleRow}" }) { Count = 1 },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            // A3 landscape (paper 8), fitted to one page wide and as many pages tall as the rows need (0 = automatic), the
            // title and header rows repeated on every page (Print_Titles below).
            new PageSetup { PaperSize = 8, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });

        wb.Workbook = new Workbook(
            new BookViews(new WorkbookView()),
            new Sheets(new Sheet { Name = "汇总表", SheetId = 1, Id = wb.GetIdOfPart(sheetPart) }),
            new DefinedNames(new DefinedName($"汇总表!$1:${HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }),
            new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
    }

    /// <summary>Every channel the results were matched against, by id: the channels a 拟申请渠道 may name.</summary>
    internal static IReadOnlyDictionary<string, string> ChannelNamesOf(IEnumerable<MatchResult> results)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in results)
        {
            names.TryAdd(r.ChannelId, r.ChannelName);
        }
        return names;
    }

    /// <summary>One project's values in header order: decimal (万元), int (序号), string, or null (empty).</summary>
    internal static object?[] Row(int number, ProjectRecord p, IReadOnlyList<MatchResult> results, IReadOnlyDictionary<string, string> channelNames)
    {
        var (channels, amount, unknown) = Requests(p, results, channelNames);
        var industry = string.Join(" ", new[] { p.IndustryCode, p.Field is { } f ? ZhNames<ProjectField>.Of(f) : null }.Where(s => !string.IsNullOrEmpty(s)));
        var years = p.PlannedStart is { } s && p.PlannedEnd is { } e ? $"{s.Year}–{e.Year}"
            : p.PlannedStart is { } s2 ? $"{s2.Year}–" : p.PlannedEnd is { } e2 ? $"–{e2.Year}" : null;
        var gap = p.TotalInvestment - p.PlannedTotal;
        object?[] values =
        [
            number, p.Name, p.Code, p.Address ?? p.Region, p.Unit, p.Department, Blank(industry),
            p.Nature is { } n ? ZhNames<ConstructionNature>.Of(n) : null, Blank(p.Scale), years, p.TotalInvestment,
            .. Sources.Select(src => p.FundingSources.Any(l => l.Source == src) ? (object)p.PlannedFrom(src) : null),
            channels, amount, p.CompletedInvestment, p.AnnualPlan, Blank(PreWork(p)),
            p.Stage is { } st ? ZhNames<ProjectStage>.Of(st) : null, Blank(Libraries(p)),
            Blank(string.Join("／", new[] { p.Leader, p.Contact }.Where(x => !string.IsNullOrWhiteSpace(x)))),
            Blank(string.Join("；", new[]
            {
                gap > 0 && p.FundingSources.Count > 0 ? $"资金缺口{ZhFormat.Wan(gap)}" : null,
                unknown > 0 ? $"另有{unknown}项拟申请渠道已不在渠道目录中，未列入" : null,
            }.Where(s => s is not null))),
            Blank(Answers(results)),
        ];
        return values;
    }

    /// <summary>
    /// Each channel that fits (符合) or is to be verified (待核实): its eligibility, what must be prepared before applying
    /// (how many items, needed by when) and when it can apply, e.g. 中央预算内投资·水利：符合；申报前须准备2项（2026年11月1日前）；可于2026年11月1日起申报.
    /// </summary>
    private static string Answers(IReadOnlyList<MatchResult> results) => string.Join("\n", results
        .Where(m => m.Verdict is MatchVerdict.Eligible or MatchVerdict.Unconfirmed)
        .OrderByDescending(m => m.Score)
        .Select(m =>
        {
            var readiness = m.Readiness.Count == 0 ? "无需准备"
                : m.Readiness.Where(r => r.NeededBy is not null).Select(r => r.NeededBy!.Value).DefaultIfEmpty().Min() is var by && by != default
                    ? $"申报前须准备{m.Readiness.Count}项（{ZhFormat.Date(by)}前）"
                    : $"申报前须准备{m.Readiness.Count}项";
            return $"{m.ChannelName}：{ZhNames<MatchVerdict>.Of(m.Verdict)}；{readiness}；{m.Timing?.Message ?? "申报时间以当年申报通知为准"}";
        }));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    /// <summary>
    /// The project's own 拟申请渠道 when it has any, each by its channel's name (one that names no channel matched is left
    /// out and counted, so the table never shows an unknown channel); otherwise the eligible match results with an estimate.
    /// </summary>
    private static (string? Channels, decimal? Amount, int Unknown) Requests(ProjectRecord p, IReadOnlyList<MatchResult> results,
        IReadOnlyDictionary<string, string> channelNames)
    {
        if (p.Requests.Count > 0)
        {
            var known = p.Requests.Where(q => channelNames.ContainsKey(q.Channel)).ToList();
            var unknown = p.Requests.Count - known.Count;
            if (known.Count > 0)
            {
                var text = string.Join("；", known.Select(q => known.Count > 1 ? $"{channelNames[q.Channel]}（{ZhFormat.Wan(q.Amount)}）" : channelNames[q.Channel]));
                return (text, known.Sum(q => q.Amount), unknown);
            }
            return (null, null, unknown);
        }
        var eligible = results.Where(m => m.Verdict == MatchVerdict.Eligible).OrderByDescending(m => m.Score).ToList();
        if (eligible.Count == 0)
        {
            return (null, null, 0);
        }
        var withAmount = eligible.Where(m => m.EstimatedAmount is not null).ToList();
        var names = string.Join("；", eligible.Select(m => m.EstimatedAmount is { } a && eligible.Count > 1 ? $"{m.ChannelName}（{ZhFormat.Wan(a)}）" : m.ChannelName));
        return (names, withAmount.Count == 0 ? null : withAmount.Sum(m => m.EstimatedAmount!.Value), 0);
    }

    private static readonly (PreWorkKind Kind, string Label)[] PreWorkColumns =
    [
        (PreWorkKind.FeasibilityApproval, "可研"),
        (PreWorkKind.LandPreExamination, "用地"),
        (PreWorkKind.EnvironmentalApproval, "环评"),
        (PreWorkKind.PreliminaryDesignApproval, "初设"),
    ];

    private static string PreWork(ProjectRecord p) => string.Join("；", PreWorkColumns.Select(c =>
    {
        var item = p.FindPreWork(c.Kind);
        if (item is null)
        {
            return $"{c.Label}：未填报";
        }
        var status = ZhNames<PreWorkStatus>.Of(item.Status);
        return string.IsNullOrWhiteSpace(item.DocNumber) ? $"{c.Label}：{status}" : $"{c.Label}：{status}（{item.DocNumber}）";
    }));

    private static string Libraries(ProjectRecord p)
    {
        static string YesNo(bool? b) => b switch { true => "是", false => "否", null => "未填" };
        return $"国家重大建设项目库：{YesNo(p.InNationalLibrary)}；三年滚动计划：{YesNo(p.InRollingPlan)}";
    }

    /// <summary>
    /// Width in characters (a CJK character counts 2, plus padding), capped so the sheet prints legibly when fitted to the
    /// page width: amounts at 14, 建设内容 at 26, the name between 20 and 22, other text at 12 — longer text wraps
    /// (text cells wrap) onto more lines instead of widening the sheet. Uncapped, 34 columns of up to 40 characters
    /// were fitted to one page width at about a fifth of full size, 150 rows a page.
    /// </summary>
    internal static double Width(string header, IEnumerable<object?> values)
    {
        static double Len(string s) => s.Sum(ch => ch > 0x2E80 ? 2.0 : 1.1);
        var max = Math.Min(Len(header) / 2 + 2, 12);
        foreach (var v in values)
        {
            var text = v switch
            {
                decimal d => d.ToString("#,##0.00", CultureInfo.InvariantCulture),
                null => "",
                _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
            };
            max = Math.Max(max, Len(text) + 2);
        }
        var (least, most) = header switch
        {
            "项目名称" => (20, 22),
            "建设规模及主要建设内容" => (6, 26),
            // An amount column must fit its widest number (Excel shows #### otherwise): 9,999,999.99 needs 14.
            _ when header.Contains("万元", StringComparison.Ordinal) => (6, 14),
            // Every other column wraps at 11: with 35 columns the sheet stays within twice A3's width, so it prints at half size or more.
            _ => (6, 11),
        };
        return Math.Round(Math.Clamp(max, least, most), 1);
    }

    private static Stylesheet Stylesheet()
    {
        static Font Font(double size, bool bold = false, string name = "宋体")
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }
            font.Append(new FontSize { Val = size }, new FontName { Val = name }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 134 });
            return font;
        }
        var thin = new Border(
            new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        static Alignment Align(HorizontalAlignmentValues h, bool wrap = true) =>
            new() { Horizontal = h, Vertical = VerticalAlignmentValues.Center, WrapText = wrap };
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" }) { Count = 1 },
            new Fonts(Font(11), Font(11, bold: true), Font(18, bold: true)) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat(Align(HorizontalAlignmentValues.Center, false)) { FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(Align(HorizontalAlignmentValues.Center)) { FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(Align(HorizontalAlignmentValues.Left)) { FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(Align(HorizontalAlignmentValues.Right, false)) { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(Align(HorizontalAlignmentValues.Center)) { FontId = 1, FillId = 0, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(Align(HorizontalAlignmentValues.Right, false)) { NumberFormatId = 164, FontId = 1, FillId = 0, BorderId = 1, FormatId = 0, ApplyNumberFormat = true, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(Align(HorizontalAlignmentValues.Center, false)) { FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyBorder = true, ApplyAlignment = true }) { Count = 8 },
            new CellStyles(new CellStyle { Name = "常规", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
