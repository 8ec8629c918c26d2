using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Reserve.Demo.Dispatch;
using Reserve.Demo.Projects;
using Reserve.Rendering;

namespace Reserve.Dispatch.Tests;

/// <summary>Dispatch reports generated from the demo data, opened and read back.</summary>
public sealed class ReportTests(ReportTests.Seeded seeded) : IClassFixture<ReportTests.Seeded>
{
    private static readonly DateOnly AsOf = new(2026, 11, 20);
    private readonly DispatchFixture _f = seeded.Fixture;

    /// <summary>One store seeded with the demo data for every test of the class (seeding takes seconds).</summary>
    public sealed class Seeded : IAsyncLifetime
    {
        public DispatchFixture Fixture { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var reserve = DemoProjects.Generate(60);
            Fixture = await DispatchFixture.CreateAsync(AsOf, reserve, o => o.GrowthTargetPercentByYear[2026] = 8m);
            Assert.Equal(DemoDispatch.DefaultCount, await Fixture.Dispatch.SeedDemoAsync(AsOf.Year, DemoDispatch.Generate(reserve, AsOf, Fixture.Options), "演示"));
        }

        public async Task DisposeAsync() => await Fixture.DisposeAsync();
    }

    [Fact]
    public async Task The_monthly_docx_has_the_title_the_figures_every_project_and_the_definitions()
    {
        var file = await _f.Dispatch.ReportAsync(DispatchReportKind.Monthly, new DateOnly(2026, 10, 15), "docx");
        Assert.True(file.Succeeded, string.Join("\n", file.Problems));
        Assert.Equal("年度计划项目调度月报（2026年10月）.docx", file.FileName);

        using var doc = WordprocessingDocument.Open(new MemoryStream(file.Content!), false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        var metrics = await _f.Dispatch.MetricsAsync(new DateOnly(2026, 10, 31));
        Assert.Contains("年度计划项目调度月报（2026年10月）", text);
        Assert.Contains($"投资完成率{metrics.Overall.CompletionRate.Display}", text);
        Assert.Contains($"开工率{metrics.Overall.StartRate.Display}", text);
        Assert.Contains("年度增长目标8%", text);
        Assert.Contains("附：指标口径", text);
        Assert.Contains("通行做法", text);
        var plans = await _f.Dispatch.ListPlanProjectsAsync(2026);
        Assert.All(plans, p => Assert.Contains(p.Item.Name, text));
        Assert.NotEmpty(doc.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>());
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
    }

    [Fact]
    public async Task The_daily_report_lists_only_daily_cadence_projects()
    {
        var file = await _f.Dispatch.ReportAsync(DispatchReportKind.Daily, AsOf, "html");
        Assert.True(file.Succeeded, string.Join("\n", file.Problems));
        var html = System.Text.Encoding.UTF8.GetString(file.Content!);

        var plans = await _f.Dispatch.ListPlanProjectsAsync(2026);
        Assert.Contains("重大项目调度日报（2026年11月20日）", html);
        Assert.All(plans.Where(p => p.Item.Tier == PlanTier.ProvincialMajor), p => Assert.Contains(p.Item.Name, html));
        Assert.All(plans.Where(p => p.Item.Tier == PlanTier.MunicipalAnnual), p => Assert.DoesNotContain(p.Item.Name, html));
    }

    [Fact]
    public async Task The_weekly_xlsx_has_its_sheets_sum_totals_and_rate_formulas()
    {
        var file = await _f.Dispatch.ReportAsync(DispatchReportKind.Weekly, AsOf, "xlsx");
        Assert.True(file.Succeeded);

        using var doc = SpreadsheetDocument.Open(new MemoryStream(file.Content!), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
        var wb = doc.WorkbookPart!;
        var sheets = wb.Workbook!.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["总体情况", "分层级", "分部门", "项目明细", "未报送", "未开工项目"], sheets.Select(s => s.Name!.Value!));
        var detail = ((WorksheetPart)wb.GetPartById(sheets[3].Id!)).Worksheet!;
        var rows = detail.Descendants<Row>().ToList();
        var plans = (await _f.Dispatch.ListPlanProjectsAsync(2026)).Count(p => p.Item.Tier != PlanTier.MunicipalAnnual);
        Assert.Equal(2 + plans + 1, rows.Count);
        var total = rows[^1].Elements<Cell>().ToList();
        Assert.Equal($"SUM(I3:I{rows.Count - 1})", total[8].CellFormula!.Text);
        Assert.Equal($"IF(I{rows.Count}>0,K{rows.Count}/I{rows.Count},\"—\")", total[11].CellFormula!.Text);
        var firstPlan = rows[2].Elements<Cell>().ToList();
        Assert.Equal("IF(I3>0,K3/I3,\"—\")", firstPlan[11].CellFormula!.Text);
        Assert.False(string.IsNullOrEmpty(firstPlan[8].CellValue?.Text));
        var styles = wb.WorkbookStylesPart!.Stylesheet!;
        Assert.Contains(styles.NumberingFormats!.Elements<NumberingFormat>(), n => n.FormatCode == "#,##0.00");
    }

    [Fact]
    public async Task The_overview_sheet_shows_each_metric_with_its_definition()
    {
        var file = await _f.Dispatch.ReportAsync(DispatchReportKind.Monthly, AsOf, "xlsx");
        using var doc = SpreadsheetDocument.Open(new MemoryStream(file.Content!), false);
        var wb = doc.WorkbookPart!;
        var overview = ((WorksheetPart)wb.GetPartById(wb.Workbook!.Sheets!.Elements<Sheet>().First().Id!)).Worksheet!;
        var texts = overview.Descendants<Cell>().Select(c => c.InnerText).ToList();

        Assert.Contains("开工率", texts);
        Assert.Contains(MetricDefinitions.StartRate.Text, texts);
        Assert.Contains("通行做法", texts);
    }

    [Fact]
    public async Task An_unknown_format_is_refused_in_chinese()
    {
        var file = await _f.Dispatch.ReportAsync(DispatchReportKind.Monthly, AsOf, "pdf");

        Assert.False(file.Succeeded);
        Assert.Equal("格式“pdf”不支持，应为 docx、html 或 xlsx", Assert.Single(file.Problems));
    }

    [Fact]
    public async Task Demo_data_gives_missing_reports_lagging_projects_and_chart_series()
    {
        var missing = await _f.Dispatch.MissingReportsAsync();
        var notStarted = await _f.Dispatch.NotStartedAsync();
        var charts = await _f.Dispatch.ChartsAsync();

        Assert.NotEmpty(missing.Items);
        Assert.Contains(notStarted, n => n.Plan is not null && n.HasOverdueMilestone);
        Assert.Equal(charts.InvestmentByDepartment.Categories.Count, charts.InvestmentByDepartment.Series[0].Values.Count);
        Assert.Equal(["省列重大项目", "省列重点投资项目", "市级年度计划项目"], charts.StartRatesByTier.Categories);
        Assert.Equal(missing.ByDepartment.Sum(g => g.Missing), charts.MissingByDepartment.Series[1].Values.Sum());
        Assert.Equal(0, await _f.Dispatch.SeedDemoAsync(AsOf.Year, DemoDispatch.Generate(DemoProjects.Generate(60), AsOf, _f.Options), "演示"));
    }

    [Fact]
    public void Demo_data_is_the_same_for_the_same_seed_and_uses_reserve_ids()
    {
        var reserve = DemoProjects.Generate(60);
        var a = DemoDispatch.Generate(reserve, AsOf, new DispatchOptions());
        var b = DemoDispatch.Generate(reserve, AsOf, new DispatchOptions());

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(a), System.Text.Json.JsonSerializer.Serialize(b));
        Assert.Equal(reserve.Take(DemoDispatch.DefaultCount).Select(r => r.Id), a.Select(x => x.Project.ReserveProjectId));
        Assert.StartsWith("2027-", a[0].Project.ReserveProjectId);
        Assert.All(a, x => Assert.Matches("[\u4e00-\u9fff]", x.Project.Leader));
    }
}
