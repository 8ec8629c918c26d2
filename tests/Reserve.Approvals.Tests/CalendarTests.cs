using MiniExcelLibs;
using Reserve.Approvals.Calendar;
using Reserve.Approvals.Limits;
using Reserve.Persistence;
using Reserve.Testing;

namespace Reserve.Approvals.Tests;

public sealed class CalendarTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void The_shipped_arrangements_follow_each_years_notice()
    {
        var shipped = HolidayArrangements.Shipped.ToDictionary(n => n.Year);
        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025, 2026], shipped.Keys.Order());
        Assert.Equal("国办发明电〔2024〕12号《国务院办公厅关于2025年部分节假日安排的通知》（2024年11月12日）", shipped[2025].Citation);
        var calendar = new WorkCalendar(HolidayArrangements.Shipped.SelectMany(n => n.Days));
        // 2025 春节: 1月28日至2月4日放假调休，1月26日（周日）、2月8日（周六）上班.
        Assert.All(Enumerable.Range(0, 8).Select(i => D(2025, 1, 28).AddDays(i)), d => Assert.False(calendar.IsWorkday(d)));
        Assert.True(calendar.IsWorkday(D(2025, 1, 26)));
        Assert.True(calendar.IsWorkday(D(2025, 2, 8)));
        // 2020 春节 extended to 2月2日 (国办发明电〔2020〕1号): Friday 1-31 off, Saturday 2-1 no longer a working day.
        Assert.False(calendar.IsWorkday(D(2020, 1, 31)));
        Assert.False(calendar.IsWorkday(D(2020, 2, 1)));
        // 2023 元旦 began on Saturday 2022-12-31; Monday 2023-01-02 off.
        Assert.False(calendar.IsWorkday(D(2023, 1, 2)));
        // 2026 国庆: 10月1日至7日放假, 9月20日（周日）、10月10日（周六）上班.
        Assert.Equal((false, true, true), (calendar.IsWorkday(D(2026, 10, 7)), calendar.IsWorkday(D(2026, 9, 20)), calendar.IsWorkday(D(2026, 10, 10))));
        Assert.All(HolidayArrangements.Shipped.SelectMany(n => n.Days).Where(d => d.IsWorkday), d => Assert.Contains(d.Date.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
    }

    private static MemoryStream Sheet(params object?[][] rows)
    {
        var data = rows.Select(r => new Dictionary<string, object?> { ["日期"] = r[0], ["安排（放假/上班）"] = r[1], ["节日"] = r.Length > 2 ? r[2] : null }).ToList();
        var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, data);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void A_sheet_is_previewed_with_every_problem_by_row_and_column()
    {
        var preview = CalendarSheet.Read(Sheet(
            ["2027-01-01", "放假", "元旦"],
            ["2027-01-04", "上班", "元旦"],
            ["2027-13-01", "放假", null],
            ["2027-02-06", "休息", "春节"],
            ["2027-01-01", "放假", "元旦"],
            ["2028-03-01", "放假", null]), 2027);

        Assert.Equal(
        [
            "第3行B列：2027年1月4日是周一，本来就是工作日，无需登记为调休上班",
            "第4行A列：“2027-13-01”不是日期，应写作 2027-10-01",
            "第5行B列：“休息”不是有效的安排，应为“放假”或“上班”",
            "第6行A列：2027年1月1日与第2行重复",
            "第7行A列：2028年3月1日不在2027年（节假日安排只可跨入前后一周）",
        ], preview.Problems.Select(p => p.ToString()));
        Assert.False(preview.CanImport);
        Assert.Equal([D(2027, 1, 1)], preview.Days.Select(d => d.Date));
    }

    [Fact]
    public void A_date_typed_into_excel_reads_as_that_day()
    {
        var preview = CalendarSheet.Read(Sheet([new DateTime(2027, 1, 1), "放假", "元旦"], [new DateTime(2027, 2, 7), "上班", "春节"]), 2027);

        Assert.Empty(preview.Problems);
        Assert.Equal([(D(2027, 1, 1), false), (D(2027, 2, 7), true)], preview.Days.Select(d => (d.Date, d.IsWorkday)));
    }

    [Fact]
    public void A_file_that_is_no_workbook_is_one_problem_not_a_crash()
    {
        var preview = CalendarSheet.Read(new MemoryStream("日期,安排\n2027-01-01,放假"u8.ToArray()), 2027);

        Assert.Equal(["文件无法读取：请上传 Excel 工作簿（.xlsx），可先下载导入模板"], preview.Problems.Select(p => p.ToString()));
        Assert.False(preview.CanImport);
    }

    [Fact]
    public void The_template_reads_back_as_the_latest_shipped_year()
    {
        var preview = CalendarSheet.Read(new MemoryStream(CalendarSheet.Template()), 2026);
        Assert.Empty(preview.Problems);
        Assert.Equal(HolidayArrangements.Shipped[^1].Days.Select(d => (d.Date, d.IsWorkday)), preview.Days.Select(d => (d.Date, d.IsWorkday)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task An_imported_year_replaces_the_old_whole_or_nothing_and_moves_due_dates(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        store.Clock.Advance(TimeSpan.FromDays(80));                     // 2027-01-03
        var opened = await store.Approvals.OpenAsync(store.Authorization() with { AppliedOn = D(2026, 12, 31) }, "张三");
        Assert.True(opened.Succeeded, string.Join("；", opened.Problems));
        Assert.Equal(D(2027, 1, 28), opened.Value!.DueOn);              // 2027 not entered yet: every weekday works
        var notice = new CalendarNotice("国办发明电〔2026〕9号", "国务院办公厅关于2027年部分节假日安排的通知", D(2026, 11, 10));

        var refused = await store.Approvals.ImportCalendarAsync(Sheet(["2027-01-01", "放假", "元旦"], ["2027-01-05", "上班"]), 2027, notice, "fgw");
        Assert.Equal("第3行B列：2027年1月5日是周二，本来就是工作日，无需登记为调休上班", Assert.Single(refused.Problems).ToString());
        Assert.Empty(await store.Approvals.CalendarAsync(2027));

        var imported = await store.Approvals.ImportCalendarAsync(Sheet(["2027-01-01", "放假", "元旦"], ["2027-01-02", "放假", "元旦"], ["2027-01-03", "放假", "元旦"]), 2027, notice, "fgw");

        Assert.True(imported.Succeeded, string.Join("；", imported.Problems));
        Assert.Equal(1, imported.MovedDueDates);
        Assert.Equal(D(2027, 1, 29), (await store.Approvals.FindAsync(opened.Value.Record.Id))!.DueOn);
        Assert.Equal(3, (await store.Approvals.CalendarAsync(2027)).Count);
        var year = Assert.Single(await store.Approvals.CalendarYearsAsync(), y => y.Year == 2027);
        Assert.Equal(("国办发明电〔2026〕9号", CalendarYearRowOrigin.Imported, "fgw"), (year.DocNumber, year.Origin, year.LoadedBy));
        Assert.Equal(7, (await store.Approvals.CalendarYearsAsync()).Count(y => y.Origin == CalendarYearRowOrigin.Shipped));
    }

    private static class CalendarYearRowOrigin
    {
        public const string Shipped = "随系统提供";
        public const string Imported = "导入";
    }
}
