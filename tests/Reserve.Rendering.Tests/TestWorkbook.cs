using System.IO.Compression;
using System.Text;

namespace Reserve.Rendering.Tests;

/// <summary>
/// Hand-written workbooks, part by part, so a test can put in a sheet exactly what Excel, WPS or a damaged file
/// may hold: styles with a built-in date (1), a custom 年月日 date (2) and a time (3) format, and three shared
/// strings (plain; rich text with a phonetic run; entities and an _xHHHH_ escape).
/// </summary>
internal static class TestWorkbook
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly string Styles = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="{Main}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
        <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="21"/></cellXfs></styleSheet>
        """;

    private static readonly string SharedStrings = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <sst xmlns="{Main}" count="3" uniqueCount="3"><si><t>项目名称</t></si>
        <si><r><rPr><b/></rPr><t xml:space="preserve">城东 </t></r><r><t>老旧小区</t></r><rPh sb="0" eb="1"><t>ジョウトウ</t></rPh></si>
        <si><t>A &amp; B &lt;改造&gt; _x000D_行</t></si></sst>
        """;

    /// <summary>A workbook whose first (only) worksheet is <paramref name="sheet"/>, a whole worksheet part.</summary>
    public static byte[] With(string sheet)
    {
        var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            Add(zip, "xl/workbook.xml", $"""<workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="储备项目" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Add(zip, "xl/styles.xml", Styles);
            Add(zip, "xl/sharedStrings.xml", SharedStrings);
            Add(zip, "xl/worksheets/sheet1.xml", sheet);
        }
        return file.ToArray();
    }

    /// <summary>A workbook of one worksheet holding <paramref name="rows"/>, the row elements of its sheetData.</summary>
    public static byte[] WithRows(string rows) =>
        With($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}"><sheetData>{rows}</sheetData></worksheet>""");

    public static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
