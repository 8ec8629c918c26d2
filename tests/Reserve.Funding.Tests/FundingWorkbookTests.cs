using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;

namespace Reserve.Funding.Tests;

/// <summary>The ledger's XLSX: what is exported reads back the same; a bad cell is named by row, column and reason.</summary>
public sealed class FundingWorkbookTests
{
    [Fact]
    public void An_exported_sheet_reads_back_as_the_same_lines()
    {
        var entry = new FundingEntry(7, 2027, "2027-0001", "交通运输局", "中央预算内投资", 3000m, new DateOnly(2027, 1, 10), 2500m, "2027年第一批", "发改投资〔2027〕12号",
            2000m, new DateOnly(2027, 3, 1), 1500.5m, new DateOnly(2027, 5, 1), "甲", DateTime.UtcNow, 3);
        using var stream = new MemoryStream();
        FundingWorkbook.Write([entry], new Dictionary<string, string> { ["2027-0001"] = "某某路改造项目" }, stream);
        stream.Position = 0;

        var sheet = FundingWorkbook.Read(stream);

        Assert.Empty(sheet.Problems);
        var (row, input) = sheet.Rows.Single();
        Assert.Equal(2, row);
        Assert.Equal(new FundingInput(null, 2027, "2027-0001", "", "中央预算内投资", 3000m, new DateOnly(2027, 1, 10), 2500m, "2027年第一批", "发改投资〔2027〕12号",
            2000m, new DateOnly(2027, 3, 1), 1500.5m, new DateOnly(2027, 5, 1)), input);
    }

    [Fact]
    public void Bad_cells_are_named_by_row_column_and_reason()
    {
        var sheet = FundingWorkbook.Read(Workbook(
            ["年度", "项目编号", "资金渠道", "拟申报金额（万元）", "申报日期", "已申报金额（万元）"],
            ["2027", "2027-0001", "中央预算内投资", "3000", "2027-13-01", "二千"],
            ["二〇二七", "", "中央预算内投资", "100", "", ""]));

        Assert.Contains("第2行“申报日期”列：“2027-13-01”不是日期（应为 yyyy-MM-dd）", sheet.Problems);
        Assert.Contains("第2行“已申报金额（万元）”列：“二千”不是金额（万元）", sheet.Problems);
        Assert.Contains("第3行“年度”列：“二〇二七”不是年份", sheet.Problems);
        Assert.Contains("第3行“项目编号”列：必须填写", sheet.Problems);

        var noColumns = FundingWorkbook.Read(Workbook(["年度", "项目"], ["2027", "x"]));
        Assert.Equal("第1行（表头）：缺少列 项目编号、资金渠道、拟申报金额（万元）", noColumns.Problems.Single());
        var garbage = FundingWorkbook.Read(new MemoryStream("not a workbook"u8.ToArray()));
        Assert.Equal("文件不是有效的 XLSX 工作簿（请用 Excel 或 WPS 另存为 .xlsx）", garbage.Problems.Single());
    }

    [Fact]
    public void A_workbook_without_a_sheet_says_so_rather_than_calling_the_file_invalid()
    {
        var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            doc.AddWorkbookPart().Workbook = new Workbook(new Sheets());
        }
        stream.Position = 0;

        Assert.Equal("工作簿中没有工作表", FundingWorkbook.Read(stream).Problems.Single());
    }

    /// <summary>A workbook of text cells, as a user's own sheet would be.</summary>
    private static MemoryStream Workbook(params string[][] rows)
    {
        var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            var part = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                data.Append(new Row(rows[r].Select((v, c) => new Cell
                {
                    CellReference = $"{(char)('A' + c)}{r + 1}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(v)),
                })) { RowIndex = (uint)r + 1 });
            }
            part.Worksheet = new Worksheet(data);
            wb.Workbook = new Workbook(new Sheets(new Sheet { Name = "台账", SheetId = 1, Id = wb.GetIdOfPart(part) }));
        }
        stream.Position = 0;
        return stream;
    }
}
