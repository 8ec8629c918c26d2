using Reserve.Approvals.Limits;

namespace Reserve.Approvals.Tests;

public sealed class WorkCalendarTests
{
    private static DateOnly D(int month, int day) => new(2026, month, day);

    [Fact]
    public void Twenty_working_days_from_a_friday_end_four_weeks_later_on_a_friday()
    {
        // Counting starts on Monday 10-12: weeks of 10-12, 10-19, 10-26 and 11-02 give 20 working days.
        Assert.Equal(D(11, 6), WorkCalendar.WeekdaysOnly.DueDate(D(10, 9), 20, DayCounting.WorkingDays));
        Assert.Equal(D(10, 12), WorkCalendar.WeekdaysOnly.DueDate(D(10, 9), 1, DayCounting.WorkingDays));
        Assert.Equal(D(10, 9), WorkCalendar.WeekdaysOnly.DueDate(D(10, 9), 0, DayCounting.WorkingDays));
    }

    [Fact]
    public void Calendar_days_count_every_day_from_the_next()
    {
        Assert.Equal(D(4, 30), WorkCalendar.WeekdaysOnly.DueDate(D(3, 1), 60, DayCounting.CalendarDays));
        Assert.Equal(D(10, 16), WorkCalendar.WeekdaysOnly.DueDate(D(10, 9), 7, DayCounting.CalendarDays));
    }

    [Fact]
    public void A_holiday_pushes_the_due_date_and_a_make_up_working_day_pulls_it()
    {
        var holiday = new WorkCalendar([new CalendarDay(D(10, 12), false, "测试假日")]);
        var makeUp = new WorkCalendar([new CalendarDay(D(10, 10), true, "调休上班")]);

        Assert.Equal(D(11, 9), holiday.DueDate(D(10, 9), 20, DayCounting.WorkingDays));
        Assert.Equal(D(11, 5), makeUp.DueDate(D(10, 9), 20, DayCounting.WorkingDays));
        Assert.False(holiday.IsWorkday(D(10, 12)));
        Assert.True(makeUp.IsWorkday(D(10, 10)));
        Assert.False(WorkCalendar.WeekdaysOnly.IsWorkday(D(10, 10)));
        // Calendar-day limits ignore the calendar.
        Assert.Equal(D(10, 16), holiday.DueDate(D(10, 9), 7, DayCounting.CalendarDays));
    }
}
