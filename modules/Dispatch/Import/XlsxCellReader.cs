using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Reserve.Dispatch.Import;

/// <summary>One non-empty cell: its text as shown (shared, inline or formula strings) and its number when it holds one.</summary>
internal readonly record struct SheetCell(string Text, double? Number);

/// <summary>
/// The cells of the first worksheet of a workbook, by row number and 0-based column, read with the OpenXml SDK.
/// A period report sheet has one row per project and period (hundreds, not the reserve's hundred thousand), so
/// holding it in memory is fine. Throws when the stream is not a readable XLSX; the caller reports that in Chinese.
/// </summary>
internal static class XlsxCellReader
{
    public static SortedDictionary<int, Dictionary<int, SheetCell>> Read(Stream xlsx)
    {
        using var doc = SpreadsheetDocument.Open(xlsx, false);
        var workbook = doc.WorkbookPart ?? throw new InvalidDataException("没有工作簿");
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("工作簿中没有工作表");
        var part = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var rows = new SortedDictionary<int, Dictionary<int, SheetCell>>();
        var rowNumber = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
            var cells = new Dictionary<int, SheetCell>();
            var column = -1;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : column + 1;
                if (Value(cell, shared) is { } value && value.Text.Trim().Length > 0)
                {
                    cells[column] = value;
                }
            }
            if (cells.Count > 0)
            {
                rows[rowNumber] = cells;
            }
        }
        return rows;
    }

    private static SheetCell? Value(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, out var i) && i >= 0 && i < shared.Length ? new SheetCell(shared[i], null) : null;
        }
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return new SheetCell(cell.InlineString?.InnerText ?? "", null);
        }
        if (cell.DataType?.Value is { } type && (type == CellValues.String || type == CellValues.Boolean || type == CellValues.Error))
        {
            return raw is null ? null : new SheetCell(raw, null);
        }
        if (raw is null)
        {
            return null;
        }
        return double.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? new SheetCell(raw, number)
            : new SheetCell(raw, null);
    }

    /// <summary>“AB12” → 27.</summary>
    internal static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }
            column = (column * 26) + (c - 'A' + 1);
        }
        return column - 1;
    }
}
