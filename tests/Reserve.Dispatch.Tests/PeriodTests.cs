namespace Reserve.Dispatch.Tests;

public sealed class PeriodTests
{
    [Fact]
    public void Iso_week_one_of_2026_starts_on_the_monday_in_december_2025_and_belongs_to_2026()
    {
        var week = ReportPeriod.Containing(ReportCadence.Weekly, new DateOnly(2026, 1, 1));

        Assert.Equal((new DateOnly(2025, 12, 29), new DateOnly(2026, 1, 4)), (week.Start, week.End));
        Assert.Equal(2026, week.Year);
        Assert.Equal("2026年第1周（12月29日—1月4日）", week.Label);
    }

    [Fact]
    public void A_year_with_53_iso_weeks_ends_its_last_week_in_january()
    {
        var (first, last) = ReportPeriod.OfYear(ReportCadence.Weekly, 2020);

        Assert.Equal(new DateOnly(2019, 12, 30), first.Start);
        Assert.Equal(new DateOnly(2021, 1, 3), last.End);
        Assert.Equal(2020, last.Year);
        Assert.Contains("第53周", last.Label);
    }

    [Fact]
    public void February_of_a_leap_year_has_29_days_and_the_month_after_starts_on_the_first()
    {
        var february = ReportPeriod.Containing(ReportCadence.Monthly, new DateOnly(2028, 2, 15));

        Assert.Equal(new DateOnly(2028, 2, 29), february.End);
        Assert.Equal(new DateOnly(2028, 3, 1), february.Next().Start);
        Assert.Equal(new DateOnly(2028, 1, 1), february.Previous().Start);
        Assert.Equal("2028年2月", february.Label);
    }

    [Fact]
    public void A_day_is_its_own_period()
    {
        var day = ReportPeriod.Containing(ReportCadence.Daily, new DateOnly(2026, 12, 31));

        Assert.Equal((day.Start, day.End), (new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 31)));
        Assert.Equal(new DateOnly(2027, 1, 1), day.Next().Start);
        Assert.Equal("2026年12月31日", day.Label);
    }
}
