using System.Globalization;
using Reserve.Rendering.Xlsx;

namespace Reserve.Dispatch.Import;

/// <summary>A data row of the sheet: the project it names, the report read from its cells (null when a cell could not be read), and the cell problems.</summary>
internal sealed record SheetReportRow(int Row, string ProjectKey, DateOnly? Date, PeriodReport? Report, List<ImportCellProblem> Problems);

/// <summary>
/// Reads the period-report sheet (<see cref="ReportSheet"/>): finds the header row among the first ten, locates
/// each column by its header, and reads every later non-empty row. What cannot be read (a number that is not
/// one, a date in no known form, an unknown 建设状态) is a problem of that row and column, in Chinese.
/// </summary>
internal sealed class ReportSheetReader
{
    private const int HeaderSearchRows = 10;
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyy年M月d日", "yyyy年M月"];

    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    public List<ImportCellProblem> FileProblems { get; } = [];

    public List<SheetReportRow> Read(Stream xlsx)
    {
        IReadOnlyList<XlsxRow> rows;
        try
        {
            rows = XlsxSheetReader.ReadAll(xlsx);
        }
        catch (XlsxUnreadableException)
        {
            FileProblems.Add(new ImportCellProblem(0, "", "文件", "不是可读取的 XLSX 文件（请用 Excel 或 WPS 另存为 .xlsx 后重试）"));
            return [];
        }
        var header = rows.Take(HeaderSearchRows).FirstOrDefault(r => Enumerable.Range(0, r.Count).Any(i => Clean(r.Cell(i).Text) == ReportSheet.Project));
        if (header is null)
        {
            FileProblems.Add(new ImportCellProblem(0, "", "表头", $"前{HeaderSearchRows}行中没有找到表头（应有“{ReportSheet.Project}”等列，请使用下载的模板）"));
            return [];
        }
        for (var i = 0; i < header.Count; i++)
        {
            _columns.TryAdd(Clean(header.Cell(i).Text), header.Column(i));
        }
        foreach (var (name, required, _, _) in ReportSheet.Columns)
        {
            if (required && !_columns.ContainsKey(name))
            {
                FileProblems.Add(new ImportCellProblem(header.Number, "", name, $"第{header.Number}行表头缺少必填列“{name}”"));
            }
        }
        if (FileProblems.Count > 0)
        {
            return [];
        }
        return rows.Where(r => r.Number > header.Number).Select(r => ReadRow(r.Number, r)).ToList();
    }

    /// <summary>The column letter of a header (“C”), or empty when the sheet has no such column.</summary>
    public string LetterOf(string header) => _columns.TryGetValue(header, out var c) ? XlsxCells.ColumnName(c) : "";

    private SheetReportRow ReadRow(int row, XlsxRow cells)
    {
        var problems = new List<ImportCellProblem>();
        string Text(string header) => _columns.TryGetValue(header, out var c) && cells.TryGet(c, out var cell) ? cell.Text.Trim() : "";
        XlsxCell? Cell(string header) => _columns.TryGetValue(header, out var c) && cells.TryGet(c, out var cell) ? cell : null;
        void Problem(string header, string message) => problems.Add(new ImportCellProblem(row, LetterOf(header), header, message));

        decimal? Number(string header, bool required)
        {
            if (Cell(header) is not { } cell)
            {
                if (required)
                {
                    Problem(header, "不能为空");
                }
                return null;
            }
            if (cell.IsSerial)
            {
                var n = cell.Number;
                if (double.IsNaN(n) || Math.Abs(n) > 1e12)
                {
                    Problem(header, $"“{cell.Text}”超出可填范围");
                    return null;
                }
                return (decimal)n;
            }
            if (decimal.TryParse(cell.Text.Trim().Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal),
                NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }
            Problem(header, $"“{cell.Text}”不是数字");
            return null;
        }

        DateOnly? Date(string header, bool required)
        {
            if (Cell(header) is not { } cell)
            {
                if (required)
                {
                    Problem(header, "不能为空（填期内任一日期，如 2026-11-01）");
                }
                return null;
            }
            if (cell.IsSerial && cell.Number is > 1 and < 2958466)
            {
                return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(cell.Number)));
            }
            if (DateOnly.TryParseExact(cell.Text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            Problem(header, $"“{cell.Text}”不是日期（应为 2026-11-01 或 2026年11月1日）");
            return null;
        }

        var key = Text(ReportSheet.Project);
        if (key.Length == 0)
        {
            Problem(ReportSheet.Project, "不能为空");
        }
        var date = Date(ReportSheet.Period, true);
        var thisPeriod = Number(ReportSheet.ThisPeriod, true);
        var cumulative = Number(ReportSheet.Cumulative, true);
        var percent = Number(ReportSheet.ProgressPercent, false);
        var workers = Number(ReportSheet.Workers, false);
        var startedOn = Date(ReportSheet.StartedOn, false);
        var due = Date(ReportSheet.CoordinationDue, false);
        var statusText = Text(ReportSheet.Status);
        ConstructionStatus? status = null;
        if (statusText.Length == 0)
        {
            Problem(ReportSheet.Status, "不能为空（未开工、已开工、复工、停工或竣工）");
        }
        else if (ReportSheet.StatusOf(statusText) is { } s)
        {
            status = s;
        }
        else
        {
            Problem(ReportSheet.Status, $"“{statusText}”无法识别，应为未开工、已开工（开工）、复工、停工或竣工");
        }
        if (workers is { } w && (w != decimal.Truncate(w) || w is < 0 or > int.MaxValue))
        {
            Problem(ReportSheet.Workers, $"“{w}”不是有效人数（应为不小于0的整数）");
        }
        if (problems.Count > 0 || date is null)
        {
            return new SheetReportRow(row, key, date, null, problems);
        }
        var report = new PeriodReport
        {
            PeriodStart = date.Value,
            Status = status!.Value,
            StartedOn = startedOn,
            InvestmentThisPeriod = thisPeriod!.Value,
            InvestmentCumulative = cumulative!.Value,
            ProgressText = Text(ReportSheet.Progress),
            ProgressPercent = percent ?? 0m,
            Workers = workers is { } count ? (int)count : 0,
            Problems = Text(ReportSheet.Problems) is { Length: > 0 } p ? p : null,
        };
        var matter = Text(ReportSheet.Coordination);
        var unit = Text(ReportSheet.CoordinationUnit);
        if (matter.Length > 0 || unit.Length > 0 || due is not null)
        {
            report.Coordination.Add(new CoordinationItem { Matter = matter, ResponsibleUnit = unit, DueDate = due });
        }
        return new SheetReportRow(row, key, date, report, problems);
    }

    /// <summary>A header as written, without spaces, line breaks or a leading “*” for required.</summary>
    private static string Clean(string header) => header.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal)
        .Replace("\r", "", StringComparison.Ordinal).TrimStart('*').Trim();
}
