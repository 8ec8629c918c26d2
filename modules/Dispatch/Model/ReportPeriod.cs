using System.Globalization;

namespace Reserve.Dispatch;

/// <summary>
/// One reporting period: a day, an ISO week (Monday to Sunday, ISO 8601 numbering) or a calendar month.
/// A period belongs to the plan year of its start for days and months, and to its ISO week-year for weeks
/// (so 2026-W01 runs from 2025-12-29 and belongs to 2026).
/// </summary>
public readonly record struct ReportPeriod(ReportCadence Cadence, DateOnly Start, DateOnly End)
{
    /// <summary>The period of <paramref name="cadence"/> that contains <paramref name="date"/>.</summary>
    public static ReportPeriod Containing(ReportCadence cadence, DateOnly date)
    {
        switch (cadence)
        {
            case ReportCadence.Daily:
                return new(cadence, date, date);
            case ReportCadence.Weekly:
                var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
                return new(cadence, monday, monday.AddDays(6));
            case ReportCadence.Monthly:
                var first = new DateOnly(date.Year, date.Month, 1);
                return new(cadence, first, first.AddMonths(1).AddDays(-1));
            default:
                throw new ArgumentOutOfRangeException(nameof(cadence), cadence, null);
        }
    }

    /// <summary>The plan year the period counts in.</summary>
    public int Year => Cadence == ReportCadence.Weekly ? ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue)) : Start.Year;

    public ReportPeriod Next() => Containing(Cadence, End.AddDays(1));

    public ReportPeriod Previous() => Containing(Cadence, Start.AddDays(-1));

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>2026年11月27日, 2026年第48周（11月23日—11月29日）, 2026年11月.</summary>
    public string Label => Cadence switch
    {
        ReportCadence.Daily => $"{Start.Year}年{Start.Month}月{Start.Day}日",
        ReportCadence.Weekly => $"{Year}年第{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue))}周（{Start.Month}月{Start.Day}日—{End.Month}月{End.Day}日）",
        _ => $"{Start.Year}年{Start.Month}月",
    };

    /// <summary>The first and last period of <paramref name="cadence"/> in plan year <paramref name="year"/>.</summary>
    public static (ReportPeriod First, ReportPeriod Last) OfYear(ReportCadence cadence, int year) => cadence switch
    {
        ReportCadence.Weekly => (Containing(cadence, DateOnly.FromDateTime(ISOWeek.GetYearStart(year))),
            Containing(cadence, DateOnly.FromDateTime(ISOWeek.GetYearEnd(year)))),
        _ => (Containing(cadence, new DateOnly(year, 1, 1)), Containing(cadence, new DateOnly(year, 12, 31))),
    };
}
