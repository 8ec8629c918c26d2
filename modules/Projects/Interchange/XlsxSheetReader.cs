using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Reserve.Projects.Interchange;

/// <summary>One worksheet row as the sheet reader hands it over; the buffers are reused from row to row.</summary>
internal sealed class SheetRow
{
    private int[] _columns = new int[64];
    private RawValue[] _values = new RawValue[64];

    /// <summary>The row number Excel shows (1-based).</summary>
    public int Number { get; set; }

    /// <summary>Non-empty cells in the row, in sheet order.</summary>
    public int Count { get; private set; }

    /// <summary>0-based column index of cell <paramref name="i"/> (A is 0).</summary>
    public int Column(int i) => _columns[i];

    public RawValue Value(int i) => _values[i];

    public void Clear() => Count = 0;

    public void Add(int column, RawValue value)
    {
        if (Count == _columns.Length)
        {
            Array.Resize(ref _columns, Count * 2);
            Array.Resize(ref _values, Count * 2);
        }
        _columns[Count] = column;
        _values[Count] = value;
        Count++;
    }
}

/// <summary>
/// Streams the first worksheet of an XLSX workbook row by row, straight from the zip entry with an
/// <see cref="XmlReader"/>, so a 100,000-row file is never held in memory. It reads what the import needs:
/// shared, inline and formula strings, numbers (dates by their number format), booleans and errors as text.
/// MiniExcel, which writes our exports, was used for reading too; its untyped query builds a dictionary and an
/// ExpandoObject with every column of every row, which made a 100,000-row import spend most of its time there
/// (BENCHMARKS.md, import). Any failure of the zip or the XML surfaces as an exception for the caller to
/// report as an unreadable file.
/// </summary>
internal sealed class XlsxSheetReader : IDisposable
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
        XmlResolver = null,
    };

    private readonly ZipArchive _archive;
    private readonly XlsxSheetScanner? _scanner;
    private readonly XmlReader? _sheet;
    private readonly XlsxCells _cells;
    private int _lastRow;
    private bool _inSheetData;
    private bool _done;

    private XlsxSheetReader(ZipArchive archive, XlsxSheetScanner? scanner, XmlReader? sheet, XlsxCells cells)
    {
        _archive = archive;
        _scanner = scanner;
        _sheet = sheet;
        _cells = cells;
    }

    /// <summary>
    /// Opens the workbook in a seekable stream (left open); throws when it is not a readable XLSX. The sheet's
    /// rows are read by <see cref="XlsxSheetScanner"/> when the part is UTF-8 (as Excel, WPS and our export
    /// write it), by an <see cref="XmlReader"/> when it is UTF-16 (<paramref name="forceXmlReader"/>: always).
    /// </summary>
    public static XlsxSheetReader Open(Stream stream, bool forceXmlReader = false)
    {
        var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        try
        {
            var sheetEntry = FirstSheet(archive) ?? throw new InvalidDataException("no worksheet");
            var cells = new XlsxCells(ReadSharedStrings(archive.GetEntry("xl/sharedStrings.xml")), ReadCellFormats(archive.GetEntry("xl/styles.xml")));
            return forceXmlReader || IsUtf16(sheetEntry)
                ? new XlsxSheetReader(archive, null, XmlReader.Create(sheetEntry.Open(), Settings), cells)
                : new XlsxSheetReader(archive, new XlsxSheetScanner(sheetEntry.Open(), cells), null, cells);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    private static bool IsUtf16(ZipArchiveEntry entry)
    {
        using var start = entry.Open();
        Span<byte> bom = stackalloc byte[2];
        var read = start.ReadAtLeast(bom, 2, throwOnEndOfStream: false);
        return read == 2 && (bom.SequenceEqual(new byte[] { 0xFF, 0xFE }) || bom.SequenceEqual(new byte[] { 0xFE, 0xFF }));
    }

    /// <summary>Fills <paramref name="row"/> with the next row that has a row element; false at the end of the sheet.</summary>
    public bool ReadRow(SheetRow row)
    {
        if (_scanner is not null)
        {
            return _scanner.ReadRow(row);
        }
        // Every loop below looks at the node the reader is on, then either consumes it (which leaves the
        // reader on the next node) or moves on with Read, so no node is skipped unseen.
        row.Clear();
        if (_done)
        {
            return false;
        }
        var reader = _sheet!;
        if (!_inSheetData)
        {
            if (!MoveTo(reader, "sheetData") || reader.IsEmptyElement)
            {
                _done = true;
                return false;
            }
            reader.Read();
            _inSheetData = true;
        }
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "sheetData")
            {
                break;
            }
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row")
            {
                row.Number = ReadRowNumber(reader);
                _lastRow = row.Number;
                if (reader.IsEmptyElement)
                {
                    reader.Read();
                }
                else
                {
                    ReadCells(reader, row);
                }
                return true;
            }
            reader.Read();
        }
        _done = true;
        return false;
    }

    public void Dispose()
    {
        _scanner?.Dispose();
        _sheet?.Dispose();
        _archive.Dispose();
    }

    private int ReadRowNumber(XmlReader reader) =>
        int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : _lastRow + 1;

    /// <summary>Reads a row element's cells, leaving the reader after its end tag.</summary>
    private void ReadCells(XmlReader reader, SheetRow row)
    {
        var depth = reader.Depth;
        var column = -1;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            if (reader.LocalName != "c")
            {
                reader.Skip();
                continue;
            }
            column = XlsxCells.ColumnOf(reader.GetAttribute("r"), column + 1);
            if (reader.IsEmptyElement)
            {
                reader.Read();
                continue;
            }
            var type = reader.GetAttribute("t");
            var style = reader.GetAttribute("s");
            var value = ReadCellValue(reader, type, style);
            if (!value.IsEmpty)
            {
                row.Add(column, value);
            }
        }
        reader.Read();
    }

    /// <summary>
    /// Reads a cell element up to and past its end tag: the value (v) or the inline string (is); formulas
    /// and anything else are skipped.
    /// </summary>
    private RawValue ReadCellValue(XmlReader reader, string? type, string? style)
    {
        string? raw = null;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (reader.LocalName == "v")
            {
                raw = reader.ReadElementContentAsString();
            }
            else if (reader.LocalName == "is")
            {
                raw = ReadStringItem(reader);
            }
            else
            {
                reader.Skip();
            }
        }
        reader.Read();
        return string.IsNullOrEmpty(raw) ? RawValue.Empty : _cells.Convert(raw, type, StyleIndex(style));
    }

    private static int StyleIndex(string? style) =>
        int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;

    /// <summary>
    /// The text of a string item (si or is): its t, or the t of each rich-text run; phonetic runs (rPh) are
    /// left out. Leaves the reader after the item's end tag.
    /// </summary>
    private static string ReadStringItem(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }
        var depth = reader.Depth;
        string? single = null;
        System.Text.StringBuilder? joined = null;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                var text = reader.ReadElementContentAsString();
                if (single is null && joined is null)
                {
                    single = text;
                }
                else
                {
                    (joined ??= new System.Text.StringBuilder(single)).Append(text);
                }
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
            }
            else
            {
                // Into a run (r) and its properties, where its t is.
                reader.Read();
            }
        }
        reader.Read();
        return XlsxCells.Decode(joined?.ToString() ?? single ?? "");
    }

    private static string[] ReadSharedStrings(ZipArchiveEntry? entry)
    {
        if (entry is null)
        {
            return [];
        }
        var strings = new List<string>();
        using var reader = XmlReader.Create(entry.Open(), Settings);
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                strings.Add(ReadStringItem(reader));
            }
            else
            {
                reader.Read();
            }
        }
        return [.. strings];
    }

    /// <summary>For each cell style (cellXfs, in order), whether its number format is a date or time.</summary>
    private static NumberFormatKind[] ReadCellFormats(ZipArchiveEntry? entry)
    {
        if (entry is null)
        {
            return [];
        }
        var custom = new Dictionary<int, NumberFormatKind>();
        var formats = new List<NumberFormatKind>();
        using var reader = XmlReader.Create(entry.Open(), Settings);
        var inCellXfs = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
                continue;
            }
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id):
                    custom.TryAdd(id, XlsxNumberFormats.Custom(reader.GetAttribute("formatCode")));
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    _ = int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var numFmtId);
                    formats.Add(custom.TryGetValue(numFmtId, out var kind) ? kind : XlsxNumberFormats.BuiltIn(numFmtId));
                    break;
            }
        }
        return [.. formats];
    }

    /// <summary>
    /// The workbook's first sheet: the only worksheet part, or when there are several, the first sheet of
    /// workbook.xml through its relationship.
    /// </summary>
    private static ZipArchiveEntry? FirstSheet(ZipArchive archive)
    {
        var sheets = archive.Entries.Where(e => e.FullName.TrimStart('/').StartsWith("xl/worksheets/sheet", StringComparison.OrdinalIgnoreCase)).ToList();
        if (sheets.Count <= 1)
        {
            return sheets.FirstOrDefault();
        }
        string? relationId = null;
        using (var workbook = XmlReader.Create((archive.GetEntry("xl/workbook.xml") ?? throw new InvalidDataException("no workbook")).Open(), Settings))
        {
            while (relationId is null && workbook.Read())
            {
                if (workbook.NodeType == XmlNodeType.Element && workbook.LocalName == "sheet")
                {
                    relationId = workbook.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
                        ?? workbook.GetAttribute("id", "http://purl.oclc.org/ooxml/officeDocument/relationships");
                }
            }
        }
        string? target = null;
        using (var rels = XmlReader.Create((archive.GetEntry("xl/_rels/workbook.xml.rels") ?? throw new InvalidDataException("no relationships")).Open(), Settings))
        {
            while (target is null && rels.Read())
            {
                if (rels.NodeType == XmlNodeType.Element && rels.LocalName == "Relationship" && rels.GetAttribute("Id") == relationId)
                {
                    target = rels.GetAttribute("Target");
                }
            }
        }
        if (target is null)
        {
            return sheets[0];
        }
        var path = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        return sheets.FirstOrDefault(e => string.Equals(e.FullName.TrimStart('/'), path, StringComparison.OrdinalIgnoreCase)) ?? sheets[0];
    }

    private static bool MoveTo(XmlReader reader, string localName)
    {
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == localName)
            {
                return true;
            }
        }
        return false;
    }
}
