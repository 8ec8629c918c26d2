namespace Reserve.Rendering.Xlsx;

/// <summary>
/// One worksheet row as <see cref="XlsxSheetReader"/> hands it over: its number and its non-empty cells in sheet
/// order. A streaming reader reuses one row from row to row; <see cref="XlsxSheetReader.ReadAll"/> keeps each.
/// </summary>
public sealed class XlsxRow
{
    private int[] _columns = new int[64];
    private XlsxCell[] _cells = new XlsxCell[64];

    /// <summary>The row number Excel shows (1-based).</summary>
    public int Number { get; internal set; }

    /// <summary>Non-empty cells in the row.</summary>
    public int Count { get; private set; }

    /// <summary>0-based column index of cell <paramref name="i"/> (A is 0).</summary>
    public int Column(int i) => _columns[i];

    public XlsxCell Cell(int i) => _cells[i];

    /// <summary>The cell in a 0-based column; false when that column is empty in this row.</summary>
    public bool TryGet(int column, out XlsxCell cell)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_columns[i] == column)
            {
                cell = _cells[i];
                return true;
            }
        }
        cell = default;
        return false;
    }

    internal void Clear() => Count = 0;

    internal void Add(int column, XlsxCell cell)
    {
        if (Count == _columns.Length)
        {
            Array.Resize(ref _columns, Math.Max(4, Count * 2));
            Array.Resize(ref _cells, Math.Max(4, Count * 2));
        }
        _columns[Count] = column;
        _cells[Count] = cell;
        Count++;
    }

    /// <summary>A copy sized to its cells, for readers that keep rows.</summary>
    internal XlsxRow Copy()
    {
        var copy = new XlsxRow { Number = Number, Count = Count, _columns = _columns[..Count], _cells = _cells[..Count] };
        return copy;
    }
}
