using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Dispatch.Reports;

/// <summary>
/// The dispatch report as XLSX: 总体情况 (each metric with its definition and source), 分层级 and 分部门 (counts
/// and amounts with SUM totals and 投资完成率 as a formula), 项目明细 (one row per project, SUM totals), 未报送
/// and 未开工项目. Amounts in 万元 with thousands separators; written with the OpenXml SDK for real formulas.
/// </summary>
internal static class DispatchWorkbook
{
    public static void Write(DispatchReportData d, Stream output)
    {
        var sheets = new List<(string Name, SheetBuilder Sheet)>
        {
            ("总体情况", Overview(d)),
            ("分层级", Groups(d, "分层级情况", "层级", d.Metrics.ByTier)),
            ("分部门", Groups(d, "分部门情况", "主管部门", d.Metrics.ByDepartment)),
            ("项目明细", Projects(d)),
            ("未报送", Missing(d)),
            ("未开工项目", NotStarted(d)),
        };
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
        var list = new Sheets();
        uint id = 1;
        foreach (var (name, sheet) in sheets)
        {
            var part = wb.AddNewPart<WorksheetPart>();
            part.Worksheet = sheet.Worksheet();
            list.Append(new Sheet { Name = name, SheetId = id++, Id = wb.GetIdOfPart(part) });
        }
        wb.Workbook = new Workbook(new BookViews(new WorkbookView()), list, new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
    }

    private static string Heading(DispatchReportData d, string part) => $"{d.Title}·{part}（截至{Sdk.Formatting.ZhFormat.Date(d.AsOf)}）";

    private static SheetBuilder Overview(DispatchReportData d)
    {
        var sheet = new SheetBuilder(Heading(d, "总体情况"),
            [new("指标", CellKind.Text, 22), new("数值", CellKind.Text, 26), new("口径", CellKind.Text, 70), new("来源", CellKind.Text, 50), new("可信度", CellKind.Text, 10)]);
        var o = d.Metrics.Overall;
        void Add(MetricValue v) => sheet.AddRow(v.Definition.Name, v.Display, v.Definition.Text,
            v.Definition.Source.Citation + (v.Definition.Source.Note is { } n ? "；" + n : ""), ZhNames<Confidence>.Of(v.Definition.Source.Confidence));
        Add(o.StartRate);
        Add(o.StartRateByPlannedDate);
        Add(o.ResumeRate);
        Add(o.StartOrResumeRate);
        Add(o.CompletionRate);
        Add(d.Metrics.TimeElapsed);
        Add(o.ScheduleGap);
        Add(o.Growth.Growth);
        Add(o.Growth.GapToTarget);
        Add(o.Growth.PlannedGrowth);
        return sheet;
    }

    private static SheetBuilder Groups(DispatchReportData d, string part, string label, IReadOnlyList<MetricSet> groups)
    {
        var sheet = new SheetBuilder(Heading(d, part),
        [
            new(label, CellKind.Text, 20), new("项目数", CellKind.Count, 8), new("计划新开工", CellKind.Count, 10), new("已开工", CellKind.Count, 8), new("续建", CellKind.Count, 8),
            new("已复工", CellKind.Count, 8), new("当前停工", CellKind.Count, 9), new("年度计划投资（万元）", CellKind.Money, 16), new("累计完成投资（万元）", CellKind.Money, 16),
            new("投资完成率", CellKind.Rate, 11), new("开复工率", CellKind.Text, 16), new("超/慢序时进度", CellKind.Text, 22),
        ]);
        var rate = new RowFormula(r => $"IF(H{r}>0,I{r}/H{r},\"—\")");
        foreach (var g in groups)
        {
            sheet.AddRow(g.Group, g.Projects, g.NewStartPlanned, g.NewStartStarted, g.Continuing, g.ContinuingResumed, g.StoppedNow,
                g.AnnualPlanInvestment, g.CumulativeInvestment, rate, g.StartOrResumeRate.Display, g.ScheduleGap.Display);
        }
        sheet.AddTotals("合计", new Dictionary<int, RowFormula> { [9] = rate });
        return sheet;
    }

    private static SheetBuilder Projects(DispatchReportData d)
    {
        var sheet = new SheetBuilder(Heading(d, "项目进展明细"),
        [
            new("序号", CellKind.Count, 6), new("项目名称", CellKind.Text, 34), new("储备编号", CellKind.Text, 11), new("主管部门", CellKind.Text, 14), new("包抓领导", CellKind.Text, 12),
            new("层级", CellKind.Text, 16), new("类别", CellKind.Text, 7), new("建设状态", CellKind.Text, 8), new("年度计划投资（万元）", CellKind.Money, 16),
            new("本期完成投资（万元）", CellKind.Money, 16), new("本年累计完成投资（万元）", CellKind.Money, 18), new("投资完成率", CellKind.Rate, 11),
            new("形象进度", CellKind.Text, 40), new("用工人数", CellKind.Count, 9), new("存在问题", CellKind.Text, 40),
        ]);
        var rate = new RowFormula(r => $"IF(I{r}>0,K{r}/I{r},\"—\")");
        foreach (var (l, i) in d.Projects.Select((l, i) => (l, i)))
        {
            sheet.AddRow(i + 1, l.Project.Name, l.Project.ReserveProjectId, l.Project.Department, l.Project.Leader,
                ZhNames<PlanTier>.Of(l.Project.Tier), ZhNames<PlanKind>.Of(l.Project.Kind),
                l.Status is { } st ? ZhNames<ConstructionStatus>.Of(st) : "未报送",
                l.Project.AnnualPlanInvestment, l.PeriodInvestment, l.Cumulative, rate,
                l.Latest?.ProgressText ?? "—", l.Latest?.Workers ?? 0, string.IsNullOrWhiteSpace(l.Latest?.Problems) ? "无" : l.Latest!.Problems);
        }
        sheet.AddTotals("合计", new Dictionary<int, RowFormula> { [11] = rate });
        return sheet;
    }

    private static SheetBuilder Missing(DispatchReportData d)
    {
        var sheet = new SheetBuilder(Heading(d, "未报送情况"),
        [
            new("序号", CellKind.Count, 6), new("主管部门", CellKind.Text, 14), new("包抓领导", CellKind.Text, 12), new("项目名称", CellKind.Text, 34), new("应报期间", CellKind.Text, 30),
            new("报送时限", CellKind.Text, 12), new("状态", CellKind.Text, 10), new("本年累计未报期数", CellKind.Count, 14),
        ]);
        foreach (var (m, i) in d.Missing.Items.Select((m, i) => (m, i)))
        {
            sheet.AddRow(i + 1, m.Department, m.Leader, m.ProjectName, m.Period.Label, Sdk.Formatting.ZhFormat.Date(m.DueDate),
                m.Overdue ? "逾期" : "当日应报", m.MissedPeriodsThisYear);
        }
        return sheet;
    }

    private static SheetBuilder NotStarted(DispatchReportData d)
    {
        var sheet = new SheetBuilder(Heading(d, "计划今年开工尚未开工项目"),
        [
            new("序号", CellKind.Count, 6), new("项目名称", CellKind.Text, 34), new("主管部门", CellKind.Text, 14), new("包抓领导", CellKind.Text, 12), new("计划开工日期", CellKind.Text, 14),
            new("滞后天数", CellKind.Count, 9), new("症结", CellKind.Text, 40), new("推进措施", CellKind.Text, 40), new("倒排工期", CellKind.Text, 60), new("逾期节点数", CellKind.Count, 10),
        ]);
        foreach (var (n, i) in d.NotStarted.Select((n, i) => (n, i)))
        {
            var schedule = string.Join("；", n.Milestones.Select(m => $"{m.Name}（{(m.DueDate is { } due ? Sdk.Formatting.ZhFormat.Date(due) : "无时限")}，{m.State}）"));
            sheet.AddRow(i + 1, n.Project.Name, n.Project.Department, n.Project.Leader,
                n.Project.PlannedStart is { } s ? Sdk.Formatting.ZhFormat.Date(s) : "—", Math.Max(0, n.DaysPastPlannedStart),
                n.Plan?.Item.Cause ?? "未填报症结", n.Plan?.Item.Measures ?? "未制定推进措施", schedule.Length == 0 ? "未制定倒排工期" : schedule,
                n.Milestones.Count(m => m.Overdue));
        }
        return sheet;
    }

    internal static Stylesheet Stylesheet()
    {
        static Font Font(double size, bool bold = false)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }
            font.Append(new FontSize { Val = size }, new FontName { Val = "宋体" }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 134 });
            return font;
        }
        static Alignment Align(HorizontalAlignmentValues h, bool wrap = true) => new() { Horizontal = h, Vertical = VerticalAlignmentValues.Center, WrapText = wrap };
        static CellFormat Cell(uint font, uint fill, uint border, Alignment align, uint numberFormat = 0) => new(align)
        {
            NumberFormatId = numberFormat, FontId = font, FillId = fill, BorderId = border, FormatId = 0,
            ApplyFont = true, ApplyFill = fill > 0, ApplyBorder = border > 0, ApplyAlignment = true, ApplyNumberFormat = numberFormat > 0,
        };
        var thin = new Border(
            new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        const uint money = 164, rate = 165;
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = money, FormatCode = "#,##0.00" },
                new NumberingFormat { NumberFormatId = rate, FormatCode = "0.0%" }) { Count = 2 },
            new Fonts(Font(11), Font(11, bold: true), Font(16, bold: true)) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                Cell(2, 0, 0, Align(HorizontalAlignmentValues.Center, false)),
                Cell(1, 2, 1, Align(HorizontalAlignmentValues.Center)),
                Cell(0, 0, 1, Align(HorizontalAlignmentValues.Left)),
                Cell(0, 0, 1, Align(HorizontalAlignmentValues.Right, false), money),
                Cell(0, 0, 1, Align(HorizontalAlignmentValues.Right, false), rate),
                Cell(0, 0, 1, Align(HorizontalAlignmentValues.Center, false)),
                Cell(1, 0, 1, Align(HorizontalAlignmentValues.Center)),
                Cell(1, 0, 1, Align(HorizontalAlignmentValues.Right, false), money),
                Cell(1, 0, 1, Align(HorizontalAlignmentValues.Right, false), rate),
                Cell(1, 0, 1, Align(HorizontalAlignmentValues.Center, false))) { Count = 11 },
            new CellStyles(new CellStyle { Name = "常规", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
