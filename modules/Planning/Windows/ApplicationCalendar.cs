using Reserve.Channels;
using Reserve.Channels.Manifest;

namespace Reserve.Planning.Windows;

/// <summary>
/// When to apply to a channel, from the windows of its plugin's manifest: the occurrence open on the plan
/// date, else the next to open. A window that would open after the channel has ended is no window. The
/// manifest's recurrence is yearly for every plugin today; a window is taken as recurring each year.
/// </summary>
internal static class ApplicationCalendar
{
    public static ApplicationDates? For(ActiveChannel channel, DateOnly asOf)
    {
        if (channel.Plugin.Manifest is not { } manifest)
        {
            return null;
        }
        ApplicationDates? best = null;
        foreach (var window in manifest.Windows)
        {
            if (Occurrence(window, asOf) is not { } dates)
            {
                continue;
            }
            if (channel.Definition.ValidTo is { } end && dates.Opens > end)
            {
                continue;
            }
            if (best is null || (dates.OpenNow && !best.OpenNow) || (dates.OpenNow == best.OpenNow && dates.Opens < best.Opens))
            {
                best = dates;
            }
        }
        return best;
    }

    /// <summary>The occurrence of a yearly window that contains <paramref name="asOf"/>, or the next one after it.</summary>
    public static ApplicationDates? Occurrence(ApplicationWindow window, DateOnly asOf)
    {
        // The occurrence that opened last year may still be open (a window across the new year), so start there.
        for (var year = asOf.Year - 1; year <= asOf.Year + 1; year++)
        {
            if (!TryDate(year, window.OpenMonth, window.OpenDay, out var opens))
            {
                continue;
            }
            var closeYear = window.CloseMonth * 100 + window.CloseDay < window.OpenMonth * 100 + window.OpenDay ? year + 1 : year;
            if (!TryDate(closeYear, window.CloseMonth, window.CloseDay, out var closes))
            {
                continue;
            }
            if (closes >= asOf)
            {
                return new ApplicationDates(window.Name, opens, closes, opens <= asOf);
            }
        }
        return null;
    }

    /// <summary>29 February in a year without it is read as the 28th.</summary>
    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            date = default;
            return false;
        }
        date = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
        return true;
    }
}
