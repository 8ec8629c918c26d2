using Reserve.Rendering.Xlsx;

namespace Reserve.Rendering.Tests;

/// <summary>
/// The UTF-8 sheet scanner reads every row exactly as the XmlReader path reads it, on hand-written sheets that use what Excel and WPS may write (prefixes or none, shared and inline strings,
/// rich text, entities, CDATA, comments, formulas, cells and rows without references), and refuses what
/// the XmlReader refuses.
/// </summary>
public sealed class XlsxSheetScannerTests
{
    private const string Main = TestWorkbook.Main;

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
        var file = TestWorkbook.With(sheet);
        var scanned = Rows(file, forceXmlReader: false);
        var parsed = Rows(file, forceXmlReader: true);

        Assert.NotEmpty(parsed);
        Assert.Equal(parsed, scanned);
    }

    [Theory]
    [InlineData("""<!DOCTYPE worksheet [<!ENTITY x "y">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>""")]
    [InlineData("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c>""")]
    [InlineData("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="str"><v>&bogus;</v></c></row></sheetData></worksheet>""")]
    [InlineData("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="str"><v>a&#0;b</v></c></row></sheetData></worksheet>""")]
    [InlineData("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="str"><v>a&#x1;b</v></c></row></sheetData></worksheet>""")]
    public void What_the_xml_reader_refuses_the_scanner_refuses(string sheet)
    {
        var file = TestWorkbook.With(sheet);
        Assert.Throws<XlsxUnreadableException>(() => Rows(file, forceXmlReader: true));
        Assert.Throws<XlsxUnreadableException>(() => Rows(file, forceXmlReader: false));
    }

    private static List<string> Rows(byte[] file, bool forceXmlReader)
    {
        using var reader = XlsxSheetReader.Open(new MemoryStream(file), forceXmlReader);
        var rows = new List<string>();
        var row = new XlsxRow();
        while (reader.ReadRow(row))
        {
            var cells = Enumerable.Range(0, row.Count).Select(i =>
            {
                var v = row.Cell(i);
                return $"{XlsxCells.ColumnName(row.Column(i))}={v.Kind}:{v.Text}|{v.Number}|{v.IsSerial}|{v.Flag}|{v.Date:O}";
            });
            rows.Add($"{row.Number}: {string.Join(" ; ", cells)}");
        }
        return rows;
    }
}
