using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Reserve.Matching;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Documents.Tests;

public class XlsxTests
{
    internal static byte[] Xlsx()
    {
        var a = Fixture.Project();
        var b = Fixture.Project(complete: false);
        b.Id = "P-0002";
        b.Name = "嘉峪关市供热管网改造项目";
        b.TotalInvestment = 800m;
        // Stored by id; one request names a channel no longer in the catalog.
        b.Requests = [new ChannelRequest { Channel = Fixture.Channel.Id, Amount = 300m }, new ChannelRequest { Channel = "anti-pandemic-bonds", Amount = 50m }];
        using var ms = new MemoryStream();
        SummaryTableWriter.Write([a, b], [Fixture.Match(a)], ms);
        return ms.ToArray();
    }

    private static string Text(Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "";

    [Fact]
    public void Xlsx_passes_the_validator()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Xlsx()), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Headers_are_Chinese_in_section_4_order_under_a_title_row()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Xlsx()), false);
        var sheet = doc.WorkbookPart!.WorksheetParts.Single().Worksheet!;
        var rows = sheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal("储备项目汇总表", Text(rows[0].Elements<Cell>().First()));
        var headers = rows[1].Elements<Cell>().Select(Text).ToList();
        string[] order = ["序号", "项目名称", "项目代码", "建设地点", "项目单位", "主管部门", "行业/领域", "建设性质", "建设规模及主要建设内容",
            "建设起止年限", "总投资（万元）", "资金来源：中央预算内投资（万元）", "拟申请渠道", "申请额（万元）", "截至上年底累计完成投资（万元）",
            "年度计划投资（万元）", "前期工作进展", "项目阶段", "是否纳入库", "包抓领导/联系人", "备注", "匹配结论（资格／申报前准备／申报时间）"];
        var positions = order.Select(h => headers.IndexOf(h)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.OrderBy(p => p), positions);
        Assert.Equal(11 + 14 + 10, headers.Count);
        Assert.Single(sheet.Descendants<MergeCell>());
    }

    [Fact]
    public void Totals_row_has_SUM_formulas_and_data_rows_values()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Xlsx()), false);
        var sheet = doc.WorkbookPart!.WorksheetParts.Single().Worksheet!;
        var rows = sheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(5, rows.Count);
        var first = rows[2].Elements<Cell>().ToList();
        Assert.Equal("1", Text(first[0]));
        Assert.Equal("嘉峪关市胜利路片区老旧小区改造项目", Text(first[1]));
        Assert.Equal("12345.67", Text(first[10]));
        Assert.Equal("5000", Text(first[11]));
        Assert.Equal("中央预算内投资·城镇老旧小区改造", Text(first[25]));
        Assert.Equal("4000", Text(first[26]));
        Assert.Contains("可研：已完成（嘉发改投资〔2025〕88号）", Text(first[29]));
        var second = rows[3].Elements<Cell>().ToList();
        Assert.Equal("中央预算内投资·城镇老旧小区改造", Text(second[25]));
        Assert.Equal("300", Text(second[26]));
        var remarks = rows[1].Elements<Cell>().Select(Text).ToList().IndexOf("备注");
        Assert.Contains("另有1项拟申请渠道已不在渠道目录中", Text(second[remarks]));
        var totals = rows[4].Elements<Cell>().ToList();
        Assert.Equal("合计", Text(totals[1]));
        Assert.Equal("SUM(K3:K4)", totals[10].CellFormula!.Text);
        Assert.Equal("SUM(AA3:AA4)", totals[26].CellFormula!.Text);
        Assert.Equal(1 + 14 + 3, totals.Count(c => c.CellFormula is not null));
        Assert.True(doc.WorkbookPart.Workbook!.CalculationProperties!.FullCalculationOnLoad!.Value);
    }

    [Fact]
    public void The_last_column_gives_each_fitting_channel_its_eligibility_readiness_and_timing()
    {
        var a = Fixture.Project();
        var match = Fixture.Match(a) with
        {
            Timing = new TimingAnswer(TimingState.NotYetOpen, new DateOnly(2026, 11, 1), new DateOnly(2027, 6, 30), "可于2026年11月1日起申报，至2027年6月30日截止"),
            Readiness =
            [
                new ReadinessItem("BASE-CODE", "项目代码", "申报前须取得项目代码", new DateOnly(2026, 11, 1), "发改投资〔2020〕1439号"),
                new ReadinessItem("M-FSR", "可研批复", "申报材料“可研批复”尚未齐备", null, "国家发展改革委令2016年第45号"),
            ],
        };
        var unconfirmed = match with { ChannelName = "甘肃省级专项·冷链物流", Verdict = MatchVerdict.Unconfirmed, Score = 50m, Readiness = [], Timing = null };
        var ineligible = match with { ChannelName = "地方政府专项债券", Verdict = MatchVerdict.Ineligible };
        using var ms = new MemoryStream();
        SummaryTableWriter.Write([a], [match, unconfirmed, ineligible], ms);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(ms.ToArray()), false);
        var rows = doc.WorkbookPart!.WorksheetParts.Single().Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        var headers = rows[1].Elements<Cell>().Select(Text).ToList();
        var answers = Text(rows[2].Elements<Cell>().ElementAt(headers.IndexOf("匹配结论（资格／申报前准备／申报时间）")));
        Assert.Equal(
            "中央预算内投资·城镇老旧小区改造：符合；申报前须准备2项（2026年11月1日前）；可于2026年11月1日起申报，至2027年6月30日截止\n" +
            "甘肃省级专项·冷链物流：待核实；无需准备；申报时间以当年申报通知为准",
            answers);
    }

    [Fact]
    public void The_table_names_channels_and_never_shows_an_id_or_an_unknown_channel()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Xlsx()), false);
        var cells = doc.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Cell>().Select(Text).ToList();
        Assert.DoesNotContain(cells, c => c.Contains(Fixture.Channel.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.Contains("anti-pandemic-bonds", StringComparison.Ordinal));
    }

    [Fact]
    public void Header_is_frozen_and_columns_have_widths()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Xlsx()), false);
        var sheet = doc.WorkbookPart!.WorksheetParts.Single().Worksheet!;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(2d, pane.VerticalSplit!.Value);
        Assert.Equal("C3", pane.TopLeftCell!.Value);
        var cols = sheet.GetFirstChild<Columns>()!.Elements<Column>().ToList();
        Assert.Equal(35, cols.Count);
        Assert.All(cols, c => Assert.True(c.CustomWidth!.Value && c.Width!.Value >= 6));
        Assert.True(cols[1].Width!.Value >= 20, "项目名称 wide enough for Chinese text");
    }

    [Fact]
    public void The_summary_prints_on_a3_landscape_fitted_to_the_width_running_on_to_as_many_pages_as_the_rows_need_with_the_header_repeated()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Xlsx()), false);
        var sheet = doc.WorkbookPart!.WorksheetParts.Single().Worksheet!;
        var setup = sheet.GetFirstChild<PageSetup>()!;
        Assert.Equal((8u, OrientationValues.Landscape, 1u, 0u), (setup.PaperSize!.Value, setup.Orientation!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
        Assert.True(sheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        var titles = doc.WorkbookPart.Workbook!.DefinedNames!.Elements<DefinedName>().Single(d => d.Name == "_xlnm.Print_Titles");
        Assert.Equal("汇总表!$1:$2", titles.Text);
        // Long text wraps instead of widening the sheet, so fitted to A3's width (about 210 characters at full size) it
        // prints at half size or more.
        var cols = sheet.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value).ToList();
        Assert.All(cols, w => Assert.InRange(w, 6, 26));
        Assert.InRange(cols.Sum(), 200, 420);
    }
}
