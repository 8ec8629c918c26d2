using System.Collections.Frozen;
using System.Reflection;

namespace Reserve.Sdk.Projects;

/// <summary>Maps enumeration values to and from the Chinese words of the interchange format.</summary>
public static class ZhNames<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> ToZh;
    private static readonly FrozenDictionary<string, TEnum> FromZh;

    static ZhNames()
    {
        var to = new Dictionary<TEnum, string>();
        var from = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (TEnum)field.GetValue(null)!;
            var name = field.GetCustomAttribute<ZhNameAttribute>()?.Name ?? field.Name;
            to[value] = name;
            from[name] = value;
        }
        ToZh = to.ToFrozenDictionary();
        FromZh = from.ToFrozenDictionary(StringComparer.Ordinal);
        All = [.. to.Values];
    }

    /// <summary>Every Chinese word, in declaration order, for messages that list what is allowed.</summary>
    public static IReadOnlyList<string> All { get; }

    public static string Of(TEnum value) => ToZh.TryGetValue(value, out var name) ? name : value.ToString();

    public static bool TryParse(string? text, out TEnum value)
    {
        value = default;
        return text is not null && FromZh.TryGetValue(text.Trim(), out value);
    }
}
