using Reserve.Sdk.Projects;

namespace Reserve.WebKit;

/// <summary>Reads an enumeration from a query or a JSON body: its code name (Submitted) or its Chinese word (已提交).</summary>
public static class EnumText
{
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var trimmed = text.Trim();
        // Enum.TryParse also takes digits ("7"), which name no value; only names and words count.
        return (!char.IsAsciiDigit(trimmed[0]) && Enum.TryParse(trimmed, ignoreCase: true, out value) && Enum.IsDefined(value))
               || ZhNames<TEnum>.TryParse(trimmed, out value);
    }

    /// <summary>"“X”不是有效的状态，应为：草稿、已提交…" for a query or body value that names nothing.</summary>
    public static string Problem<TEnum>(string what, string? text) where TEnum : struct, Enum =>
        $"“{text}”不是有效的{what}，应为：{string.Join("、", ZhNames<TEnum>.All)}";
}
