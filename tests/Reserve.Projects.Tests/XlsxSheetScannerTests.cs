using System.IO.Compression;
using System.Text;
using Reserve.Projects.Interchange;
using Reserve.Sdk.Facts;

namespace Reserve.Projects.Tests;

/// <summary>
/// The UTF-8 sheet scanner reads every row exactly as the XmlReader path reads it, on our exports and on
/// hand-written sheets that use what Excel and WPS may write (prefixes or none, shared and inline strings,
/// rich text, entities, CDATA, comments, formulas, cells and rows without references), and refuses what
/// the XmlReader refuses.
/// </summary>
public sealed class XlsxSheetScannerTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

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

    public static TheoryData<string> Sheets() =>
    [
        // Transitional namespace with a prefix, as our export writes it.
        $"""<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="{Main}"><x:sheetData><x:row r="1"><x:c r="A1" t="str" s="1"><x:v>项目名称</x:v></x:c><x:c r="B2" s="0"></x:c></x:row><x:row r="2"><x:c r="A2" t="n"><x:v>10570.95</x:v></x:c><x:c r="C2" s="1"><x:v>46874</x:v></x:c></x:row></x:sheetData></x:worksheet>""",
        // No prefix; shared strings; self-closing cells; cells and rows without references; an empty row; whitespace.
        $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="{Main}" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">
          <dimension ref="A1:D9"/>
          <sheetData>
            <row r="1" spans="1:4" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
            <row r="3"><c t="s"><v>1</v></c><c/><c><v>-5</v></c><c r="E3" s="2"><v>45000</v></c></row>
            <row r="5"/>
            <row><c r="A6" t="b"><v>1</v></c><c r="B6" t="e"><v>#N/A</v></c><c r="C6" t="d"><v>2026-03-01</v></c><c r="D6" s="3"><v>0.5</v></c></row>
          </sheetData>
          <mergeCells count="0"/>
        </worksheet>
        """,
        // Inline strings with runs and phonetics, entities, character references, CDATA, comments and a PI, formulas, quotes.
        $"""
        <?xml version='1.0' encoding='UTF-8'?>
        <worksheet xmlns='{Main}'><sheetData><!-- 表头 -->
        <row r='1'><c r='A1' t='inlineStr'><is><r><t>计划&#24320;工</t></r><r><t xml:space='preserve'> &amp; 时间</t></r><rPh><t>X</t></rPh></is></c>
        <c r='B1' t='str'><f>CONCAT("a","b")</f><v><![CDATA[a<b>]]>&#x4E00;</v></c><?mso-x foo?><c r='C1'><f>1+1</f><v>2</v></c></row>
        <row r='2'><c r='AA2' t='inlineStr'><is><t>_x0041_ 与 _X0041_</t></is></c><c r='A2'><v>1,234.5</v></c><c r='B2'><v></v></c><c r='C2'><v> 12 </v></c></row>
        </sheetData><extLst><ext uri='x'/></extLst></worksheet>
        """,
        // Attributes in any order, with other attributes around them whose values hold '>', '/' and the other quote;
        // spaces around '='; prefixed attributes of the same local name, which are not the cell's; text that is
        // only an entity; an empty value.
        $"""
        <worksheet xmlns="{Main}" xmlns:o="urn:other"><sheetData>
        <row o:note='a>b"c' r="1" ><c s="0" o:x="1>2" t="str" r="B1"><v>&amp;</v></c><c o:y='/>' r = "C1" t = 'str'><v>x &gt; y</v></c><c r="D1" t="str" s="1"><v></v></c></row>
        <row r="2"><c o:r="Z9" t="str" r="A2" o:t="n"><v>带前缀的 r、t 不是单元格的 r、t</v></c></row>
        </sheetData></worksheet>
        """,
    ];

    [Theory]
    [MemberData(nameof(Sheets))]
    public void The_scanner_reads_each_row_as_the_xml_reader_does(string sheet)
    {
        var file = Workbook(sheet);
        var scanned = Rows(file, forceXmlReader: false);
        var parsed = Rows(file, forceXmlReader: true);

        Assert.NotEmpty(parsed);
        Assert.Equal(parsed, scanned);
    }

    [Fact]
    public void The_scanner_reads_our_export_of_every_field_as_the_xml_reader_does()
    {
        var export = new MemoryStream();
        ProjectExport.WriteXlsx(export, Enumerable.Range(0, 50).Select(_ => InterchangeFixtures.FullRecord()), InterchangeFixtures.SampleFacts);
        var file = export.ToArray();

        var scanned = Rows(file, forceXmlReader: false);

        Assert.Equal(51, scanned.Count);
        Assert.Equal(Rows(file, forceXmlReader: true), scanned);
    }

    [Theory]
    [InlineData("""<!DOCTYPE worksheet [<!ENTITY x "y">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>""")]
    [InlineData("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c>""")]
    [InlineData("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="str"><v>&bogus;</v></c></row></sheetData></worksheet>""")]
    [InlineData("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="str"><v>a&#0;b</v></c></row></sheetData></worksheet>""")]
    [InlineData("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="str"><v>a&#x1;b</v></c></row></sheetData></worksheet>""")]
    public void What_the_xml_reader_refuses_the_scanner_refuses(string sheet)
    {
        var file = Workbook(sheet);
        Assert.ThrowsAny<Exception>(() => Rows(file, forceXmlReader: true));
        Assert.ThrowsAny<Exception>(() => Rows(file, forceXmlReader: false));
    }

    [Fact]
    public void A_file_the_scanner_reads_imports_as_before()
    {
        var export = new MemoryStream();
        ProjectExport.WriteXlsx(export, [InterchangeFixtures.FullRecord()], InterchangeFixtures.SampleFacts);
        export.Position = 0;

        var result = ProjectImport.ReadXlsx(export, InterchangeFixtures.SampleFacts);

        InterchangeFixtures.AssertNoProblems(result);
        Assert.Equal(ProjectJson.Serialize(InterchangeFixtures.FullRecord()), ProjectJson.Serialize(Assert.Single(result.Records)));
    }

    private static List<string> Rows(byte[] file, bool forceXmlReader)
    {
        using var reader = XlsxSheetReader.Open(new MemoryStream(file), forceXmlReader);
        var rows = new List<string>();
        var row = new SheetRow();
        while (reader.ReadRow(row))
        {
            var cells = Enumerable.Range(0, row.Count).Select(i =>
            {
                var v = row.Value(i);
                return $"{XlsxProjectReader.Letters(row.Column(i))}={v.Kind}:{v.Text}|{v.Number}|{v.Flag}|{v.DateTime:O}|{v.IsImprecise}";
            });
            rows.Add($"{row.Number}: {string.Join(" ; ", cells)}");
        }
        return rows;
    }

    private static byte[] Workbook(string sheet)
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

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
