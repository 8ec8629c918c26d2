using System.Globalization;
using System.Text.Json;
using Reserve.Rendering.Xlsx;

namespace Reserve.Projects.Interchange;

internal enum RawKind
{
    /// <summary>Not given: an empty cell, JSON null, or text that is only white space.</summary>
    Empty,
    Text,
    Number,
    Boolean,
    /// <summary>A spreadsheet cell with a date format.</summary>
    DateTime,
    /// <summary>A JSON array.</summary>
    List,
    /// <summary>A JSON object where a value was expected.</summary>
    Object,
}

/// <summary>
/// A value as a file gave it, before it is read as a field: a spreadsheet cell or a JSON value. Both
/// readers turn their input into this, so one set of parsers (<see cref="ValueReaders"/>) serves both
/// and both report the same reasons for the same mistakes.
/// </summary>
internal readonly struct RawValue
{
    /// <summary>Excel keeps 15 significant digits; a longer number typed into a cell has already lost digits.</summary>
    private const double LargestExactSpreadsheetNumber = 999_999_999_999_999d;

    private const int DisplayLimit = 40;

    private readonly string? _text;

    private RawValue(RawKind kind, string? text, decimal number = 0, bool flag = false, DateTime dateTime = default,
        IReadOnlyList<RawValue>? items = null, bool isImprecise = false)
    {
        Kind = kind;
        _text = text;
        Number = number;
        Flag = flag;
        DateTime = dateTime;
        Items = items ?? [];
        IsImprecise = isImprecise;
    }

    public RawKind Kind { get; }

    /// <summary>The trimmed text of a text value; for other kinds the value as written in the file.</summary>
    /// <remarks>A spreadsheet number's text is formatted only when asked for (messages, a number read as text).</remarks>
    public string Text => _text ?? Number.ToString(CultureInfo.InvariantCulture);

    public decimal Number { get; }
    public bool Flag { get; }
    public DateTime DateTime { get; }
    public IReadOnlyList<RawValue> Items { get; }

    /// <summary>A spreadsheet number with more digits than a cell keeps (e.g. an 18-digit code typed as a number).</summary>
    public bool IsImprecise { get; }

    public bool IsEmpty => Kind == RawKind.Empty;

    /// <summary>The value for a message, shortened so that a long text does not swamp the message.</summary>
    public string Display => Text.Length <= DisplayLimit ? Text : string.Concat(Text.AsSpan(0, DisplayLimit), "…");

    public static RawValue Empty { get; } = new(RawKind.Empty, "");

    public static RawValue OfText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Empty : new(RawKind.Text, text.Trim());

    public static RawValue FromCell(object? cell) => cell switch
    {
        null => Empty,
        string s => OfText(s),
        double d => FromSpreadsheetNumber(d),
        bool b => new(RawKind.Boolean, b ? "TRUE" : "FALSE", flag: b),
        DateTime dt => new(RawKind.DateTime, dt.ToString(dt.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), dateTime: dt),
        decimal m => new(RawKind.Number, m.ToString(CultureInfo.InvariantCulture), m),
        IConvertible c => OfText(c.ToString(CultureInfo.InvariantCulture)),
        _ => OfText(cell.ToString()),
    };

    /// <summary>A worksheet cell as the shared XLSX reader hands it over; a time of day or duration stays its text.</summary>
    public static RawValue FromXlsx(XlsxCell cell) => cell.Kind switch
    {
        XlsxCellKind.Number => FromSpreadsheetNumber(cell.Number),
        XlsxCellKind.Boolean => FromCell(cell.Flag),
        XlsxCellKind.Date => FromCell(cell.Date),
        XlsxCellKind.Time => FromCell(cell.Time),
        _ => OfText(cell.Text),
    };

    /// <summary>Spreadsheet numbers are doubles; one beyond decimal's range stays text, which no number parser accepts.</summary>
    public static RawValue FromSpreadsheetNumber(double d)
    {
        if (!double.IsFinite(d) || Math.Abs(d) >= (double)decimal.MaxValue)
        {
            return new(RawKind.Text, d.ToString("R", CultureInfo.InvariantCulture));
        }
        return new(RawKind.Number, null, (decimal)d, isImprecise: Math.Abs(d) > LargestExactSpreadsheetNumber);
    }

    public static RawValue FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => Empty,
        JsonValueKind.String => OfText(element.GetString()),
        // A number beyond decimal's range stays text, so that the number parser names it as not a number.
        JsonValueKind.Number => element.TryGetDecimal(out var m)
            ? new(RawKind.Number, element.GetRawText(), m)
            : new(RawKind.Text, element.GetRawText()),
        JsonValueKind.True => new(RawKind.Boolean, "true", flag: true),
        JsonValueKind.False => new(RawKind.Boolean, "false", flag: false),
        JsonValueKind.Array => new(RawKind.List, element.GetRawText(), items: [.. element.EnumerateArray().Select(FromJson)]),
        _ => new(RawKind.Object, element.GetRawText()),
    };
}
