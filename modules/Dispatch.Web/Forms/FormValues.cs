using System.Globalization;
using Reserve.Dispatch;

namespace Reserve.Dispatch.Web.Forms;

/// <summary>Reads what a dispatch form typed (numbers, dates, enums), adding a Chinese problem under the field's label when it cannot.</summary>
internal static class FormValues
{
    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static decimal? Amount(string? text, string field, List<DispatchProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (!decimal.TryParse(text.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(new DispatchProblem(field, $"“{text}”不是数字"));
            return null;
        }
        // The store keeps amounts as decimal(18,4): a larger figure is a typing slip, refused here rather than by the database.
        if (Math.Abs(value) >= 100_000_000_000_000m)
        {
            problems.Add(new DispatchProblem(field, $"“{text}”超出可填范围"));
            return null;
        }
        return value;
    }

    public static DateOnly? Day(string? text, string field, List<DispatchProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        problems.Add(new DispatchProblem(field, $"“{text}”不是日期（应为 yyyy-MM-dd，如 2026-03-01）"));
        return null;
    }

    public static TEnum? Choice<TEnum>(string? text, string field, List<DispatchProblem> problems, bool required = true) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                problems.Add(new DispatchProblem(field, "请选择"));
            }
            return null;
        }
        if (Enum.TryParse<TEnum>(text, out var value) && Enum.IsDefined(value))
        {
            return value;
        }
        problems.Add(new DispatchProblem(field, $"“{text}”不是可选的值"));
        return null;
    }
}
