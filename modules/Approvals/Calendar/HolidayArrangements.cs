using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reserve.Approvals.Limits;

namespace Reserve.Approvals.Calendar;

/// <summary>
/// One year's holiday arrangement as the State Council's general office published it: the notice (文号, title,
/// date; a later notice that changed it, if any) and the days it makes holidays or make-up working days.
/// </summary>
public sealed record HolidayNotice(int Year, string? DocNumber, string Title, DateOnly? IssuedOn, string? Amendment, IReadOnlyList<CalendarDay> Days)
{
    /// <summary>国办发明电〔2024〕12号《国务院办公厅关于2025年部分节假日安排的通知》（2024年11月12日）.</summary>
    public string Citation =>
        $"{(DocNumber is null ? "" : DocNumber)}《{Title}》{(IssuedOn is { } d ? $"（{d.Year}年{d.Month}月{d.Day}日）" : "")}";
}

/// <summary>
/// The arrangements shipped with the system (2020–2026), read from <c>holiday-arrangements.json</c> beside this
/// file: every holiday period day by day (weekends inside a period included, so the calendar shows the whole
/// period) and every make-up working day (调休上班), each named after its festival.
/// </summary>
public static class HolidayArrangements
{
    private static readonly Lazy<IReadOnlyList<HolidayNotice>> Loaded = new(Load);

    public static IReadOnlyList<HolidayNotice> Shipped => Loaded.Value;

    private static IReadOnlyList<HolidayNotice> Load()
    {
        using var stream = typeof(HolidayArrangements).Assembly.GetManifestResourceStream("Reserve.Approvals.Calendar.holiday-arrangements.json")
            ?? throw new InvalidOperationException("holiday-arrangements.json is not embedded");
        var file = JsonSerializer.Deserialize<FileShape>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException("holiday-arrangements.json is empty");
        return file.Notices.Select(n => new HolidayNotice(n.Year, n.DocNumber, n.Title, Date(n.IssuedOn), n.Amendment,
            n.Holidays.SelectMany(h => Range(Date(h.From)!.Value, Date(h.To)!.Value).Select(d => new CalendarDay(d, false, h.Name)))
                .Concat(n.Workdays.Select(w => new CalendarDay(Date(w.Date)!.Value, true, w.Name + "调休上班")))
                .OrderBy(d => d.Date)
                .ToList())).ToList();
    }

    private static IEnumerable<DateOnly> Range(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            yield return d;
        }
    }

    private static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record FileShape([property: JsonPropertyName("notices")] List<NoticeShape> Notices);

    private sealed record NoticeShape(int Year, string? DocNumber, string Title, string? IssuedOn, string? Amendment, List<PeriodShape> Holidays, List<DayShape> Workdays);

    private sealed record PeriodShape(string Name, string From, string To);

    private sealed record DayShape(string Name, string Date);
}
