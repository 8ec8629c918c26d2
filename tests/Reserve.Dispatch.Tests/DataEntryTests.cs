using MiniExcelLibs;
using Reserve.Dispatch.Import;

namespace Reserve.Dispatch.Tests;

/// <summary>What departments and 发改委 enter themselves: late reports (补报), the XLSX import with its preview, targets, plan projects without a reserve record.</summary>
public sealed class DataEntryTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static MemoryStream Sheet(params Dictionary<string, object?>[] rows)
    {
        var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows.ToList());
        stream.Position = 0;
        return stream;
    }

    private static Dictionary<string, object?> Row(string project, string period, object thisPeriod, object cumulative, string status = "未开工") => new()
    {
        [ReportSheet.Project] = project, [ReportSheet.Period] = period, [ReportSheet.ThisPeriod] = thisPeriod, [ReportSheet.Cumulative] = cumulative,
        [ReportSheet.Progress] = "前期工作推进中", [ReportSheet.Status] = status, [ReportSheet.Problems] = null,
    };

    [Fact]
    public async Task A_report_filed_after_its_due_date_is_marked_late_and_stays_so_when_edited()
    {
        await using var f = await DispatchFixture.CreateAsync(Today);
        var id = await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual);

        var october = await f.ReportAsync(id, new DateOnly(2026, 10, 1), thisPeriod: 10m, cumulative: 10m);
        var november = await f.ReportAsync(id, new DateOnly(2026, 11, 1), thisPeriod: 5m, cumulative: 15m);
        october.Item.ProgressText = "已完成初步设计";
        var edited = await f.Dispatch.SaveReportAsync(october.Item, october.Version, "填报员");

        Assert.True(october.Item.FiledLate); // October was due on 5 November
        Assert.False(november.Item.FiledLate);
        Assert.True(edited.Saved!.Item.FiledLate);
    }

    [Fact]
    public async Task The_import_preview_names_row_column_and_reason_and_stores_nothing()
    {
        await using var f = await DispatchFixture.CreateAsync(Today);
        var a = await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual);
        await f.AddPlanAsync("2027-0002", PlanTier.MunicipalAnnual);
        using var sheet = Sheet(
            Row("2027-0001", "2026-10-01", 100m, 100m),
            Row("项目2027-0002", "2026-10-01", "一百", 100m),
            Row("没有这个项目", "2026-10-01", 1m, 1m),
            Row("2027-0001", "2026-11-15", 20m, 130m));

        var preview = await f.Dispatch.PreviewReportImportAsync(sheet, "住建局");

        Assert.Equal([2, 3, 4, 5], preview.Rows.Select(r => r.Row));
        Assert.True(preview.Rows[0].Valid, string.Join("；", preview.Rows[0].Problems));
        Assert.Equal("2026年10月", preview.Rows[0].Period);
        Assert.Equal("第3行C列（本期完成投资（万元））：“一百”不是数字", Assert.Single(preview.Rows[1].Problems).ToString());
        Assert.StartsWith("第4行A列（项目名称或储备编号）：“没有这个项目”不是2026年度计划中的项目", Assert.Single(preview.Rows[2].Problems).ToString());
        // November chains on the October row above it: 100 + 20 is 120, not 130.
        Assert.Contains("应为上期（2026年10月）累计", Assert.Single(preview.Rows[3].Problems).ToString());
        Assert.StartsWith("第5行D列", preview.Rows[3].Problems[0].ToString());
        Assert.Empty(await f.Dispatch.ListReportsAsync(a));
    }

    [Fact]
    public async Task Importing_all_rows_stores_nothing_when_one_is_bad_and_valid_only_stores_the_rest_marked_late()
    {
        await using var f = await DispatchFixture.CreateAsync(Today);
        var a = await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual);
        var b = await f.AddPlanAsync("2027-0002", PlanTier.MunicipalAnnual);
        byte[] Bytes()
        {
            using var s = Sheet(Row("2027-0001", "2026-10-01", 100m, 100m), Row("2027-0001", "2026-11-02", 20m, 120m), Row("2027-0002", "2026-10-01", 5m, 1m));
            return s.ToArray();
        }

        var all = await f.Dispatch.ImportReportsAsync(new MemoryStream(Bytes()), "住建局", validOnly: false, "填报员");
        var afterAll = (await f.Dispatch.ListReportsAsync(a)).Count + (await f.Dispatch.ListReportsAsync(b)).Count;
        var valid = await f.Dispatch.ImportReportsAsync(new MemoryStream(Bytes()), "住建局", validOnly: true, "填报员");
        var stored = await f.Dispatch.ListReportsAsync(a);
        var again = await f.Dispatch.PreviewReportImportAsync(new MemoryStream(Bytes()), "住建局");

        Assert.False(all.Succeeded);
        Assert.Equal(0, afterAll);
        Assert.True(valid.Succeeded, valid.Refusal);
        Assert.Equal(2, valid.Stored);
        Assert.Equal([true, false], stored.Select(r => r.Item.FiledLate));
        Assert.Empty(await f.Dispatch.ListReportsAsync(b));
        Assert.Equal("导入", (await f.Dispatch.AuditAsync("report", stored[0].Item.Id)).Single().Action);
        Assert.Contains("已填报", again.Rows[0].Problems[0].Message);
    }

    [Fact]
    public async Task A_clerk_cannot_import_another_departments_project_and_an_unreadable_file_is_named()
    {
        await using var f = await DispatchFixture.CreateAsync(Today);
        await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual);
        using var sheet = Sheet(Row("2027-0001", "2026-10-01", 1m, 1m));

        var other = await f.Dispatch.PreviewReportImportAsync(sheet, "交通运输局");
        var broken = await f.Dispatch.PreviewReportImportAsync(new MemoryStream("不是表格"u8.ToArray()), null);

        Assert.Contains("不是本部门的计划项目", Assert.Single(other.Rows[0].Problems).Message);
        Assert.Contains("不是可读取的 XLSX 文件", Assert.Single(broken.FileProblems).Message);
    }

    [Fact]
    public async Task The_template_lists_the_departments_projects_for_the_period_and_reads_back()
    {
        await using var f = await DispatchFixture.CreateAsync(Today);
        await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual);
        await f.AddPlanAsync("2027-0002", PlanTier.ProvincialKeyInvestment);

        var template = await f.Dispatch.ReportImportTemplateAsync("住建局", new DateOnly(2026, 11, 18));
        var preview = await f.Dispatch.PreviewReportImportAsync(new MemoryStream(template), "住建局");

        Assert.True(preview.Readable, string.Join("；", preview.FileProblems));
        Assert.Equal(2, preview.Rows.Count);
        Assert.All(preview.Rows, r => Assert.Contains(r.Problems, p => p.Header == ReportSheet.ThisPeriod && p.Message == "不能为空"));
    }

    [Fact]
    public async Task Targets_set_in_the_page_drive_the_growth_gap_and_refuse_a_stale_version()
    {
        await using var f = await DispatchFixture.CreateAsync(Today);
        var first = await f.Dispatch.SaveTargetAsync(new DispatchTarget { Year = 2026, StartOrResumeRatePercent = 80m, StartOrResumeBy = new DateOnly(2026, 9, 30), GrowthPercent = 7m }, null, "发改委");
        var missingDate = await f.Dispatch.SaveTargetAsync(new DispatchTarget { Year = 2026, StartOrResumeRatePercent = 120m }, first.Saved!.Version, "发改委");
        var second = await f.Dispatch.SaveTargetAsync(new DispatchTarget { Year = 2026, StartOrResumeRatePercent = 85m, StartOrResumeBy = new DateOnly(2026, 9, 30), GrowthPercent = 9m }, first.Saved.Version, "发改委");
        var stale = await f.Dispatch.SaveTargetAsync(new DispatchTarget { Year = 2026, GrowthPercent = 1m }, first.Saved.Version, "他人");
        var metrics = await f.Dispatch.MetricsAsync();

        Assert.Equal(["开复工率目标：为120%，应在0%至100%之间", "目标日期：填写了开复工率目标，须同时填写达到目标的日期（如9月30日）"], missingDate.Problems.Select(p => p.ToString()));
        Assert.Equal(2, second.Saved!.Version);
        Assert.NotNull(stale.Conflict);
        Assert.Equal(9m, metrics.Overall.Growth.TargetPercent);
        Assert.Equal(2, (await f.Dispatch.AuditAsync("target", second.Saved.Item.Id)).Count);
    }

    [Fact]
    public void Target_progress_reads_the_gap_in_points_and_the_days_left()
    {
        var target = new DispatchTarget { Year = 2026, StartOrResumeRatePercent = 80m, StartOrResumeBy = new DateOnly(2026, 9, 30) };
        var progress = TargetProgress.Of(target, null, new DateOnly(2026, 9, 20));

        Assert.Equal(10, progress.DaysToTargetDate);
        Assert.Null(progress.StartOrResumeGapPoints);
        Assert.Equal("低于目标12.5个百分点", TargetProgress.GapText(-12.46m));
        Assert.Equal("已达目标", TargetProgress.GapText(0.01m));
        Assert.Equal("—", TargetProgress.GapText(null));
    }

    [Fact]
    public async Task Plan_projects_without_a_reserve_record_may_be_several_a_year_and_the_reserve_link_reads_back()
    {
        await using var f = await DispatchFixture.CreateAsync(Today);
        await f.AddPlanAsync("", PlanTier.MunicipalAnnual, edit: p => p.Name = "新列项目甲");
        await f.AddPlanAsync("", PlanTier.MunicipalAnnual, edit: p => p.Name = "新列项目乙");
        var linked = await f.AddPlanAsync("2027-0003", PlanTier.MunicipalAnnual);

        Assert.Equal(3, (await f.Dispatch.ListPlanProjectsAsync(2026)).Count);
        Assert.Equal(linked, Assert.Single(await f.Dispatch.PlanProjectsOfReserveAsync("2027-0003")).Item.Id);
    }
}
