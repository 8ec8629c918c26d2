using System.Globalization;
using System.Xml;

namespace Reserve.Rendering.Xlsx;

/// <summary>
/// Turns a worksheet cell into an <see cref="XlsxCell"/> by its type attribute and style, the same for both sheet
/// readers: shared, inline and formula strings as text; booleans; ISO dates; errors as their text; numbers, as
/// dates or times when their number format says so. Empty and white-space cells come back as null.
/// </summary>
internal sealed class XlsxCellValues(string[] sharedStrings, NumberFormatKind[] cellFormats)
{
    /// <summary>A cell's text value as written in the XML (after entities), with its type attribute (null: a number) and style index (-1: none).</summary>
    public XlsxCell? Convert(string raw, string? type, int style)
    {
        if (raw.Length == 0)
        {
            return null;
        }
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.Any, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < sharedStrings.Length
                    ? Text(sharedStrings[index])
                    : null;
            case "str" or "inlineStr":
                return Text(Decode(raw));
            case "b":
                return XlsxCell.OfBoolean(raw == "1");
            case "d":
                return DateTime.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                    DateTimeStyles.AllowLeadingWhite | DateTimeStyles.AllowTrailingWhite, out var date)
                    ? XlsxCell.OfIsoDate(raw, date)
                    : Text(raw);
            case "e":
                return Text(raw);
        }
        return double.TryParse(raw, NumberStyles.Any, CultureInfo.InvariantCulture, out var number) ? Number(number, style) : Text(raw);
    }

    /// <summary>A number cell: a date or time when its style's number format is one.</summary>
    public XlsxCell Number(double number, int style)
    {
        var format = style >= 0 && style < cellFormats.Length ? cellFormats[style] : NumberFormatKind.Number;
        // OLE automation dates lie strictly between these serials (the range DateTime.FromOADate takes).
        return format switch
        {
            NumberFormatKind.Date when number > -657435.0 && number < 2958466.0 => XlsxCell.OfDateSerial(number),
            NumberFormatKind.Time => XlsxCell.OfTimeSerial(number),
            _ => XlsxCell.OfNumber(number),
        };
    }

    private static XlsxCell? Text(string text) => string.IsNullOrWhiteSpace(text) ? null : XlsxCell.OfText(text);

    /// <summary>The type attribute as one of the known literals (no allocation per cell); null for a number or an unknown type.</summary>
    public static string? Type(ReadOnlySpan<byte> utf8) => utf8 switch
    {
        [(byte)'s'] => "s",
        [(byte)'b'] => "b",
        [(byte)'d'] => "d",
        [(byte)'e'] => "e",
        [(byte)'s', (byte)'t', (byte)'r'] => "str",
        _ when utf8.SequenceEqual("inlineStr"u8) => "inlineStr",
        _ => null,
    };

    /// <summary>Excel writes characters XML cannot hold as _xHHHH_; they are turned back.</summary>
    public static string Decode(string text) =>
        text.Contains("_x", StringComparison.OrdinalIgnoreCase) ? XmlConvert.DecodeName(text.Replace("_X", "_x005F_X", StringComparison.Ordinal)) ?? text : text;

    /// <summary>0-based column of a reference such as AB12; <paramref name="next"/> when the reference is absent or odd.</summary>
    public static int ColumnOf(string? reference, int next)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return next;
        }
        // Only the leading letters count, and a reference has at most three: 16 characters are plenty.
        Span<byte> ascii = stackalloc byte[Math.Min(reference.Length, 16)];
        for (var i = 0; i < ascii.Length; i++)
        {
            ascii[i] = reference[i] < 128 ? (byte)reference[i] : (byte)0;
        }
        return ColumnOf(ascii, next);
    }

    public static int ColumnOf(ReadOnlySpan<byte> reference, int next)
    {
        var column = 0;
        var letters = 0;
        foreach (var b in reference)
        {
            if (b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z')
            {
                column = column * 26 + ((b | 0x20) - 'a' + 1);
                letters++;
            }
            else
            {
                break;
            }
        }
        return letters is > 0 and <= 3 ? column - 1 : next;
    }
}
