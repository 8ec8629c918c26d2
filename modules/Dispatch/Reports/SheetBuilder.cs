using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Reserve.Rendering.Xlsx;
using static Reserve.Rendering.Xlsx.XlsxCells;

namespace Reserve.Dispatch.Reports;

/// <summary>How a column's cells look: text, a count, an amount in 万元 (#,##0.00) or a rate (0.0%).</summary>
internal enum CellKind { Text, Count, Money, Rate }

internal sealed record SheetColumn(string Header, CellKind Kind, double Width);

/// <summary>A formula that depends on the row it lands in, e.g. <c>r => $"IF(G{r}&gt;0,H{r}/G{r},\"—\")"</c>.</summary>
internal sealed record RowFormula(Func<uint, string> Text);

/// <summary>
/// One worksheet of a dispatch workbook: a merged title row, a header row, data rows and an optional 合计 row of
/// real <c>SUM</c> formulas (so a clerk who corrects a figure sees the total follow). Styles are those of
/// <see cref="DispatchWorkbook"/>'s stylesheet.
/// </summary>
internal sealed class SheetBuilder
{
    internal const uint STitle = 1, SHeader = 2, SText = 3, SMoney = 4, SRate = 5, SCount = 6, STotalText = 7, STotalMoney = 8, STotalRate = 9, STotalCount = 10;
    public const uint FirstDataRow = 3;

    private readonly IReadOnlyList<SheetColumn> columns;
    private readonly SheetData _data = new();
    private uint _next = FirstDataRow;

    public SheetBuilder(string title, IReadOnlyList<SheetColumn> columns)
    {
        this.columns = columns;
        var titleRow = new Row { RowIndex = 1, Height = 30, CustomHeight = true };
        titleRow.Append(XlsxCells.Text(Ref(0, 1), title, STitle));
        var header = new Row { RowIndex = 2, Height = 32, CustomHeight = true };
        for (var c = 0; c < columns.Count; c++)
        {
            header.Append(XlsxCells.Text(Ref(c, 2), columns[c].Header, SHeader));
        }
        _data.Append(titleRow, header);
    }

    public uint LastRow => _next - 1;

    public void AddRow(params object?[] values) => _data.Append(Build(_next++, values, total: false));

    /// <summary>A 合计 row: the label in the first text column, SUM over every count and money column, and the given formulas.</summary>
    public void AddTotals(string label, IReadOnlyDictionary<int, RowFormula>? formulas = null)
    {
        var first = FirstDataRow;
        var last = _next - 1;
        var values = new object?[columns.Count];
        values[0] = label;
        for (var c = 1; c < columns.Count; c++)
        {
            if (formulas is not null && formulas.TryGetValue(c, out var f))
            {
                values[c] = f;
            }
            else if (columns[c].Kind is CellKind.Money or CellKind.Count)
            {
                var column = ColumnName(c);
                values[c] = new RowFormula(_ => last < first ? "0" : $"SUM({column}{first}:{column}{last})");
            }
        }
        _data.Append(Build(_next++, values, total: true));
    }

    private Row Build(uint r, object?[] values, bool total)
    {
        var row = new Row { RowIndex = r };
        for (var c = 0; c < columns.Count; c++)
        {
            var style = Style(columns[c].Kind, total);
            var value = c < values.Length ? values[c] : null;
            row.Append(value switch
            {
                RowFormula f => new Cell { CellReference = Ref(c, r), StyleIndex = style, CellFormula = new CellFormula(f.Text(r)) },
                decimal d => XlsxCells.Number(Ref(c, r), d, style),
                int i => new Cell { CellReference = Ref(c, r), StyleIndex = style, CellValue = new CellValue(i), DataType = CellValues.Number },
                string s => XlsxCells.Text(Ref(c, r), s, total ? STotalText : SText),
                _ => new Cell { CellReference = Ref(c, r), StyleIndex = style },
            });
        }
        return row;
    }

    private static uint Style(CellKind kind, bool total) => (kind, total) switch
    {
        (CellKind.Money, false) => SMoney,
        (CellKind.Money, true) => STotalMoney,
        (CellKind.Rate, false) => SRate,
        (CellKind.Rate, true) => STotalRate,
        (CellKind.Count, false) => SCount,
        (CellKind.Count, true) => STotalCount,
        (_, true) => STotalText,
        _ => SText,
    };

    public Worksheet Worksheet()
    {
        var cols = new Columns();
        for (var c = 0; c < columns.Count; c++)
        {
            cols.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = columns[c].Width, CustomWidth = true });
        }
        var lastCol = ColumnName(columns.Count - 1);
        var lastRow = Math.Max(2, _next - 1);
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = $"A1:{lastCol}{lastRow}" },
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 2, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A3", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A3" } })
            { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 18 },
            cols,
            _data,
            new MergeCells(new MergeCell { Reference = $"A1:{lastCol}1" }) { Count = 1 },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
    }
}
