using System.Globalization;
using Reserve.Promotion;

namespace Reserve.Promotion.Web.Forms;

/// <summary>Reads the numbers and dates a 招商 form typed, naming the field in Chinese when it cannot.</summary>
internal static class FormText
{
    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An amount in 万元 (thousands separators allowed); empty is null.</summary>
    public static decimal? Amount(string? text, string field, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (!decimal.TryParse(text.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(new Problem(field, $"“{text}”不是数字（万元）"));
            return null;
        }
        // Amounts are stored as decimal(18,4): a larger figure is a typing slip, refused here rather than by the database.
        if (Math.Abs(value) >= 100_000_000_000_000m)
        {
            problems.Add(new Problem(field, $"“{text}”超出可填范围"));
            return null;
        }
        return value;
    }

    /// <summary>A yyyy-MM-dd date; empty is null.</summary>
    public static DateOnly? Day(string? text, string field, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        problems.Add(new Problem(field, $"“{text}”不是日期（应为 yyyy-MM-dd，如 2026-03-01）"));
        return null;
    }
}
