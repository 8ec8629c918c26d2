using System.Globalization;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>Reads a value that the file gives (never an empty one) as a field type; on failure says why, in Chinese.</summary>
internal delegate bool ValueReader<T>(RawValue raw, out T value, out string error);

/// <summary>
/// The parsers shared by the JSON and the XLSX reader. Lenient where the meaning is plain (numeric text
/// for a number, 是/否 or true/false for a flag, a number where text is expected), strict otherwise.
/// Every error message quotes the value that was found and says what was expected.
/// </summary>
internal static class ValueReaders
{
    /// <summary>Separators accepted between list items in one cell: 、 ; , and their full-width forms, or new lines.</summary>
    public static readonly char[] ListSeparators = ['、', ';', '；', ',', '，', '\n', '\r'];

    /// <summary>The word that states an empty list (涉及负面清单内容: 无).</summary>
    public const string None = "无";

    public const string DateExpected = "yyyy-MM-dd 或 yyyy-MM";

    /// <summary>Reads a value and hands it to <paramref name="set"/>; returns the reason when it cannot be read, else null.</summary>
    public static string? ReadInto<T>(ValueReader<T> read, RawValue raw, Action<T> set)
    {
        if (!read(raw, out var value, out var error))
        {
            return error;
        }
        set(value);
        return null;
    }

    public static bool TryText(RawValue raw, out string value, out string error)
    {
        value = "";
        error = "";
        switch (raw.Kind)
        {
            case RawKind.Text:
            case RawKind.Number when !raw.IsImprecise:
            case RawKind.DateTime:
                value = raw.Text;
                return true;
            case RawKind.Number:
                error = $"“{raw.Display}”是超过15位的数字单元格，已丢失位数，请把该列设为文本格式后重新填写";
                return false;
            default:
                error = $"“{raw.Display}”应为文字";
                return false;
        }
    }

    public static bool TryNumber(RawValue raw, out decimal value, out string error)
    {
        value = 0;
        error = "";
        if (raw.Kind == RawKind.Number)
        {
            value = raw.Number;
            return true;
        }
        if (raw.Kind == RawKind.Text
            && decimal.TryParse(raw.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }
        error = $"“{raw.Display}”不是数字";
        return false;
    }

    public static bool TryInteger(RawValue raw, out int value, out string error)
    {
        value = 0;
        if (!TryNumber(raw, out var number, out error))
        {
            return false;
        }
        if (number != decimal.Truncate(number) || number < int.MinValue || number > int.MaxValue)
        {
            error = $"“{raw.Display}”不是整数";
            return false;
        }
        value = (int)number;
        return true;
    }

    public static bool TryDate(RawValue raw, out DateOnly value, out string error)
    {
        value = default;
        error = "";
        if (raw.Kind == RawKind.DateTime)
        {
            value = DateOnly.FromDateTime(raw.DateTime);
            return true;
        }
        if (raw.Kind == RawKind.Text && IsoDates.TryParse(raw.Text, out value))
        {
            return true;
        }
        error = $"“{raw.Display}”不是日期，应为 {DateExpected}";
        return false;
    }

    public static bool TryFlag(RawValue raw, out bool value, out string error)
    {
        value = false;
        error = "";
        if (raw.Kind == RawKind.Boolean)
        {
            value = raw.Flag;
            return true;
        }
        if (raw.Kind == RawKind.Text)
        {
            if (raw.Text is "是" || raw.Text.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                value = true;
                return true;
            }
            if (raw.Text is "否" || raw.Text.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        error = $"“{raw.Display}”应为“是”或“否”";
        return false;
    }

    public static bool TryChoice<TEnum>(RawValue raw, out TEnum value, out string error) where TEnum : struct, Enum
    {
        error = "";
        if (raw.Kind == RawKind.Text && ZhNames<TEnum>.TryParse(raw.Text, out value))
        {
            return true;
        }
        value = default;
        error = NotAllowed([raw.Display], ZhNames<TEnum>.All);
        return false;
    }

    /// <summary>A JSON array of texts, or one text with items separated by 、 ; , or new lines.</summary>
    public static bool TryTextList(RawValue raw, out List<string> value, out string error)
    {
        value = [];
        error = "";
        if (raw.Kind == RawKind.List)
        {
            for (var i = 0; i < raw.Items.Count; i++)
            {
                var item = raw.Items[i];
                if (item.IsEmpty)
                {
                    continue;
                }
                if (!TryText(item, out var text, out var itemError))
                {
                    error = $"第{i + 1}项{itemError}";
                    return false;
                }
                value.Add(text);
            }
            return true;
        }
        if (!TryText(raw, out var joined, out error))
        {
            return false;
        }
        value.AddRange(joined.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return true;
    }

    /// <summary>A list of enumeration words; the single word 无 states an empty list.</summary>
    public static bool TryChoiceList<TEnum>(RawValue raw, out List<TEnum> value, out string error) where TEnum : struct, Enum
    {
        value = [];
        if (!TryTextList(raw, out var words, out error))
        {
            return false;
        }
        if (words is [None])
        {
            return true;
        }
        var wrong = new List<string>();
        foreach (var word in words)
        {
            if (ZhNames<TEnum>.TryParse(word, out var item))
            {
                value.Add(item);
            }
            else
            {
                wrong.Add(word);
            }
        }
        if (wrong.Count == 0)
        {
            return true;
        }
        error = NotAllowed(wrong, [.. ZhNames<TEnum>.All, None]);
        return false;
    }

    public static string NotAllowed(IEnumerable<string> found, IEnumerable<string> allowed) =>
        $"{string.Join("、", found.Select(f => $"“{f}”"))}不是允许的取值，应为：{string.Join("、", allowed)}";
}
