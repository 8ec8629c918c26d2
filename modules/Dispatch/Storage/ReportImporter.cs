using Microsoft.EntityFrameworkCore;
using Reserve.Dispatch.Import;
using Reserve.Dispatch.Validation;

namespace Reserve.Dispatch.Storage;

/// <summary>
/// Checks the rows of a period-report sheet against the store, exactly as the report form would, without
/// writing: each row must name one plan project (by name or reserve id) of the user's department, for a period
/// not yet reported and not in the future, and must chain with the reports around it — the stored ones and the
/// valid rows above it in the same file (so a month of weeks imports in one go).
/// </summary>
internal sealed class ReportImporter(DispatchOptions options, DateOnly today)
{
    /// <summary>A valid row, ready to store.</summary>
    public sealed record Accepted(int Row, PlanProject Project, PeriodReport Report);

    public async Task<(ReportImportPreview Preview, List<Accepted> Accepted)> CheckAsync(DispatchDbContext db, Stream xlsx, string? department,
        CancellationToken cancellationToken)
    {
        var reader = new ReportSheetReader();
        var rows = reader.Read(xlsx);
        if (reader.FileProblems.Count > 0)
        {
            return (new ReportImportPreview([], reader.FileProblems), []);
        }
        var keys = rows.Select(r => r.ProjectKey).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var candidates = new List<PlanProject>();
        foreach (var chunk in keys.Chunk(500))
        {
            candidates.AddRange(await db.PlanProjects.AsNoTracking()
                .Where(p => chunk.Contains(p.Name) || chunk.Contains(p.ReserveProjectId)).ToListAsync(cancellationToken));
        }
        var ids = candidates.Select(p => p.Id).ToList();
        var stored = new List<PeriodReport>();
        foreach (var chunk in ids.Chunk(500))
        {
            stored.AddRange(await db.Reports.AsNoTracking().Where(r => chunk.Contains(r.PlanProjectId)).ToListAsync(cancellationToken));
        }
        var reports = stored.GroupBy(r => r.PlanProjectId).ToDictionary(g => g.Key, g => g.ToList());
        var previews = new List<ImportRowPreview>();
        var accepted = new List<Accepted>();
        // Rows of one project are checked in period order, so each chains with the one before it whatever the sheet's order.
        foreach (var row in rows.OrderBy(r => r.Date ?? DateOnly.MaxValue).ThenBy(r => r.Row))
        {
            // The project is looked up even when a figure is unreadable, so the preview names it and its period.
            var project = row.Date is null || row.ProjectKey.Length == 0 ? null : Resolve(row, candidates, department, reader);
            if (project is not null && row.Report is { } report)
            {
                Check(row, project, report, reports.TryGetValue(project.Id, out var list) ? list : reports[project.Id] = [], reader);
                if (row.Problems.Count == 0)
                {
                    accepted.Add(new Accepted(row.Row, project, report));
                }
            }
            var period = project is null ? "" : ReportPeriod.Containing(options.CadenceOf(project.Tier), row.Date!.Value).Label;
            previews.Add(new ImportRowPreview(row.Row, project?.Name ?? row.ProjectKey, period,
                row.Report?.InvestmentThisPeriod, row.Report?.InvestmentCumulative,
                row.Report is null ? "" : Sdk.Projects.ZhNames<ConstructionStatus>.Of(row.Report.Status), row.Problems));
        }
        return (new ReportImportPreview(previews.OrderBy(p => p.Row).ToList(), []), accepted);
    }

    private PlanProject? Resolve(SheetReportRow row, List<PlanProject> candidates, string? department, ReportSheetReader reader)
    {
        var date = row.Date!.Value;
        var matches = candidates
            .Where(p => (p.Name == row.ProjectKey || p.ReserveProjectId == row.ProjectKey)
                && ReportPeriod.Containing(options.CadenceOf(p.Tier), date).Year == p.Year)
            .ToList();
        void Problem(string message) => row.Problems.Add(new ImportCellProblem(row.Row, reader.LetterOf(ReportSheet.Project), ReportSheet.Project, message));
        if (matches.Count == 0)
        {
            Problem($"“{row.ProjectKey}”不是{date.Year}年度计划中的项目（请填写计划项目名称或储备编号）");
            return null;
        }
        if (matches.Count > 1)
        {
            Problem($"“{row.ProjectKey}”对应{matches.Count}个计划项目，请改填储备编号");
            return null;
        }
        if (department is not null && matches[0].Department != department)
        {
            Problem($"“{matches[0].Name}”属于{matches[0].Department}，不是本部门的计划项目");
            return null;
        }
        return matches[0];
    }

    private void Check(SheetReportRow row, PlanProject project, PeriodReport report, List<PeriodReport> reports, ReportSheetReader reader)
    {
        var period = ReportPeriod.Containing(options.CadenceOf(project.Tier), report.PeriodStart);
        report.PlanProjectId = project.Id;
        report.Cadence = period.Cadence;
        report.PeriodStart = period.Start;
        report.PeriodEnd = period.End;
        report.FiledLate = today > options.DueDate(period);
        void Problem(string header, string message) => row.Problems.Add(new ImportCellProblem(row.Row, reader.LetterOf(header), header, message));
        if (reports.Any(r => r.PeriodStart == period.Start))
        {
            Problem(ReportSheet.Period, $"“{project.Name}”{period.Label}的调度报告已填报（或本表中重复），导入不覆盖已有报告，请在项目页面修改");
            return;
        }
        var ordered = reports.OrderBy(r => r.PeriodStart).ToList();
        var previous = ordered.LastOrDefault(r => r.PeriodStart < period.Start);
        var next = ordered.FirstOrDefault(r => r.PeriodStart > period.Start);
        var earlierStart = ordered.Where(r => r.PeriodStart < period.Start).Select(r => r.StartedOn).FirstOrDefault(d => d is not null);
        foreach (var problem in ReportValidator.Validate(report, project, previous, next, earlierStart, today))
        {
            var header = ReportSheet.HeaderOfField(problem.Field);
            row.Problems.Add(new ImportCellProblem(row.Row, header is null ? "" : reader.LetterOf(header), header ?? problem.Field, problem.Message));
        }
        if (row.Problems.Count == 0)
        {
            reports.Add(report);
        }
    }
}
