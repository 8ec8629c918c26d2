using System.IO.Compression;
using System.Text;
using Reserve.Rendering.Xlsx;

namespace Reserve.Rendering.Tests;

/// <summary>
/// What every import reads through the one XLSX reader: each kind of cell as the module will interpret it, rows
/// by the number Excel shows, empty rows, and a file that is no workbook refused with one exception.
/// </summary>
public sealed class XlsxSheetReaderTests
{
    [Fact]
    public void A_shared_string_cell_reads_as_its_text_with_rich_runs_joined_and_phonetics_left_out()
    {
        var row = Single(TestWorkbook.WithRows("""<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>2</v></c></row>"""));

        Assert.Equal(XlsxCellKind.Text, row.Cell(0).Kind);
        Assert.Equal("城东 老旧小区", row.Cell(0).Text);
        Assert.Equal("A & B <改造> \r行", row.Cell(1).Text);
    }

    [Fact]
    public void A_shared_string_index_outside_the_table_is_an_empty_cell()
    {
        var row = Single(TestWorkbook.WithRows("""<row r="1"><c r="A1" t="s"><v>7</v></c><c r="B1" t="s"><v>0</v></c></row>"""));

        Assert.Equal(1, row.Count);
        Assert.Equal(1, row.Column(0));
    }

    [Fact]
    public void An_inline_string_cell_reads_as_its_text_untrimmed()
    {
        var row = Single(TestWorkbook.WithRows("""<row r="1"><c r="C1" t="inlineStr"><is><t xml:space="preserve"> 计划开工 </t></is></c></row>"""));

        Assert.Equal(2, row.Column(0));
        Assert.Equal(XlsxCellKind.Text, row.Cell(0).Kind);
        Assert.Equal(" 计划开工 ", row.Cell(0).Text);
        Assert.False(row.Cell(0).IsSerial);
    }

    [Fact]
    public void A_number_in_a_date_format_is_a_date_that_keeps_its_serial()
    {
        var row = Single(TestWorkbook.WithRows("""<row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1" s="2"><v>46874.5</v></c><c r="C1" t="d"><v>2026-03-01</v></c></row>"""));

        Assert.Equal(XlsxCellKind.Date, row.Cell(0).Kind);
        Assert.Equal(new DateTime(2023, 3, 15), row.Cell(0).Date);
        Assert.True(row.Cell(0).IsSerial);
        Assert.Equal(45000d, row.Cell(0).Number);
        Assert.Equal(new DateTime(2028, 5, 1, 12, 0, 0), row.Cell(1).Date);
        // An ISO date cell is a date but stores no number.
        Assert.Equal(XlsxCellKind.Date, row.Cell(2).Kind);
        Assert.Equal(new DateTime(2026, 3, 1), row.Cell(2).Date);
        Assert.False(row.Cell(2).IsSerial);
        Assert.Equal("2026-03-01", row.Cell(2).Text);
    }

    [Fact]
    public void Numbers_times_booleans_and_errors_read_as_such()
    {
        var row = Single(TestWorkbook.WithRows("""<row r="1"><c r="A1"><v>10570.95</v></c><c r="B1" s="3"><v>0.5</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#N/A</v></c></row>"""));

        Assert.Equal((XlsxCellKind.Number, 10570.95, "10570.95"), (row.Cell(0).Kind, row.Cell(0).Number, row.Cell(0).Text));
        Assert.Equal((XlsxCellKind.Time, TimeSpan.FromHours(12)), (row.Cell(1).Kind, row.Cell(1).Time));
        Assert.Equal((XlsxCellKind.Boolean, true), (row.Cell(2).Kind, row.Cell(2).Flag));
        Assert.Equal((XlsxCellKind.Text, "#N/A"), (row.Cell(3).Kind, row.Cell(3).Text));
    }

    [Fact]
    public void An_empty_row_is_read_with_no_cells_and_rows_keep_the_numbers_excel_shows()
    {
        using var reader = XlsxSheetReader.Open(new MemoryStream(TestWorkbook.WithRows(
            """<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="4"/><row r="5"><c r="A5" t="inlineStr"><is><t>   </t></is></c><c r="B5"/></row><row><c r="B6"><v>3</v></c></row>""")));
        var row = new XlsxRow();
        var seen = new List<(int Number, int Count)>();
        while (reader.ReadRow(row))
        {
            seen.Add((row.Number, row.Count));
        }

        Assert.Equal([(1, 1), (4, 0), (5, 0), (6, 1)], seen);
    }

    [Fact]
    public void Read_all_keeps_only_rows_with_something_in_them_and_stops_at_the_limit()
    {
        var file = TestWorkbook.WithRows(
            """<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"/><row r="3"><c r="A3"><v>1</v></c></row><row r="4"><c r="A4"><v>2</v></c></row>""");

        Assert.Equal([1, 3, 4], XlsxSheetReader.ReadAll(new MemoryStream(file)).Select(r => r.Number));
        Assert.Equal([1, 3], XlsxSheetReader.ReadAll(new MemoryStream(file), maxRows: 2).Select(r => r.Number));
        var kept = XlsxSheetReader.ReadAll(new MemoryStream(file))[1];
        Assert.True(kept.TryGet(0, out var cell));
        Assert.Equal(1d, cell.Number);
        Assert.False(kept.TryGet(1, out _));
    }

    [Fact]
    public void The_first_sheet_is_the_workbooks_first_not_the_first_part()
    {
        var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            TestWorkbook.Add(zip, "xl/workbook.xml", $"""<workbook xmlns="{TestWorkbook.Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="填报" sheetId="2" r:id="rId2"/><sheet name="说明" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            TestWorkbook.Add(zip, "xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>""");
            TestWorkbook.Add(zip, "xl/worksheets/sheet1.xml", $"""<worksheet xmlns="{TestWorkbook.Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c></row></sheetData></worksheet>""");
            TestWorkbook.Add(zip, "xl/worksheets/sheet2.xml", $"""<worksheet xmlns="{TestWorkbook.Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>填报</t></is></c></row></sheetData></worksheet>""");
        }
        file.Position = 0;

        Assert.Equal("填报", Assert.Single(XlsxSheetReader.ReadAll(file)).Cell(0).Text);
    }

    [Fact]
    public void A_file_that_is_no_workbook_is_refused_with_one_exception()
    {
        var csv = Assert.Throws<XlsxUnreadableException>(() => XlsxSheetReader.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes("项目名称,总投资\n城东,100"))));
        Assert.False(csv.HasNoWorksheet);
        Assert.Throws<XlsxUnreadableException>(() => XlsxSheetReader.ReadAll(new MemoryStream([])));
    }

    [Fact]
    public void A_zip_without_a_worksheet_is_refused()
    {
        var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            TestWorkbook.Add(zip, "word/document.xml", "<document/>");
        }
        file.Position = 0;

        Assert.True(Assert.Throws<XlsxUnreadableException>(() => XlsxSheetReader.Open(file)).HasNoWorksheet);
    }

    [Fact]
    public void A_worksheet_cut_off_midway_is_refused_when_the_reader_reaches_the_cut()
    {
        var file = TestWorkbook.With($"""<worksheet xmlns="{TestWorkbook.Main}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2""");
        using var reader = XlsxSheetReader.Open(new MemoryStream(file));
        var row = new XlsxRow();

        Assert.True(reader.ReadRow(row));
        Assert.Throws<XlsxUnreadableException>(() => reader.ReadRow(row));
    }

    private static XlsxRow Single(byte[] file) => Assert.Single(XlsxSheetReader.ReadAll(new MemoryStream(file)));
}
