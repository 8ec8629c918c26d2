using System.Globalization;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Standard;

/// <summary>
/// Rules whose outcome depends on the match date through a dated list: the application window, and a
/// negative list that changes by policy year.
/// </summary>
public static class WindowRules
{
    /// <summary>
    /// The application window is open on the match date. The parameter holds windows as <c>"MM-dd~MM-dd"</c>
    /// (a window may run across the new year, e.g. <c>"11-01~06-30"</c>); a date with no list in force fails.
    /// </summary>
    public static EligibilityRule ApplicationWindowOpen(string id, DatedParameter<IReadOnlyList<string>> windows, PolicySource source)
    {
        var parsed = ParsedWindows(windows);
        return Rule.Hard(id, "匹配日期在申报窗口内")
            .From(source)
            .Check((_, c) => windows.TryAt(c.AsOf, out var list) && AnyOpen(list, parsed, c.AsOf))
            .Fail((_, c) => windows.TryAt(c.AsOf, out var list)
                ? $"申报窗口为{string.Join("、", list.Select(Describe))}，匹配日期 {ZhFormat.Date(c.AsOf)} 不在窗口内"
                : $"{ZhFormat.Date(c.AsOf)} 没有公布的申报窗口")
            .Build();
    }

    /// <summary>
    /// None of the negative-list contents in force on the match date is involved. The parameter holds the
    /// Chinese words of <see cref="NegativeListItem"/>; an unknown word is refused when the plugin loads.
    /// </summary>
    public static EligibilityRule NotOnDatedNegativeList(string id, string title, PolicySource source, DatedParameter<IReadOnlyList<string>> items)
    {
        var parsed = new Dictionary<string, NegativeListItem>(StringComparer.Ordinal);
        foreach (var word in items.History().SelectMany(v => v))
        {
            parsed[word] = ZhNames<NegativeListItem>.TryParse(word, out var item)
                ? item
                : throw new FormatException($"参数“{items.Info.Label}”中的“{word}”不是负面清单内容，应为：{string.Join("、", ZhNames<NegativeListItem>.All)}");
        }
        return Rule.Exclusion(id, title)
            .From(source)
            .Requires(Facts.CommonFacts.NegativeList)
            .Check((p, c) => !InvolvesAny(p.NegativeList!, items.At(c.AsOf), parsed))
            .Fail((p, c) => $"项目涉及{ZhFormat.Date(c.AsOf)}适用的负面清单内容：{string.Join("、", Involved(p, items.At(c.AsOf), parsed).Select(ZhNames<NegativeListItem>.Of))}，不予支持")
            .Build();
    }

    private static IEnumerable<NegativeListItem> Involved(ProjectRecord p, IReadOnlyList<string> words, Dictionary<string, NegativeListItem> parsed) =>
        p.NegativeList!.Where(i => words.Any(w => parsed[w] == i));

    private static bool InvolvesAny(List<NegativeListItem> involved, IReadOnlyList<string> words, Dictionary<string, NegativeListItem> parsed)
    {
        foreach (var item in involved)
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (parsed[words[i]] == item)
                {
                    return true;
                }
            }
        }
        return false;
    }

    internal static bool IsOpen(string window, DateOnly date) => IsOpen(Parse(window), date);

    private static bool IsOpen((int Open, int Close) window, DateOnly date)
    {
        var (open, close) = window;
        var md = date.Month * 100 + date.Day;
        return open <= close ? md >= open && md <= close : md >= open || md <= close;
    }

    /// <summary>
    /// Each period's windows parsed once, keyed by the list instance the dated parameter hands back: parsing
    /// "MM-dd~MM-dd" on every evaluation cost more than the rest of a channel. A period with a malformed
    /// window is left out, so that it is parsed (and throws, marking the result as an error) when evaluated.
    /// </summary>
    private static Dictionary<IReadOnlyList<string>, (int Open, int Close)[]> ParsedWindows(DatedParameter<IReadOnlyList<string>> windows)
    {
        var parsed = new Dictionary<IReadOnlyList<string>, (int Open, int Close)[]>(ReferenceEqualityComparer.Instance);
        foreach (var list in windows.History())
        {
            try
            {
                parsed.TryAdd(list, [.. list.Select(Parse)]);
            }
            catch (FormatException)
            {
                // Reported when a match date falls in this period, as before.
            }
        }
        return parsed;
    }

    private static bool AnyOpen(IReadOnlyList<string> list, Dictionary<IReadOnlyList<string>, (int Open, int Close)[]> parsed, DateOnly date)
    {
        if (!parsed.TryGetValue(list, out var windows))
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

    // Apart from AnyOpen: a lambda capturing the date there would allocate its closure on every call, parsed or not.
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

    private static string Describe(string window)
    {
        var (open, close) = Parse(window);
        return $"每年{open / 100}月{open % 100}日至{(close < open ? "次年" : "")}{close / 100}月{close % 100}日";
    }
}
