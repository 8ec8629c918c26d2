namespace Reserve.Plugins.SpecialBonds;

/// <summary>
/// A dated list parameter whose items are Chinese enumeration words (所属领域, 负面清单内容). The words are
/// mapped once, when the plugin loads, so a misspelt word in the parameters file fails the load with its key
/// and date instead of silently matching nothing at evaluation time.
/// </summary>
internal sealed class DatedEnumList<TEnum> where TEnum : struct, Enum
{
    private readonly DatedParameter<IReadOnlyList<string>> _words;

    // Keyed by the list instance the dated parameter hands back for each period, so a lookup costs no
    // parsing and no allocation.
    private readonly Dictionary<IReadOnlyList<string>, TEnum[]> _items = new(ReferenceEqualityComparer.Instance);

    public DatedEnumList(ParameterTable table, string key)
    {
        _words = table.List(key);
        foreach (var (from, _) in table.History(key))
        {
            if (!_words.TryAt(from, out var words) || _items.ContainsKey(words))
            {
                continue;
            }
            var items = new TEnum[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                if (!ZhNames<TEnum>.TryParse(words[i], out items[i]))
                {
                    throw new FormatException(
                        $"参数 {key} 在 {from:yyyy-MM-dd} 的取值“{words[i]}”不是允许的取值，应为：{string.Join("、", ZhNames<TEnum>.All)}");
                }
            }
            _items[words] = items;
        }
    }

    public string Label => _words.Info.Label;

    /// <summary>The year the first list holds from, for titles.</summary>
    public int FirstYear => _words.Periods().First().From.Year;

    /// <summary>The items in force on a date; false when the list is not in force then.</summary>
    public bool TryAt(DateOnly date, out IReadOnlyList<TEnum> items)
    {
        if (_words.TryAt(date, out var words))
        {
            items = _items[words];
            return true;
        }
        items = [];
        return false;
    }

    /// <summary>The items in force on a date; throws (marking the channel's result as an error) when none is.</summary>
    public IReadOnlyList<TEnum> At(DateOnly date) => _items[_words.At(date)];

    /// <summary>Every distinct list of the parameter's history, for building one rule per period.</summary>
    public IEnumerable<IReadOnlyList<TEnum>> Periods => _items.Values;

    public static string Join(IReadOnlyList<TEnum> items) =>
        items.Count == 0 ? "无" : string.Join("、", items.Select(ZhNames<TEnum>.Of));
}
