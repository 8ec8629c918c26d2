using Reserve.Projects.Validation;
using Reserve.Rendering.Xlsx;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>
/// Reads untrusted XLSX: the first worksheet, headers in row 1, one project per row from row 2 (see
/// <see cref="XlsxLayout"/>). Problems carry the row number Excel shows. Rows with nothing in them are
/// skipped, as sheets often end in formatted but empty rows. Rows are read one at a time
/// (<see cref="Open"/>), so an import can store them as they come.
/// </summary>
internal sealed class XlsxProjectReader(ChannelFacts facts)
{
    public const int HeaderRow = 1;

    private const string Unreadable = "无法读取文件：不是有效的 XLSX 工作簿（请用 Excel 或 WPS 另存为 .xlsx 后重新导入）";

    private readonly XlsxLayout _layout = XlsxLayout.For(facts);

    public ImportResult Read(Stream stream)
    {
        using var source = Open(stream);
        return ImportResult.From(source);
    }

    /// <summary>Opens the workbook and reads its header row; the project rows are read as the source is enumerated.</summary>
    public ImportSource Open(Stream stream)
    {
        var input = Seekable(stream);
        if (input.Length - input.Position == 0)
        {
            return Failed("文件为空");
        }
        XlsxSheetReader sheet;
        var first = new XlsxRow();
        bool hasRow;
        try
        {
            sheet = XlsxSheetReader.Open(input);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(Unreadable);
        }
        try
        {
            hasRow = sheet.ReadRow(first);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            sheet.Dispose();
            return Failed(Unreadable);
        }
        if (!hasRow)
        {
            sheet.Dispose();
            return Failed("工作表为空：第1行应为表头");
        }
        var headerProblems = new List<ImportProblem>();
        // The header is row 1 whatever the sheet starts with; a sheet whose first row is further down has an empty header.
        var header = ReadHeader(first.Number == HeaderRow ? first : new XlsxRow(), headerProblems);
        var pending = first.Number == HeaderRow ? null : first;
        return new ImportSource(ImportFormat.Xlsx, headerProblems, source => ReadRows(source, sheet, header, pending), sheet);
    }

    private static ImportSource Failed(string message) =>
        new(ImportFormat.Xlsx, [], source =>
        {
            source.Fail(new ImportProblem(0, ImportProblem.FileColumn, message));
            return [];
        });

    private IEnumerable<ImportedRow> ReadRows(ImportSource source, XlsxSheetReader sheet, Header header, XlsxRow? pending)
    {
        var reading = new RowReading(_layout);
        var unlabelledWithData = new List<int>();
        var rows = 0;
        var row = pending ?? new XlsxRow();
        var hasRow = pending is not null;
        while (true)
        {
            if (!hasRow)
            {
                try
                {
                    hasRow = sheet.ReadRow(row);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // MiniExcel-era behaviour kept: the whole file is refused, whatever was read before.
                    source.Fail(new ImportProblem(0, ImportProblem.FileColumn, Unreadable));
                    yield break;
                }
                if (!hasRow)
                {
                    break;
                }
            }
            hasRow = false;
            if (row.Number <= HeaderRow)
            {
                continue;
            }
            if (ReadRow(row, header, reading, unlabelledWithData) is { } imported)
            {
                rows++;
                yield return imported;
            }
        }
        foreach (var column in unlabelledWithData)
        {
            var letter = XlsxCells.ColumnName(column);
            source.AddFileProblem(new ImportProblem(HeaderRow, $"第{letter}列", $"第{letter}列没有表头，但有数据，该列未导入"));
        }
        if (rows == 0)
        {
            source.AddFileProblem(new ImportProblem(0, ImportProblem.FileColumn, "文件中没有项目数据（项目应从第2行起填写）"));
        }
    }

    /// <summary>An XLSX is a zip whose directory is at the end, so the reader needs to seek.</summary>
    private static Stream Seekable(Stream stream)
    {
        if (stream.CanSeek)
        {
            return stream;
        }
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }

    /// <summary>Maps each column to its layout column; reports unknown, repeated and missing required headers.</summary>
    private Header ReadHeader(XlsxRow cells, List<ImportProblem> problems)
    {
        var header = new Header();
        var letterOf = new Dictionary<XlsxColumn, string>();
        for (var i = 0; i < cells.Count; i++)
        {
            var text = RawValue.FromXlsx(cells.Cell(i));
            var index = cells.Column(i);
            var letter = XlsxCells.ColumnName(index);
            header.Labelled.Add(index);
            if (_layout.Find(text.Text) is not { } column)
            {
                problems.Add(new ImportProblem(HeaderRow, text.Text, UnknownHeader(text.Text)));
            }
            else if (letterOf.TryGetValue(column, out var first))
            {
                problems.Add(new ImportProblem(HeaderRow, column.Header,
                    $"列“{column.Header}”重复出现（第{first}列和第{letter}列），只读取了第{first}列"));
            }
            else
            {
                letterOf[column] = letter;
                header.Columns[index] = column;
            }
        }
        foreach (var column in _layout.Columns.Where(c => c.Required && !letterOf.ContainsKey(c)))
        {
            problems.Add(new ImportProblem(HeaderRow, column.Header, $"缺少必填列“{column.Header}”"));
        }
        return header;
    }

