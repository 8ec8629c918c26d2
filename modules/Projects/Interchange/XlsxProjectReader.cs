using MiniExcelLibs;
using Reserve.Projects.Validation;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>
/// Reads untrusted XLSX: the first worksheet, headers in row 1, one project per row from row 2 (see
/// <see cref="XlsxLayout"/>). Problems carry the row number Excel shows. Rows with nothing in them are
/// skipped, as sheets often end in formatted but empty rows.
/// </summary>
internal sealed class XlsxProjectReader(ChannelFacts facts)
{
    public const int HeaderRow = 1;

    private const string Unreadable = "无法读取文件：不是有效的 XLSX 工作簿（请用 Excel 或 WPS 另存为 .xlsx 后重新导入）";

    private readonly XlsxLayout _layout = XlsxLayout.For(facts);

    public ImportResult Read(Stream stream)
    {
        var input = Seekable(stream);
        if (input.Length - input.Position == 0)
        {
            return ImportResult.FileProblem(ImportFormat.Xlsx, "文件为空");
        }
        IEnumerator<IDictionary<string, object?>> cursor;
        try
        {
            // Headers are read here rather than by useHeaderRow, which merges duplicate headers and drops
            // columns without one without a word; both need a problem.
            cursor = input.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>()
                .GetEnumerator();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ImportResult.FileProblem(ImportFormat.Xlsx, Unreadable);
        }
        using (cursor)
        {
            return ReadSheet(cursor);
        }
    }

    private ImportResult ReadSheet(IEnumerator<IDictionary<string, object?>> cursor)
    {
        if (!TryNext(cursor, out var failed))
        {
            return ImportResult.FileProblem(ImportFormat.Xlsx, failed ? Unreadable : "工作表为空：第1行应为表头");
        }
        var fileProblems = new List<ImportProblem>();
        var header = ReadHeader(cursor.Current, fileProblems);
        var rows = new List<ImportedRow>();
        var unlabelledWithData = new List<string>();
        var rowNumber = HeaderRow;
        while (TryNext(cursor, out failed))
        {
            rowNumber++;
            if (ReadRow(cursor.Current, rowNumber, header, unlabelledWithData) is { } row)
            {
                rows.Add(row);
            }
        }
        if (failed)
        {
            // Rows read before the failure are dropped: taking "the valid rows" of half a file would lose the rest unseen.
            return ImportResult.FileProblem(ImportFormat.Xlsx, Unreadable);
        }
        fileProblems.AddRange(unlabelledWithData.Select(letter =>
            new ImportProblem(HeaderRow, $"第{letter}列", $"第{letter}列没有表头，但有数据，该列未导入")));
        if (rows.Count == 0)
        {
            fileProblems.Add(new ImportProblem(0, ImportProblem.FileColumn, "文件中没有项目数据（项目应从第2行起填写）"));
        }
        return new ImportResult(ImportFormat.Xlsx, fileProblems, rows);
    }

    /// <summary>
    /// MiniExcel reads lazily, and its failures on a damaged or foreign file are not a documented set of
    /// exceptions; any failure while it reads means the file cannot be read. Only the library call is
    /// guarded, so a fault in this reader still surfaces as one.
    /// </summary>
    private static bool TryNext(IEnumerator<IDictionary<string, object?>> cursor, out bool failed)
    {
        try
        {
            failed = false;
            return cursor.MoveNext();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failed = true;
            return false;
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

    /// <summary>Maps each column letter to its layout column; reports unknown, repeated and missing required headers.</summary>
    private Header ReadHeader(IDictionary<string, object?> cells, List<ImportProblem> problems)
    {
        var header = new Header();
        var letterOf = new Dictionary<XlsxColumn, string>();
        foreach (var (letter, cell) in cells)
        {
            var text = RawValue.FromCell(cell);
            if (text.IsEmpty)
            {
                continue;
            }
            header.Labelled.Add(letter);
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
                header.Columns[letter] = column;
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
    private ImportedRow? ReadRow(IDictionary<string, object?> cells, int rowNumber, Header header, List<string> unlabelledWithData)
    {
        var given = new Dictionary<XlsxColumn, RawValue>();
        foreach (var (letter, cell) in cells)
        {
            var raw = RawValue.FromCell(cell);
            if (raw.IsEmpty)
            {
                continue;
            }
            if (header.Columns.TryGetValue(letter, out var column))
            {
                given[column] = raw;
            }
            else if (!header.Labelled.Contains(letter) && !unlabelledWithData.Contains(letter))
            {
                unlabelledWithData.Add(letter);
            }
        }
        if (given.Count == 0)
        {
            return null;
        }

        var record = new ProjectRecord();
        var problems = new List<ImportProblem>();
        foreach (var (column, raw) in given)
        {
            if (column.Read(record, raw) is { } error)
            {
                problems.Add(new ImportProblem(rowNumber, column.Header, error));
            }
        }
        var givenHeaders = given.Keys.Select(c => c.Header).ToHashSet(StringComparer.Ordinal);
        foreach (var column in given.Keys.Where(c => c.CompanionOf is { } owner && !givenHeaders.Contains(owner)))
        {
            problems.Add(new ImportProblem(rowNumber, column.Header, $"填写了“{column.Header}”，但“{column.CompanionOf}”为空"));
        }
        return RowCompletion.Complete(rowNumber, record, problems, facts, _layout);
    }

    private sealed class Header
    {
        /// <summary>Column letter → the layout column it holds.</summary>
        public Dictionary<string, XlsxColumn> Columns { get; } = new(StringComparer.Ordinal);

        /// <summary>Letters that have a header, known or not (data under an unknown header is already reported).</summary>
        public HashSet<string> Labelled { get; } = new(StringComparer.Ordinal);
    }
}
