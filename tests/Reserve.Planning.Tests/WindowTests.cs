using Reserve.Channels.Manifest;
using Reserve.Planning.Windows;
using Xunit;

namespace Reserve.Planning.Tests;

public sealed class WindowTests
{
    private static readonly ApplicationWindow CentralBudget = new("年度中央预算内投资计划申报", 11, 1, 6, 30, "每年", null);

    [Fact]
    public void Before_a_window_across_the_new_year_the_next_opening_is_given()
    {
        var dates = ApplicationCalendar.Occurrence(CentralBudget, new DateOnly(2026, 10, 15))!;
        Assert.Equal(new ApplicationDates("年度中央预算内投资计划申报", new DateOnly(2026, 11, 1), new DateOnly(2027, 6, 30), false), dates);
    }

    [Fact]
    public void Inside_a_window_that_opened_last_year_the_open_occurrence_is_given()
    {
        var dates = ApplicationCalendar.Occurrence(CentralBudget, new DateOnly(2027, 1, 10))!;
        Assert.Equal(new DateOnly(2026, 11, 1), dates.Opens);
        Assert.Equal(new DateOnly(2027, 6, 30), dates.Closes);
        Assert.True(dates.OpenNow);
    }

    [Fact]
    public void After_it_closes_the_window_of_the_coming_autumn()
    {
        var dates = ApplicationCalendar.Occurrence(CentralBudget, new DateOnly(2027, 7, 1))!;
        Assert.Equal(new DateOnly(2027, 11, 1), dates.Opens);
        Assert.False(dates.OpenNow);
    }
}
