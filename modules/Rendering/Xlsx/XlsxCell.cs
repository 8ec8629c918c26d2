using System.Globalization;

namespace Reserve.Rendering.Xlsx;

/// <summary>What a read cell holds, by its type attribute and, for a number, its number format.</summary>
public enum XlsxCellKind
{
    /// <summary>A shared, inline or formula string, an error (#N/A) or an ISO date that does not parse, as its text.</summary>
    Text,
    Number,
    Boolean,
    /// <summary>A serial number in a date format, or an ISO date (t="d").</summary>
    Date,
    /// <summary>A serial number in a time or duration format.</summary>
    Time,
}

/// <summary>
/// One non-empty cell as a worksheet holds it, before any module reads it as a field: the reader hands over only
/// cells with something in them (white space is nothing). The text is kept as written (not trimmed).
/// </summary>
public readonly struct XlsxCell
{
    private readonly string? _text;

    private XlsxCell(XlsxCellKind kind, string? text, double number, DateTime date, bool isSerial)
    {
        Kind = kind;
        _text = text;
        Number = number;
        Date = date;
        IsSerial = isSerial;
    }

    public XlsxCellKind Kind { get; }

    /// <summary>The text as written; for a number (a serial too) its shortest round-trip form; for a boolean 1 or 0.</summary>
    public string Text => _text ?? Number.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The number a cell stores (<see cref="IsSerial"/>): a plain number, or the serial of a date or time.</summary>
    public double Number { get; }

    /// <summary>Whether the cell stores a number, whatever its format shows: a date or time typed into Excel is one.</summary>
    public bool IsSerial { get; }

    /// <summary>A <see cref="XlsxCellKind.Date"/> cell's date and time.</summary>
    public DateTime Date { get; }

    /// <summary>A <see cref="XlsxCellKind.Time"/> cell's duration or time of day.</summary>
    public TimeSpan Time => TimeSpan.FromDays(Number);

    public bool Flag => Kind == XlsxCellKind.Boolean && _text == "1";

    public static XlsxCell OfText(string text) => new(XlsxCellKind.Text, text, 0, default, false);

    public static XlsxCell OfNumber(double number) => new(XlsxCellKind.Number, null, number, default, true);

    public static XlsxCell OfBoolean(bool flag) => new(XlsxCellKind.Boolean, flag ? "1" : "0", 0, default, false);

    /// <summary>A serial in a date format (<paramref name="serial"/> within the range <see cref="DateTime.FromOADate"/> takes).</summary>
    public static XlsxCell OfDateSerial(double serial) => new(XlsxCellKind.Date, null, serial, DateTime.FromOADate(serial), true);

    /// <summary>An ISO date written as text (t="d"): a date, but no stored number.</summary>
    public static XlsxCell OfIsoDate(string text, DateTime date) => new(XlsxCellKind.Date, text, 0, date, false);

    public static XlsxCell OfTimeSerial(double serial) => new(XlsxCellKind.Time, null, serial, default, true);

    public override string ToString() => $"{Kind}:{Text}";
}
