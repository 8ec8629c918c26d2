using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Reserve.Rendering.Xlsx;

/// <summary>
/// The cells every workbook we write is made of: A1 references, and text or number cells in one of the workbook's
/// styles. Text is written inline (no shared-string table to keep in step) with its spaces kept.
/// </summary>
public static class XlsxCells
{
    /// <summary>0 → “A”, 25 → “Z”, 26 → “AA”.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + (i - 1) % 26) + name;
        }
        return name;
    }

    /// <summary>The A1 reference of a 0-based column in a 1-based row.</summary>
    public static string Ref(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    public static Cell Text(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    public static Cell Number(string reference, decimal value, uint style) => new()
    {
        CellReference = reference,
        CellValue = new CellValue(value),
        DataType = CellValues.Number,
        StyleIndex = style,
    };
}
