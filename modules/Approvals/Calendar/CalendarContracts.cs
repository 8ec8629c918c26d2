namespace Reserve.Approvals.Calendar;

/// <summary>A day of the working-day calendar that differs from Monday-to-Friday or belongs to a holiday period, with where it comes from.</summary>
public sealed record CalendarEntry(DateOnly Date, bool IsWorkday, string? Note, string? Source, int Version);

/// <summary>A year whose holiday arrangement is in the calendar: the notice it follows and how it got there (随系统提供 / 导入).</summary>
public sealed record CalendarYear(int Year, string? DocNumber, string Title, DateOnly? IssuedOn, string? Amendment, string Origin, string LoadedBy);

/// <summary>The notice a year's imported arrangement follows: 文号 (may be empty when not known), title, date.</summary>
public sealed record CalendarNotice(string? DocNumber, string Title, DateOnly? IssuedOn);

/// <summary>
/// What became of a calendar change: the problems (nothing stored), a conflict with someone else's change, or how
/// many approval due dates moved with it.
/// </summary>
public sealed record CalendarChange(IReadOnlyList<Problem> Problems, string? Conflict, int MovedDueDates)
{
    public bool Succeeded => Problems.Count == 0 && Conflict is null;
}
