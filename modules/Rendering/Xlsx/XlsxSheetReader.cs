using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Reserve.Rendering.Xlsx;

/// <summary>
/// The one XLSX reader of the application: streams the first worksheet of a workbook row by row, straight from
/// the zip entry, so a 100,000-row project import is never held in memory, while small sheets (period reports,
/// holiday calendars, the funding ledger) are read whole with <see cref="ReadAll"/>. It reads shared, inline and formula strings,
/// numbers (dates and times by their number format), booleans, and errors as text; what a cell means is the
/// importing module's business. MiniExcel's untyped query, used before, built a dictionary and an ExpandoObject
/// with every column of every row, which made a 100,000-row import spend most of its time there. Any failure of
/// the zip or the XML surfaces as <see cref="XlsxUnreadableException"/>, for the caller to report in its words.
/// </summary>
public sealed class XlsxSheetReader : IDisposable
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
    private readonly XlsxCellValues _cells;
    private int _lastRow;
    private bool _inSheetData;
    private bool _done;

    private XlsxSheetReader(ZipArchive archive, XlsxSheetScanner? scanner, XmlReader? sheet, XlsxCellValues cells)
    {
        _archive = archive;
        _scanner = scanner;
        _sheet = sheet;
        _cells = cells;
    }

    /// <summary>
    /// Opens the workbook in a seekable stream (left open); throws <see cref="XlsxUnreadableException"/> when it is
    /// not a readable XLSX.
    /// </summary>
    public static XlsxSheetReader Open(Stream stream) => Open(stream, forceXmlReader: false);

    /// <summary>
    /// The sheet's rows are read by <see cref="XlsxSheetScanner"/> when the part is UTF-8 (as Excel, WPS and our
    /// exports write it), by an <see cref="XmlReader"/> when it is UTF-16 (<paramref name="forceXmlReader"/>: always,
    /// which the tests compare the scanner with).
    /// </summary>
    internal static XlsxSheetReader Open(Stream stream, bool forceXmlReader)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            throw new XlsxUnreadableException(e);
        }
        try
        {
            var sheetEntry = FirstSheet(archive) ?? throw XlsxUnreadableException.NoWorksheet();
            var cells = new XlsxCellValues(ReadSharedStrings(archive.GetEntry("xl/sharedStrings.xml")), ReadCellFormats(archive.GetEntry("xl/styles.xml")));
            return forceXmlReader || IsUtf16(sheetEntry)
                ? new XlsxSheetReader(archive, null, XmlReader.Create(sheetEntry.Open(), Settings), cells)
                : new XlsxSheetReader(archive, new XlsxSheetScanner(sheetEntry.Open(), cells), null, cells);
        }
        catch (Exception e)
        {
            archive.Dispose();
            if (IsReadFailure(e))
            {
                throw new XlsxUnreadableException(e);
            }
            throw;
        }
    }

    /// <summary>
    /// The rows of a small sheet, each with at least one non-empty cell, up to <paramref name="maxRows"/> of them
    /// (a sheet with more is cut there: the caller counts and refuses it). Throws <see cref="XlsxUnreadableException"/>.
    /// </summary>
    public static IReadOnlyList<XlsxRow> ReadAll(Stream stream, int maxRows = int.MaxValue)
    {
        using var reader = Open(stream);
        var rows = new List<XlsxRow>();
        var row = new XlsxRow();
        while (rows.Count < maxRows && reader.ReadRow(row))
        {
            if (row.Count > 0)
            {
                rows.Add(row.Copy());
            }
        }
        return rows;
    }

    /// <summary>
    /// What a damaged or foreign file makes the zip, XML and number parsers throw. Anything else (running out of
    /// memory, a bug) is not the file's fault and is not dressed up as one.
    /// </summary>
    private static bool IsReadFailure(Exception e) =>
        e is InvalidDataException or IOException or XmlException or FormatException or NotSupportedException
            or ArgumentException or InvalidOperationException or OverflowException or IndexOutOfRangeException;

    private static bool IsUtf16(ZipArchiveEntry entry)
    {
        using var start = entry.Open();
        Span<byte> bom = stackalloc byte[2];
        var read = start.ReadAtLeast(bom, 2, throwOnEndOfStream: false);
        return read == 2 && (bom.SequenceEqual(new byte[] { 0xFF, 0xFE }) || bom.SequenceEqual(new byte[] { 0xFE, 0xFF }));
    }

    /// <summary>
    /// Fills <paramref name="row"/> with the next row that has a row element (its cells may all be empty); false at
    /// the end of the sheet. Throws <see cref="XlsxUnreadableException"/>.
    /// </summary>
    public bool ReadRow(XlsxRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        try
        {
            return ReadNextRow(row);
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            throw new XlsxUnreadableException(e);
        }
    }

    private bool ReadNextRow(XlsxRow row)
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
    private void ReadCells(XmlReader reader, XlsxRow row)
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
            column = XlsxCellValues.ColumnOf(reader.GetAttribute("r"), column + 1);
            if (reader.IsEmptyElement)
            {
                reader.Read();
                continue;
            }
            var type = reader.GetAttribute("t");
            var style = reader.GetAttribute("s");
            if (ReadCellValue(reader, type, style) is { } value)
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
    private XlsxCell? ReadCellValue(XmlReader reader, string? type, string? style)
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
        return raw is null ? null : _cells.Convert(raw, type, StyleIndex(style));
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
        return XlsxCellValues.Decode(joined?.ToString() ?? single ?? "");
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
