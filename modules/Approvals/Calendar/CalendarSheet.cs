using System.Globalization;
using MiniExcelLibs;
using Reserve.Approvals.Limits;
using Reserve.Rendering.Xlsx;
using Reserve.Sdk.Formatting;

namespace Reserve.Approvals.Calendar;

/// <summary>A problem of one cell of an imported calendar sheet: the row and column Excel shows, and why.</summary>
public sealed record SheetProblem(int Row, string Column, string Message)
{
    public override string ToString() => Row > 0 ? $"第{Row}行{Column}列：{Message}" : Message;
}

/// <summary>What an imported calendar sheet holds for a year: the days it would store and every problem found.</summary>
public sealed record CalendarImportPreview(int Year, IReadOnlyList<CalendarDay> Days, IReadOnlyList<SheetProblem> Problems)
{
    public bool CanImport => Problems.Count == 0 && Days.Count > 0;
}

/// <summary>
/// The sheet a new year's holiday arrangement is imported from, one row per day: A 日期, B 安排 (放假 or 上班),
/// C 节日. Row 1 is the header. A year's days may reach a week into the years around it (元旦 of 2023 began on
/// 31 December 2022). Nothing is stored from a sheet with a problem: a calendar half imported moves due dates wrongly.
/// </summary>
public static class CalendarSheet
{
    public const string Holiday = "放假";
    public const string Workday = "上班";
    public const int MaxRows = 400;
    private const int NameMaxLength = 50;

    public static readonly string[] Headers = ["日期", "安排（放假/上班）", "节日"];

    public static CalendarImportPreview Read(Stream xlsx, int year)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        IReadOnlyList<XlsxRow> rows;
        try
        {
            rows = XlsxSheetReader.ReadAll(xlsx, MaxRows + 2);
        }
        catch (XlsxUnreadableException)
        {
            return new CalendarImportPreview(year, [], [new SheetProblem(0, "", "文件无法读取：请上传 Excel 工作簿（.xlsx），可先下载导入模板")]);
        }
        var problems = new List<SheetProblem>();
        if (rows.Count > MaxRows + 1)
        {
            return new CalendarImportPreview(year, [], [new SheetProblem(0, "", $"超过{MaxRows}行，一年的节假日安排不会有这么多行，请检查文件")]);
        }
        var first = new DateOnly(year, 1, 1).AddDays(-7);
        var last = new DateOnly(year, 12, 31).AddDays(7);
        var days = new List<CalendarDay>();
        var seen = new Dictionary<DateOnly, int>();
        foreach (var cells in rows)
        {
            var number = cells.Number;
            if (number == 1)
            {
                continue;
            }
            var dateCell = Cell(cells, 0);
            var kind = Text(Cell(cells, 1));
            var name = Text(Cell(cells, 2));
            if (dateCell is null && kind is null && name is null)
            {
                continue;
            }
            var before = problems.Count;
            DateOnly? date = ParseDate(dateCell);
            if (date is null)
            {
                problems.Add(new SheetProblem(number, "A", dateCell is null ? "日期必填" : $"“{Text(dateCell)}”不是日期，应写作 {year}-10-01"));
            }
            else if (date < first || date > last)
            {
                problems.Add(new SheetProblem(number, "A", $"{ZhFormat.Date(date.Value)}不在{year}年（节假日安排只可跨入前后一周）"));
            }
            else if (seen.TryGetValue(date.Value, out var earlier))
            {
                problems.Add(new SheetProblem(number, "A", $"{ZhFormat.Date(date.Value)}与第{earlier}行重复"));
            }
            bool? workday = kind switch
            {
                Holiday or "休" or "假" or "放假调休" => false,
                Workday or "班" or "调休上班" => true,
                _ => null,
            };
            if (workday is null)
            {
                problems.Add(new SheetProblem(number, "B", kind is null ? $"安排必填，填“{Holiday}”或“{Workday}”" : $"“{kind}”不是有效的安排，应为“{Holiday}”或“{Workday}”"));
            }
            else if (workday == true && date is { } d && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                problems.Add(new SheetProblem(number, "B", $"{ZhFormat.Date(d)}是周{"日一二三四五六"[(int)d.DayOfWeek]}，本来就是工作日，无需登记为调休上班"));
            }
            if (name is not null && name.EnumerateRunes().Count() > NameMaxLength)
            {
                problems.Add(new SheetProblem(number, "C", $"节日名称超过{NameMaxLength}个字"));
            }
            if (problems.Count == before)
            {
                seen[date!.Value] = number;
                days.Add(new CalendarDay(date.Value, workday!.Value, name));
            }
        }
        if (days.Count == 0 && problems.Count == 0)
        {
            problems.Add(new SheetProblem(0, "", "文件中没有任何日期：从第2行起每行填一个放假日或调休上班日"));
        }
        return new CalendarImportPreview(year, days.OrderBy(d => d.Date).ToList(), problems);
    }

    /// <summary>The template: the header and, as an example, the shipped arrangement of the latest year it knows.</summary>
    public static byte[] Template()
    {
        var example = HolidayArrangements.Shipped[^1];
        var rows = example.Days.Select(d => new Dictionary<string, object>
        {
            [Headers[0]] = d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [Headers[1]] = d.IsWorkday ? Workday : Holiday,
            [Headers[2]] = d.Note ?? "",
        }).ToList();
        using var output = new MemoryStream();
        MiniExcel.SaveAs(output, rows, sheetName: $"节假日安排（示例{example.Year}年）", excelType: ExcelType.XLSX);
        return output.ToArray();
    }

    /// <summary>A cell of a 0-based column as the checks below read it: text, a number, a date or a yes/no.</summary>
    private static object? Cell(XlsxRow cells, int column)
    {
        if (!cells.TryGet(column, out var cell))
        {
            return null;
        }
        return cell.Kind switch
        {
            XlsxCellKind.Number => cell.Number,
            XlsxCellKind.Date => cell.Date,
            XlsxCellKind.Time => cell.Time,
            XlsxCellKind.Boolean => cell.Flag,
            _ => cell.Text,
        };
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim(),
    };

    private static DateOnly? ParseDate(object? value)
    {
        switch (value)
        {
            case DateTime dt:
                return DateOnly.FromDateTime(dt);
            case double serial when serial is > 20000 and < 80000:
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            case string text:
                text = text.Trim();
                string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];
                return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            default:
                return null;
        }
    }
}
