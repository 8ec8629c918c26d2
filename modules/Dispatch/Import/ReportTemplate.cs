using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reserve.Dispatch.Reports;

namespace Reserve.Dispatch.Import;

/// <summary>
/// The XLSX template of the period-report import: the title, the header of <see cref="ReportSheet"/>, and one row
/// per plan project with its key and the period to report already filled, the figures left for the department.
/// </summary>
internal static class ReportTemplate
{
    public const int MaxRows = 5000;

    public static byte[] Write(DateOnly date, IReadOnlyList<(string Key, DateOnly PeriodStart)> rows)
    {
        var sheet = new SheetBuilder($"调度报告导入模板（{date.Year}年{date.Month}月；必填：项目、报告期、本期/累计完成投资、形象进度、建设状态；建设状态填未开工、已开工、复工、停工或竣工）",
            ReportSheet.Columns.Select(c => new SheetColumn(c.Required ? "*" + c.Header : c.Header, c.Kind, c.Width)).ToList());
        foreach (var (key, start) in rows)
        {
            sheet.AddRow(key, start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        using var output = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.AddNewPart<WorkbookStylesPart>().Stylesheet = DispatchWorkbook.Stylesheet();
            var part = wb.AddNewPart<WorksheetPart>();
            part.Worksheet = sheet.Worksheet();
            wb.Workbook = new Workbook(new Sheets(new Sheet { Name = "调度报告", SheetId = 1, Id = wb.GetIdOfPart(part) }));
        }
        return output.ToArray();
    }
}
