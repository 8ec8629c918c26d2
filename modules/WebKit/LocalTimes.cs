using System.Globalization;

namespace Reserve.WebKit;

/// <summary>
/// Stored times are UTC (SQLite hands them back unmarked); people read them as local wall-clock time,
/// written the way they write it: 2026-10-12 14:05.
/// </summary>
public static class LocalTimes
{
    public static string Text(DateTime utc, TimeProvider clock) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), clock.LocalTimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Text(DateTime? utc, TimeProvider clock) => utc is { } at ? Text(at, clock) : "";

    /// <summary>The UTC instant a local calendar day begins at, for date filters.</summary>
    public static DateTime StartOfDayUtc(DateOnly day, TimeProvider clock) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), clock.LocalTimeZone);
}
