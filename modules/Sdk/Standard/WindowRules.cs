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
    /// (a window may run across the new year, e.g. <c>"11-01~06-30"</c>). A <see cref="RuleKind.Timing"/> rule:
    /// outside the window the project is not 不符合 — its timing answer names the next opening.
    /// </summary>
    public static EligibilityRule ApplicationWindowOpen(string id, DatedParameter<IReadOnlyList<string>> windows, PolicySource source)
    {
        var parsed = new ApplicationWindows(windows);
        return Rule.Timing(id, "匹配日期在申报窗口内", parsed)
            .From(source)
            .Fail((_, c) => parsed.Describe(c.AsOf) is { } described
                ? $"申报窗口为{described}，匹配日期 {ZhFormat.Date(c.AsOf)} 不在窗口内；{parsed.At(c.AsOf).Message}"
                : $"{ZhFormat.Date(c.AsOf)} 没有公布的申报窗口；{parsed.At(c.AsOf).Message}")
            .Pass((_, c) => $"{ZhFormat.Date(c.AsOf)} 在申报窗口（{parsed.Describe(c.AsOf)}）内；{parsed.At(c.AsOf).Message}")
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
}
