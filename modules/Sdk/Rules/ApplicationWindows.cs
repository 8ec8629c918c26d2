using System.Globalization;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Parameters;

namespace Reserve.Sdk.Rules;

/// <summary>
/// A channel's yearly application windows as a dated list of <c>"MM-dd~MM-dd"</c> (a window may run across the
/// new year, e.g. <c>"11-01~06-30"</c>). Answers whether a date is inside a window (the cheap test a match pass
/// runs) and, for an explanation, when the project can apply: open now until a date, or the next opening.
/// </summary>
public sealed class ApplicationWindows
{
    private readonly DatedParameter<IReadOnlyList<string>> _windows;

    // Each period's windows parsed once, keyed by the list instance the dated parameter hands back: parsing
    // "MM-dd~MM-dd" on every evaluation cost more than the rest of a channel. A period with a malformed window is
    // left out, so that it is parsed (and throws, marking the result as an error) when evaluated.
    private readonly Dictionary<IReadOnlyList<string>, (int Open, int Close)[]> _parsed = new(ReferenceEqualityComparer.Instance);

    public ApplicationWindows(DatedParameter<IReadOnlyList<string>> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        _windows = windows;
        foreach (var list in windows.History())
        {
            try
            {
                _parsed.TryAdd(list, [.. list.Select(Parse)]);
            }
            catch (FormatException)
            {
                // Reported when a match date falls in this period.
            }
        }
    }

    /// <summary>The windows in force on a date, e.g. 每年11月1日至次年6月30日; null when none is published.</summary>
    public string? Describe(DateOnly date) =>
        _windows.TryAt(date, out var list) ? string.Join("、", list.Select(w => Describe(Parse(w)))) : null;

    /// <summary>Whether the date falls inside a window in force on it; false when no window is published for it.</summary>
    public bool IsOpen(DateOnly date)
    {
        if (!_windows.TryAt(date, out var list))
        {
            return false;
        }
        if (!_parsed.TryGetValue(list, out var windows))
        {
            return AnyOpenUnparsed(list, date);
        }
        foreach (var window in windows)
        {
            if (IsOpen(window, date))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Open now (until its close), or the next opening within two years with its close ("可于2026年11月1日起申报"),
    /// reading the list in force on each candidate date so that a window announced for later is found.
    /// </summary>
    public TimingAnswer At(DateOnly asOf)
    {
        if (_windows.TryAt(asOf, out var current))
        {
            foreach (var window in current.Select(Parse))
            {
                if (IsOpen(window, asOf))
                {
                    var closes = CloseOf(window, OpeningOnOrBefore(window, asOf));
                    return new TimingAnswer(TimingState.Open, OpeningOnOrBefore(window, asOf), closes,
                        $"申报窗口开放中，可于{ZhFormat.Date(closes)}前申报");
                }
            }
        }
        (DateOnly Opens, DateOnly Closes)? next = null;
        for (var year = asOf.Year; year <= asOf.Year + 2 && next is null; year++)
        {
            foreach (var candidate in OpeningsIn(year).Where(o => o.Opens > asOf).OrderBy(o => o.Opens))
            {
                next = candidate;
                break;
            }
        }
        if (next is not { } found)
        {
            return new TimingAnswer(TimingState.NoFixedWindow, null, null,
                $"{ZhFormat.Date(asOf)}起两年内没有公布的申报窗口，申报时间以当年申报通知为准");
        }
        return new TimingAnswer(TimingState.NotYetOpen, found.Opens, found.Closes,
            $"申报窗口未开放（{Describe(found.Opens)}），可于{ZhFormat.Date(found.Opens)}起申报，至{ZhFormat.Date(found.Closes)}截止");
    }

    private IEnumerable<(DateOnly Opens, DateOnly Closes)> OpeningsIn(int year)
    {
        var seen = new HashSet<IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
        foreach (var probe in new[] { new DateOnly(year, 1, 1), new DateOnly(year, 12, 31) })
        {
            if (!_windows.TryAt(probe, out var list) || !seen.Add(list))
            {
                continue;
            }
            foreach (var window in list.Select(Parse))
            {
                var opens = new DateOnly(year, window.Open / 100, window.Open % 100);
                // The opening counts only if that list is in force on the day it opens.
                if (_windows.TryAt(opens, out var inForce) && ReferenceEquals(inForce, list))
                {
                    yield return (opens, CloseOf(window, opens));
                }
            }
        }
    }

    private static DateOnly OpeningOnOrBefore((int Open, int Close) window, DateOnly date)
    {
        var opens = new DateOnly(date.Year, window.Open / 100, window.Open % 100);
        return opens <= date ? opens : opens.AddYears(-1);
    }

    private static DateOnly CloseOf((int Open, int Close) window, DateOnly opens)
    {
        var year = window.Close < window.Open ? opens.Year + 1 : opens.Year;
        var month = window.Close / 100;
        var day = Math.Min(window.Close % 100, DateTime.DaysInMonth(year, month));
        return new DateOnly(year, month, day);
    }

    internal static bool IsOpen(string window, DateOnly date) => IsOpen(Parse(window), date);

    private static bool IsOpen((int Open, int Close) window, DateOnly date)
    {
        var (open, close) = window;
        var md = date.Month * 100 + date.Day;
        return open <= close ? md >= open && md <= close : md >= open || md <= close;
    }

    // Apart from IsOpen: a lambda capturing the date there would allocate its closure on every call, parsed or not.
    private static bool AnyOpenUnparsed(IReadOnlyList<string> list, DateOnly date) => list.Any(w => IsOpen(w, date));

    private static (int Open, int Close) Parse(string window)
    {
        var parts = window.Split('~');
        if (parts.Length != 2
            || !DateOnly.TryParseExact("2000-" + parts[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var open)
            || !DateOnly.TryParseExact("2000-" + parts[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var close))
        {
            throw new FormatException($"申报窗口“{window}”应为 MM-dd~MM-dd");
        }
        return (open.Month * 100 + open.Day, close.Month * 100 + close.Day);
    }

    private static string Describe((int Open, int Close) window) =>
        $"每年{window.Open / 100}月{window.Open % 100}日至{(window.Close < window.Open ? "次年" : "")}{window.Close / 100}月{window.Close % 100}日";
}
