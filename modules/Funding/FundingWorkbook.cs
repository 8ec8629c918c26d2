using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reserve.Rendering.Xlsx;

namespace Reserve.Funding;

/// <summary>The rows of a ledger workbook with the sheet's row numbers, or the problems (row, column, reason) that make it unusable.</summary>
public sealed record FundingSheet(IReadOnlyList<(int Row, FundingInput Input)> Rows, IReadOnlyList<string> Problems);

/// <summary>
/// The 资金争取台账 as XLSX: the export's columns are the import's, so an exported sheet edited and imported
/// again updates the same lines. Reading names the row, the column and the reason of every bad cell; the
/// department is the reserve's (the caller fills it), not the sheet's.
/// </summary>
public static class FundingWorkbook
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "年度", "项目编号", "项目名称", "主管部门", "资金渠道", "拟申报金额（万元）", "申报日期", "已申报金额（万元）",
        "下达批次", "下达文号", "已下达金额（万元）", "下达日期", "已到位金额（万元）", "到位日期", "阶段",
    ];

    private const string Sheet = "资金争取台账";

    public static FundingSheet Read(Stream stream)
    {
        IReadOnlyList<XlsxRow> rows;
        try
        {
            rows = XlsxSheetReader.ReadAll(stream);
        }
        catch (XlsxUnreadableException e)
        {
            return new FundingSheet([], [e.HasNoWorksheet ? "工作簿中没有工作表" : "文件不是有效的 XLSX 工作簿（请用 Excel 或 WPS 另存为 .xlsx）"]);
        }
        if (rows.Count == 0)
        {
            return new FundingSheet([], ["工作表是空的"]);
        }
        var header = Cells(rows[0]);
        var columns = Headers.ToDictionary(h => h, h => (string?)header.FirstOrDefault(c => c.Value.Trim() == h).Key);
        var missing = new[] { "年度", "项目编号", "资金渠道", "拟申报金额（万元）" }.Where(h => columns[h] is null).ToList();
        if (missing.Count > 0)
        {
            return new FundingSheet([], [$"第1行（表头）：缺少列 {string.Join("、", missing)}"]);
        }
        var result = new List<(int, FundingInput)>();
        var problems = new List<string>();
        foreach (var row in rows.Skip(1))
        {
            var number = row.Number;
            var cells = Cells(row);
            var reader = new RowReader(number, cells, columns, problems);
            var input = new FundingInput(null,
                reader.Int("年度") ?? 0,
                reader.Text("项目编号") ?? "",
                "",
                reader.Text("资金渠道") ?? "",
                reader.Money("拟申报金额（万元）") ?? 0m,
                reader.Date("申报日期"),
                reader.Money("已申报金额（万元）"),
                reader.Text("下达批次"),
                reader.Text("下达文号"),
                reader.Money("已下达金额（万元）"),
                reader.Date("下达日期"),
                reader.Money("已到位金额（万元）"),
                reader.Date("到位日期"));
            foreach (var required in new[] { "年度", "项目编号", "资金渠道", "拟申报金额（万元）" })
            {
                if (string.IsNullOrWhiteSpace(cells.GetValueOrDefault(columns[required]!)))
                {
                    problems.Add($"第{number}行“{required}”列：必须填写");
                }
            }
            result.Add((number, input));
        }
        if (result.Count == 0 && problems.Count == 0)
        {
            problems.Add("工作表除表头外没有数据行");
        }
        return new FundingSheet(result, problems);
    }

    /// <summary>Writes the lines with the import's columns; <paramref name="names"/> gives each project's name.</summary>
    public static void Write(IEnumerable<FundingEntry> entries, IReadOnlyDictionary<string, string> names, Stream output)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        var sheetPart = wb.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Line(1, Headers.Select(h => Text(h))));
        uint r = 2;
        foreach (var e in entries)
        {
            data.Append(Line(r++, [
                Number(e.Year), Text(e.ProjectId), Text(names.GetValueOrDefault(e.ProjectId, "")), Text(e.Department), Text(e.Channel), Number(e.Planned),
                Text(Iso(e.AppliedDate)), Number(e.AppliedAmount), Text(e.GrantBatch), Text(e.GrantDocNumber), Number(e.GrantedAmount), Text(Iso(e.GrantedDate)),
                Number(e.ArrivedAmount), Text(Iso(e.ArrivedDate)), Text(Reserve.Sdk.Projects.ZhNames<FundingStage>.Of(e.Stage))]));
        }
        sheetPart.Worksheet = new Worksheet(
            new Columns(Headers.Select((h, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = i is 2 or 4 ? 36 : 16, CustomWidth = true })),
            data);
        wb.Workbook = new Workbook(new Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Name = Sheet, SheetId = 1, Id = wb.GetIdOfPart(sheetPart) }));
    }

    /// <summary>A row whose cells carry their references (A1, B1, …), as readers expect.</summary>
    private static Row Line(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        var c = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = $"{(char)('A' + c++)}{index}";
            row.Append(cell);
        }
        return row;
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Cell Text(string? text) => text is null
        ? new Cell()
        : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };

    private static Cell Number(decimal? value) => value is { } v
        ? new Cell { CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture)) }
        : new Cell();

    /// <summary>The row's cell texts by column letter: numbers (dates too) as their stored number, strings resolved.</summary>
    private static Dictionary<string, string> Cells(XlsxRow row)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < row.Count; i++)
        {
            cells[XlsxCells.ColumnName(row.Column(i))] = row.Cell(i).Text;
        }
        return cells;
    }

    /// <summary>Reads one row's cells, adding “第N行“列”：reason” for each that cannot be read.</summary>
    private sealed class RowReader(int number, Dictionary<string, string> cells, Dictionary<string, string?> columns, List<string> problems)
    {
        public string? Text(string header) =>
            columns[header] is { } c && cells.TryGetValue(c, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        public int? Int(string header)
        {
            var text = Text(header);
            if (text is null)
            {
                return null;
            }
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
            {
                return v;
            }
            problems.Add($"第{number}行“{header}”列：“{text}”不是年份");
            return null;
        }

        public decimal? Money(string header)
        {
            var text = Text(header);
            if (text is null)
            {
                return null;
            }
            if (decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var v))
            {
                return Math.Round(v, 4);
            }
            problems.Add($"第{number}行“{header}”列：“{text}”不是金额（万元）");
            return null;
        }

        public DateOnly? Date(string header)
        {
            var text = Text(header);
            if (text is null)
            {
                return null;
            }
            if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }
            // Excel keeps a date as the number of days since 1899-12-30.
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
            {
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            }
            problems.Add($"第{number}行“{header}”列：“{text}”不是日期（应为 yyyy-MM-dd）");
            return null;
        }
    }
}