    private static string UnknownHeader(string header)
    {
        if (header.StartsWith(XlsxLayout.FundingPrefix, StringComparison.Ordinal))
        {
            return $"无法识别的列“{header}”，该列未导入：资金来源列应为“{XlsxLayout.FundingPrefix}”加以下之一：" +
                $"{string.Join("、", ZhNames<FundingSourceKind>.All)}（到位金额再加“{XlsxLayout.ArrivedSuffix}”）";
        }
        if (header.StartsWith(XlsxLayout.PreWorkPrefix, StringComparison.Ordinal))
        {
            return $"无法识别的列“{header}”，该列未导入：前期工作列应为“{XlsxLayout.PreWorkPrefix}”加以下之一：" +
                $"{string.Join("、", ZhNames<PreWorkKind>.All)}（文号、日期、有效期再加“-文号”“-日期”“-有效期”）";
        }
        return $"无法识别的列“{header}”，该列未导入";
    }

    /// <summary>Reads one worksheet row; null when the row gives nothing under a known column.</summary>
    private ImportedRow? ReadRow(XlsxRow cells, Header header, RowReading reading, List<int> unlabelledWithData)
    {
        reading.Clear();
        for (var i = 0; i < cells.Count; i++)
        {
            var index = cells.Column(i);
            if (header.Columns.TryGetValue(index, out var column))
            {
                reading.Give(column, RawValue.FromXlsx(cells.Cell(i)));
            }
            else if (!header.Labelled.Contains(index) && !unlabelledWithData.Contains(index))
            {
                unlabelledWithData.Add(index);
            }
        }
        if (reading.Count == 0)
        {
            return null;
        }

        var record = new ProjectRecord();
        List<ImportProblem>? problems = null;
        for (var i = 0; i < reading.Count; i++)
        {
            var (column, raw) = reading.Given(i);
            if (column.Read(record, raw) is { } error)
            {
                (problems ??= []).Add(new ImportProblem(cells.Number, column.Header, error));
            }
        }
        for (var i = 0; i < reading.Count; i++)
        {
            var column = reading.Given(i).Column;
            if (column.CompanionOf is not null && !reading.IsGiven(reading.OwnerOf(column)))
            {
                (problems ??= []).Add(new ImportProblem(cells.Number, column.Header, $"填写了“{column.Header}”，但“{column.CompanionOf}”为空"));
            }
        }
        return RowCompletion.Complete(cells.Number, record, (IReadOnlyList<ImportProblem>?)problems ?? [], facts, _layout);
    }

    private sealed class Header
    {
        /// <summary>Column index → the layout column it holds.</summary>
        public Dictionary<int, XlsxColumn> Columns { get; } = [];

        /// <summary>Columns that have a header, known or not (data under an unknown header is already reported).</summary>
        public HashSet<int> Labelled { get; } = [];
    }

    /// <summary>The cells of one row by layout column, in sheet order; kept from row to row so a row allocates nothing here.</summary>
    private sealed class RowReading
    {
        private readonly (XlsxColumn Column, RawValue Raw)[] _given;
        private readonly int[] _owners;
        private int _generation = 1;
        private readonly int[] _stamp;

        public RowReading(XlsxLayout layout)
        {
            var columns = layout.Columns;
            _given = new (XlsxColumn, RawValue)[columns.Count];
            _stamp = new int[columns.Count];
            _owners = [.. columns.Select(c => c.CompanionOf is { } owner ? layout.Find(owner)?.Ordinal ?? -1 : -1)];
        }

        public int Count { get; private set; }

        public void Clear()
        {
            Count = 0;
            _generation++;
        }

        public void Give(XlsxColumn column, RawValue raw)
        {
            _given[Count++] = (column, raw);
            _stamp[column.Ordinal] = _generation;
        }

        public (XlsxColumn Column, RawValue Raw) Given(int i) => _given[i];

        public int OwnerOf(XlsxColumn column) => _owners[column.Ordinal];

        public bool IsGiven(int ordinal) => ordinal >= 0 && _stamp[ordinal] == _generation;
    }
}
