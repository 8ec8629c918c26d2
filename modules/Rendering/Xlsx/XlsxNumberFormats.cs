namespace Reserve.Rendering.Xlsx;

/// <summary>What a cell's number format makes of the number it holds.</summary>
internal enum NumberFormatKind
{
    Number,
    /// <summary>A serial date (and time): read as a date.</summary>
    Date,
    /// <summary>A duration or time of day without a date.</summary>
    Time,
}

/// <summary>
/// Tells date and time formats from number formats, as the earlier MiniExcel-based reader did: the
/// built-in formats it listed (14–16, 22 and 58 dates; 18–21 and 45–47 times) and custom formats that
/// show a date or time part (y, m, d, h, s outside quotes, escapes and bracketed colours or locales).
/// </summary>
internal static class XlsxNumberFormats
{
    public static NumberFormatKind BuiltIn(int id) => id switch
    {
        14 or 15 or 16 or 22 or 58 => NumberFormatKind.Date,
        18 or 19 or 20 or 21 or 45 or 46 or 47 => NumberFormatKind.Time,
        _ => NumberFormatKind.Number,
    };

    /// <summary>A custom format code; any date or time part makes it a date, as a custom time format is read as one too.</summary>
    public static NumberFormatKind Custom(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Equals("General", StringComparison.OrdinalIgnoreCase))
        {
            return NumberFormatKind.Number;
        }
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    i = code.IndexOf('"', i + 1) is var end and >= 0 ? end : code.Length;
                    break;
                case '[':
                    var close = code.IndexOf(']', i + 1);
                    var inside = close < 0 ? code[(i + 1)..] : code[(i + 1)..close];
                    // [h], [mm], [ss]: elapsed time; anything else is a colour, condition or locale.
                    if (inside.Length > 0 && inside.All(c => c is 'h' or 'H' or 'm' or 'M' or 's' or 'S'))
                    {
                        return NumberFormatKind.Date;
                    }
                    i = close < 0 ? code.Length : close;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S':
                    return NumberFormatKind.Date;
            }
        }
        return NumberFormatKind.Number;
    }
}
