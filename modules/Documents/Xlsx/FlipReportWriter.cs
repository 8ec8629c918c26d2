using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reserve.Matching.Flips;
using static Reserve.Rendering.Xlsx.XlsxCells;

namespace Reserve.Documents;

/// <summary>
/// The flip report as XLSX for whoever decides on an activation: sheet 结论变化 (per channel, how many projects
/// move from which verdict to which) and sheet 变化项目 (each project with the rules responsible). Plain cells,
/// header frozen; written with the OpenXml SDK like the summary table.
/// </summary>
public static class FlipReportWriter
{
    public static void Write(FlipReport report, Stream output)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = doc.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        var title = $"插件 {report.PluginTitle}：{report.ActiveVersion ?? "（未启用过）"} → {report.CandidateVersion}，评估日 {report.AsOf:yyyy-MM-dd}，共 {report.Projects} 个项目";
        AddSheet(workbook, sheets, 1, "结论变化", title, ["渠道", "原结论", "新结论", "项目数"],
            report.Counts.Select(c => new object[] { c.ChannelName, FlipReport.Text(c.From), FlipReport.Text(c.To), c.Count }));
        AddSheet(workbook, sheets, 2, "变化项目", title, ["储备编号", "项目名称", "渠道", "原结论", "新结论", "结论改变的规则"],
            report.Changes.Select(c => new object[] { c.ProjectId, c.ProjectName, report.ChannelName(c.ChannelId), FlipReport.Text(c.From), FlipReport.Text(c.To), string.Join("\n", c.Rules) }));
        workbook.Workbook.Save();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, string title, string[] headers, IEnumerable<object[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, [title]));
        data.Append(Row(2, headers));
        uint index = 3;
        foreach (var row in rows)
        {
            data.Append(Row(index++, row));
        }
        var view = new SheetViews(new SheetView(new Pane { VerticalSplit = 2, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });
        var columns = new Columns(headers.Select((_, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = i == headers.Length - 1 ? 60 : 18, CustomWidth = true }));
        part.Worksheet = new Worksheet(view, columns, data);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Row Row(uint index, IReadOnlyList<object> values)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = ColumnName(i) + index;
            row.Append(values[i] is int number
                ? new Cell { CellReference = reference, CellValue = new CellValue(number), DataType = CellValues.Number }
                : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(values[i]?.ToString() ?? "")) });
        }
        return row;
    }
}
