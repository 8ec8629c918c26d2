namespace Reserve.Review;

/// <summary>
/// Which reserve year is being collected and by when. Departments propose next year's projects in the
/// autumn and 发改委 collects them by mid-October (DESIGN.md), so by default the reserve year is the
/// year after today's and the deadline is 15 October of today's year. Both are configuration.
/// </summary>
public sealed record ReviewCalendar(int? ReserveYearOverride = null, int DeadlineMonth = 10, int DeadlineDay = 15)
{
    public int ReserveYear(DateOnly today) => ReserveYearOverride ?? today.Year + 1;

    public DateOnly Deadline(int reserveYear) => new(reserveYear - 1, DeadlineMonth, Math.Min(DeadlineDay, DateTime.DaysInMonth(reserveYear - 1, DeadlineMonth)));

    /// <summary>Reads "MM-dd" (e.g. "10-15"); null when the text is not a date of the year.</summary>
    public static ReviewCalendar? Parse(int? reserveYear, string? deadline)
    {
        if (string.IsNullOrWhiteSpace(deadline))
        {
            return new ReviewCalendar(reserveYear);
        }
        var parts = deadline.Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], out var month) && int.TryParse(parts[1], out var day)
               && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month)
            ? new ReviewCalendar(reserveYear, month, day)
            : null;
    }
}
