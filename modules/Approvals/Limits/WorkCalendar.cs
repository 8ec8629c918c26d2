namespace Reserve.Approvals.Limits;

/// <summary>
/// Which days are working days: Monday to Friday, except the days marked as holidays, plus the weekend days
/// marked as make-up working days (调休). The yearly holiday arrangement is published by the State Council each
/// year; the system ships 2020–2026 (<see cref="Reserve.Approvals.Calendar.HolidayArrangements"/>) and later years
/// are entered or imported (IApprovalService). A year with no arrangement counts every weekday as a working day.
/// </summary>
public sealed class WorkCalendar
{
    private readonly Dictionary<DateOnly, bool> _overrides;

    public WorkCalendar(IEnumerable<CalendarDay>? days = null)
    {
        _overrides = (days ?? []).ToDictionary(d => d.Date, d => d.IsWorkday);
    }

    public static WorkCalendar WeekdaysOnly { get; } = new();

    public bool IsWorkday(DateOnly date) =>
        _overrides.TryGetValue(date, out var workday) ? workday : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// The last day of a limit of <paramref name="days"/> that starts on <paramref name="start"/> (受理/收到申请之日).
    /// The start day itself is not counted; the limit runs from the next day, as 自…之日起N日内 is read.
    /// </summary>
    public DateOnly DueDate(DateOnly start, int days, DayCounting counting)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (counting == DayCounting.CalendarDays)
        {
            return start.AddDays(days);
        }
        var date = start;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsWorkday(date))
            {
                counted++;
            }
        }
        return date;
    }
}

/// <summary>A day whose status differs from the weekday rule: a holiday (false) or a make-up working day (true).</summary>
public sealed record CalendarDay(DateOnly Date, bool IsWorkday, string? Note);
