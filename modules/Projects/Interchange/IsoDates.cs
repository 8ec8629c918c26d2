using System.Globalization;

namespace Reserve.Projects.Interchange;

/// <summary>Dates as the interchange format writes them: 2026-10-15, or 2026-10 for a month.</summary>
public static class IsoDates
{
    public static bool TryParseExactDay(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParse(string? text, out DateOnly date)
    {
        if (TryParseExactDay(text, out date))
        {
            return true;
        }
        return DateOnly.TryParseExact(text?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
