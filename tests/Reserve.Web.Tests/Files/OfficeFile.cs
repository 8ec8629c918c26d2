using System.IO.Compression;
using System.Xml.Linq;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Reserve.Web.Tests.Files;

/// <summary>Reads a downloaded Office file as what it is: a zip of XML parts.</summary>
internal static class OfficeFile
{
    private static readonly XNamespace Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static IReadOnlyList<string> Parts(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    /// <summary>The text of a DOCX's body, one paragraph a line; throws if it is not a DOCX.</summary>
    public static string DocxText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var part = zip.GetEntry("word/document.xml") ?? throw new InvalidDataException($"{path} has no word/document.xml");
        using var stream = part.Open();
        var document = XDocument.Load(stream);
        return string.Join('\n', document.Descendants(Word + "p").Select(p => string.Concat(p.Descendants(Word + "t").Select(t => t.Value))));
    }

    /// <summary>
    /// The data rows of the 汇总表 (a title row, a header row, then one row per project numbered in 序号, then 合计),
    /// each as header → cell text.
    /// </summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> SummaryRows(string path)
    {
        using var stream = File.OpenRead(path);
        return SummaryRows(stream);
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> SummaryRows(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        return SummaryRows(stream);
    }

    /// <summary>The texts of a workbook's first row (an import template's column names).</summary>
    public static IReadOnlyList<string> FirstRow(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        var first = MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>().First();
        return first.Values.Select(Text).Where(t => t.Length > 0).ToList();
    }

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> SummaryRows(Stream stream)
    {
        var rows = MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        var headerIndex = rows.FindIndex(r => Equals(Text(r, "A"), "序号"));
        if (headerIndex < 0)
        {
            throw new InvalidDataException("the 汇总表 has no 序号 header row");
        }
        var header = rows[headerIndex].Where(kv => Text(kv.Value) is { Length: > 0 }).ToDictionary(kv => kv.Key, kv => Text(kv.Value));
        return rows.Skip(headerIndex + 1)
            .Where(r => int.TryParse(Text(r, "A"), out _))
            .Select(r => (IReadOnlyDictionary<string, string>)header.ToDictionary(h => h.Value, h => Text(r, h.Key)))
            .ToList();
    }

    private static string Text(IDictionary<string, object?> row, string column) => Text(row.TryGetValue(column, out var value) ? value : null);

    private static string Text(object? value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "";
}
