using Microsoft.EntityFrameworkCore;
using Reserve.Dispatch.Import;
using Reserve.Dispatch.Metrics;
using Reserve.Dispatch.Reports;
using Reserve.Dispatch.Tracking;
using Reserve.Dispatch.Validation;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Rendering;
using Reserve.Sdk.Projects;

namespace Reserve.Dispatch.Storage;

internal sealed class DispatchService(
    IDbContextFactory<DispatchDbContext> contexts,
    IProjectReserve reserve,
    DispatchOptions options,
    TimeProvider clock,
    ChangeStamps stamps) : IDispatchService
{
    /// <summary>The dispatch data's change stamp: the audit log's highest id (see <see cref="ChangeSnapshots{T}"/>).</summary>
    internal const string AuditStamp = "dispatch.audit";

    // The dashboards, the missing-report list, the charts and the period reports read the same years of plan projects and reports.
    private readonly ChangeSnapshots<IReadOnlyList<ProjectHistory>> _histories = new(clock);
    private readonly ChangeSnapshots<DispatchDashboardFigures> _dashboards = new(clock);

    private const string PlanEntity = "plan", ReportEntity = "report", StartPlanEntity = "startPlan", TargetEntity = "target";

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<DispatchSaveOutcome<PlanProject>> SavePlanProjectAsync(PlanProject project, int? expectedVersion, string user, CancellationToken cancellationToken = default)
    {
        var problems = PlanProjectValidator.Validate(project).ToList();
        if (!string.IsNullOrWhiteSpace(project.ReserveProjectId) && await reserve.FindAsync(project.ReserveProjectId, cancellationToken) is null)
        {
            problems.Add(new DispatchProblem("储备项目编号", $"储备库中没有编号为“{project.ReserveProjectId}”的项目"));
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        project.ReserveProjectId = project.ReserveProjectId?.Trim() ?? "";
        var twin = project.ReserveProjectId.Length == 0 ? null : await db.PlanProjects.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Year == project.Year && p.ReserveProjectId == project.ReserveProjectId && p.Id != project.Id, cancellationToken);
        if (twin is not null)
        {
            problems.Add(new DispatchProblem("储备项目编号", $"储备项目“{project.ReserveProjectId}”已在{project.Year}年度计划中（{twin.Name}），同一项目每年只列一次"));
        }
        if (problems.Count > 0)
        {
            return DispatchSaveOutcome<PlanProject>.Invalid(problems);
        }
        var existing = project.Id == 0 ? null : await db.PlanProjects.FirstOrDefaultAsync(p => p.Id == project.Id, cancellationToken);
        if (project.Id != 0 && existing is null)
        {
            return DispatchSaveOutcome<PlanProject>.Conflicted($"计划项目（编号{project.Id}）不存在，可能已被删除");
        }
        var conflict = await VersionedWriter.SaveAsync(db, project, existing, expectedVersion, user, Now, PlanEntity,
            $"计划项目“{project.Name}”", p => p.Id, cancellationToken);
        return conflict is not null
            ? DispatchSaveOutcome<PlanProject>.Conflicted(conflict)
            : new((await FindPlanProjectAsync((existing ?? project).Id, cancellationToken))!, [], null);
    }

    public async Task<Stored<PlanProject>?> FindPlanProjectAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await VersionedWriter.FindAsync(db.PlanProjects.Where(p => p.Id == id), cancellationToken);
    }

    public async Task<IReadOnlyList<Stored<PlanProject>>> ListPlanProjectsAsync(int year, string? department = null, string? leader = null, PlanTier? tier = null,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = db.PlanProjects.Where(p => p.Year == year);
        if (!string.IsNullOrWhiteSpace(department))
        {
            q = q.Where(p => p.Department == department);
        }
        if (!string.IsNullOrWhiteSpace(leader))
        {
            q = q.Where(p => p.Leader == leader);
        }
        if (tier is { } t)
        {
            q = q.Where(p => p.Tier == t);
        }
        return await VersionedWriter.ListAsync(q.OrderBy(p => p.ReserveProjectId), cancellationToken);
    }

    public async Task<DispatchSaveOutcome<PeriodReport>> SaveReportAsync(PeriodReport report, int? expectedVersion, string user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var project = await db.PlanProjects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == report.PlanProjectId, cancellationToken);
        if (project is null)
        {
            return DispatchSaveOutcome<PeriodReport>.Invalid([new DispatchProblem("计划项目", $"编号为{report.PlanProjectId}的计划项目不存在")]);
        }
        var period = ReportPeriod.Containing(options.CadenceOf(project.Tier), report.PeriodStart);
        report.Cadence = period.Cadence;
        report.PeriodStart = period.Start;
        report.PeriodEnd = period.End;
        var others = await db.Reports.AsNoTracking().Where(r => r.PlanProjectId == project.Id).OrderBy(r => r.PeriodStart).ToListAsync(cancellationToken);
        var previous = others.LastOrDefault(r => r.PeriodStart < period.Start);
        var next = others.FirstOrDefault(r => r.PeriodStart > period.Start);
        var earlierStart = others.Where(r => r.PeriodStart < period.Start).Select(r => r.StartedOn).FirstOrDefault(d => d is not null);
        var problems = ReportValidator.Validate(report, project, previous, next, earlierStart, Today);
        if (problems.Count > 0)
        {
            return DispatchSaveOutcome<PeriodReport>.Invalid(problems);
        }
        var existing = await db.Reports.FirstOrDefaultAsync(r => r.PlanProjectId == project.Id && r.Cadence == period.Cadence && r.PeriodStart == period.Start, cancellationToken);
        report.Id = existing?.Id ?? 0;
        // 补报 is decided once, when the report is first filed, and stays with it.
        report.FiledLate = existing?.FiledLate ?? Today > options.DueDate(period);
        var conflict = await VersionedWriter.SaveAsync(db, report, existing, expectedVersion, user, Now, ReportEntity,
            $"“{project.Name}”{period.Label}的调度报告", r => r.Id, cancellationToken);
        return conflict is not null
            ? DispatchSaveOutcome<PeriodReport>.Conflicted(conflict)
            : new((await VersionedWriter.FindAsync(db.Reports.Where(r => r.Id == (existing ?? report).Id), cancellationToken))!, [], null);
    }

    public async Task<Stored<PeriodReport>?> FindReportAsync(long planProjectId, DateOnly dateInPeriod, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var project = await db.PlanProjects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planProjectId, cancellationToken);
        if (project is null)
        {
            return null;
        }
        var period = ReportPeriod.Containing(options.CadenceOf(project.Tier), dateInPeriod);
        return await VersionedWriter.FindAsync(db.Reports.Where(r => r.PlanProjectId == planProjectId && r.Cadence == period.Cadence && r.PeriodStart == period.Start), cancellationToken);
    }

    public async Task<int> FollowReserveStartAsync(IReadOnlyList<ProjectRecord> records, string user, CancellationToken cancellationToken = default)
    {
        var starts = records.Where(r => r.Id is not null && r.PlannedStart is not null)
            .GroupBy(r => r.Id!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().PlannedStart!.Value, StringComparer.Ordinal);
        var changed = 0;
        foreach (var batch in starts.Keys.Chunk(500))
        {
            List<(long Id, string Reserve)> linked;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                linked = (await db.PlanProjects.AsNoTracking()
                        .Where(p => batch.Contains(p.ReserveProjectId) && p.Kind != PlanKind.Continuing)
                        .Select(p => new { p.Id, p.ReserveProjectId, p.Year, p.PlannedStart })
                        .ToListAsync(cancellationToken))
                    .Where(p => starts[p.ReserveProjectId].Year == p.Year && p.PlannedStart != starts[p.ReserveProjectId])
                    .Select(p => (p.Id, p.ReserveProjectId))
                    .ToList();
            }
            foreach (var (id, reserveId) in linked)
            {
                if (await FindPlanProjectAsync(id, cancellationToken) is not { } stored)
                {
                    continue;
                }
                stored.Item.PlannedStart = starts[reserveId];
                // A plan edited at the same moment keeps its edit; the pages then show the two dates side by side.
                if ((await SavePlanProjectAsync(stored.Item, stored.Version, user, cancellationToken)).Succeeded)
                {
                    changed++;
                }
            }
        }
        return changed;
    }

    public async Task<IReadOnlyList<Stored<PlanProject>>> PlanProjectsOfReserveAsync(string reserveProjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await VersionedWriter.ListAsync(db.PlanProjects.Where(p => p.ReserveProjectId == reserveProjectId).OrderByDescending(p => p.Year), cancellationToken);
    }

    public async Task<Stored<DispatchTarget>?> FindTargetAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await VersionedWriter.FindAsync(db.Targets.Where(t => t.Year == year), cancellationToken);
    }

    public async Task<DispatchSaveOutcome<DispatchTarget>> SaveTargetAsync(DispatchTarget target, int? expectedVersion, string user, CancellationToken cancellationToken = default)
    {
        var problems = TargetValidator.Validate(target);
        if (problems.Count > 0)
        {
            return DispatchSaveOutcome<DispatchTarget>.Invalid(problems);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Targets.FirstOrDefaultAsync(t => t.Year == target.Year, cancellationToken);
        target.Id = existing?.Id ?? 0;
        var conflict = await VersionedWriter.SaveAsync(db, target, existing, expectedVersion, user, Now, TargetEntity,
            $"{target.Year}年度调度目标", t => t.Id, cancellationToken);
        return conflict is not null
            ? DispatchSaveOutcome<DispatchTarget>.Conflicted(conflict)
            : new((await FindTargetAsync(target.Year, cancellationToken))!, [], null);
    }

    public async Task<ReportImportPreview> PreviewReportImportAsync(Stream xlsx, string? department, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await new ReportImporter(options, Today).CheckAsync(db, xlsx, department, cancellationToken)).Preview;
    }

    public async Task<ReportImportResult> ImportReportsAsync(Stream xlsx, string? department, bool validOnly, string user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (preview, accepted) = await new ReportImporter(options, Today).CheckAsync(db, xlsx, department, cancellationToken);
        if (!preview.Readable)
        {
            return new ReportImportResult(0, preview, "文件无法导入：" + string.Join("；", preview.FileProblems));
        }
        if (!validOnly && preview.InvalidRows > 0)
        {
            return new ReportImportResult(0, preview, $"有 {preview.InvalidRows} 行存在问题，按“全部导入”的要求一行也未保存；请修改后重新上传，或选择“只导入无误的行”");
        }
        if (accepted.Count == 0)
        {
            return new ReportImportResult(0, preview, "没有可以导入的行");
        }
        var refusal = await VersionedWriter.AddAllAsync(db, accepted.Select(a => a.Report).ToList(), user, Now, ReportEntity, "导入", r => r.Id, cancellationToken);
        return new ReportImportResult(refusal is null ? accepted.Count : 0, preview, refusal);
    }

    public async Task<byte[]> ReportImportTemplateAsync(string? department, DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = db.PlanProjects.AsNoTracking().Where(p => p.Year == date.Year);
        if (!string.IsNullOrWhiteSpace(department))
        {
            q = q.Where(p => p.Department == department);
        }
        // The template lists the projects to fill; a sheet of more than a few thousand rows is no one's weekly form.
        var projects = await q.OrderBy(p => p.Department).ThenBy(p => p.Name).Take(ReportTemplate.MaxRows)
            .Select(p => new { p.Name, p.ReserveProjectId, p.Tier }).ToListAsync(cancellationToken);
        return ReportTemplate.Write(date, projects.Select(p => (p.ReserveProjectId.Length > 0 ? p.ReserveProjectId : p.Name,
            ReportPeriod.Containing(options.CadenceOf(p.Tier), date).Start)).ToList());
    }

    public async Task<IReadOnlyList<Stored<PeriodReport>>> ListReportsAsync(long planProjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await VersionedWriter.ListAsync(db.Reports.Where(r => r.PlanProjectId == planProjectId).OrderBy(r => r.PeriodStart), cancellationToken);
    }

    public async Task<DispatchSaveOutcome<StartPlan>> SaveStartPlanAsync(StartPlan plan, int? expectedVersion, string user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var project = await db.PlanProjects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == plan.PlanProjectId, cancellationToken);
        var problems = StartPlanValidator.Validate(plan, Today).ToList();
        if (project is null)
        {
            problems.Insert(0, new DispatchProblem("计划项目", $"编号为{plan.PlanProjectId}的计划项目不存在"));
        }
        if (problems.Count > 0)
        {
            return DispatchSaveOutcome<StartPlan>.Invalid(problems);
        }
        plan.Milestones = plan.Milestones.OrderBy(m => m.DueDate).ToList();
        var existing = await db.StartPlans.FirstOrDefaultAsync(s => s.PlanProjectId == plan.PlanProjectId, cancellationToken);
        plan.Id = existing?.Id ?? 0;
        var conflict = await VersionedWriter.SaveAsync(db, plan, existing, expectedVersion, user, Now, StartPlanEntity,
            $"“{project!.Name}”的倒排计划", s => s.Id, cancellationToken);
        return conflict is not null
            ? DispatchSaveOutcome<StartPlan>.Conflicted(conflict)
            : new((await FindStartPlanAsync(plan.PlanProjectId, cancellationToken))!, [], null);
    }

    public async Task<Stored<StartPlan>?> FindStartPlanAsync(long planProjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await VersionedWriter.FindAsync(db.StartPlans.Where(s => s.PlanProjectId == planProjectId), cancellationToken);
    }

    public async Task<IReadOnlyList<DispatchAuditEntry>> AuditAsync(string entity, long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Audit.AsNoTracking().Where(a => a.Entity == entity && a.EntityId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return rows.Select(a => new DispatchAuditEntry(a.Id, a.Entity, a.EntityId, a.Action, a.User, a.AtUtc, a.Before, a.After)).ToList();
    }

    public async Task<MissingReportList> MissingReportsAsync(DateOnly? date = null, CancellationToken cancellationToken = default)
    {
        var day = date ?? Today;
        var histories = await HistoriesAsync([day.Year - 1, day.Year], cancellationToken);
        return new MissingReportFinder(options).Find(histories, day);
    }

    public async Task<DispatchMetrics> MetricsAsync(DateOnly? asOf = null, int? year = null, CancellationToken cancellationToken = default)
    {
        var day = asOf ?? Today;
        var planYear = year ?? day.Year;
        var target = await FindTargetAsync(planYear, cancellationToken);
        return new MetricCalculator(options).Compute(planYear, day, await HistoriesAsync([planYear], cancellationToken), target?.Item.GrowthPercent);
    }

    public async Task<IReadOnlyList<NotStartedProject>> NotStartedAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = asOf ?? Today;
        var histories = await HistoriesAsync([day.Year], cancellationToken);
        return NotStartedFinder.Find(histories, await StartPlansAsync(histories, cancellationToken), day);
    }

    public async Task<DashboardCharts> ChartsAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = asOf ?? Today;
        var histories = await HistoriesAsync([day.Year - 1, day.Year], cancellationToken);
        var target = await FindTargetAsync(day.Year, cancellationToken);
        var metrics = new MetricCalculator(options).Compute(day.Year, day, histories, target?.Item.GrowthPercent);
        return DashboardCharts.From(metrics, new MissingReportFinder(options).Find(histories, day));
    }

    public async Task<DispatchDashboardFigures> DashboardAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = asOf ?? Today;
        var revision = await RevisionAsync(cancellationToken);
        return await _dashboards.GetAsync(day.ToString("O", System.Globalization.CultureInfo.InvariantCulture), revision, async () =>
        {
            var histories = await HistoriesAsync([day.Year - 1, day.Year], revision);
            var target = await FindTargetAsync(day.Year, CancellationToken.None);
            var metrics = new MetricCalculator(options).Compute(day.Year, day, histories, target?.Item.GrowthPercent);
            var missing = new MissingReportFinder(options).Find(histories, day);
            return new DispatchDashboardFigures(metrics, missing, DashboardCharts.From(metrics, missing), target);
        });
    }

    public async Task<DispatchFile> ReportAsync(DispatchReportKind kind, DateOnly date, string format, DocumentMode mode = DocumentMode.Final,
        CancellationToken cancellationToken = default)
    {
        var period = ReportPeriod.Containing(DispatchReportScope.CadenceOf(kind), date);
        var asOf = period.End < Today ? period.End : (date > Today ? date : Today);
        var histories = await HistoriesAsync([period.Year - 1, period.Year], cancellationToken);
        var data = DispatchReportData.Build(kind, period, asOf, histories, await StartPlansAsync(histories, cancellationToken), options);
        return new DispatchReportWriter(options, clock).Write(data, format, mode, cancellationToken);
    }

    public async Task<int> SeedDemoAsync(int year, IReadOnlyList<DemoPlanItem> items, string user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.PlanProjects.AnyAsync(p => p.Year == year, cancellationToken))
        {
            return 0;
        }
        var count = 0;
        foreach (var item in items)
        {
            var saved = await SavePlanProjectAsync(item.Project, null, user, cancellationToken);
            if (!saved.Succeeded)
            {
                throw new InvalidOperationException("演示计划项目未通过校验：" + string.Join("；", saved.Problems) + saved.Conflict);
            }
            count++;
            var id = saved.Saved!.Item.Id;
            foreach (var report in item.Reports)
            {
                report.PlanProjectId = id;
                var outcome = await SaveReportAsync(report, null, user, cancellationToken);
                if (!outcome.Succeeded)
                {
                    throw new InvalidOperationException($"演示调度报告（{item.Project.Name} {report.Period.Label}）未通过校验：" + string.Join("；", outcome.Problems) + outcome.Conflict);
                }
            }
            if (item.StartPlan is { } plan)
            {
                plan.PlanProjectId = id;
                var outcome = await SaveStartPlanAsync(plan, null, user, cancellationToken);
                if (!outcome.Succeeded)
                {
                    throw new InvalidOperationException("演示倒排计划未通过校验：" + string.Join("；", outcome.Problems) + outcome.Conflict);
                }
            }
        }
        return count;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<IReadOnlyList<ProjectHistory>> HistoriesAsync(int[] years, CancellationToken cancellationToken) =>
        await HistoriesAsync(years, await RevisionAsync(cancellationToken));

    private Task<IReadOnlyList<ProjectHistory>> HistoriesAsync(int[] years, long revision) =>
        _histories.GetAsync(string.Join(',', years), revision, () => LoadHistoriesAsync(years, CancellationToken.None));

    /// <summary>The dispatch data's change stamp (<see cref="AuditStamp"/>), read with every module's by <see cref="ChangeStamps"/>.</summary>
    private async Task<long> RevisionAsync(CancellationToken cancellationToken) =>
        (await stamps.ReadAsync(cancellationToken)).Number(AuditStamp);

    private async Task<IReadOnlyList<ProjectHistory>> LoadHistoriesAsync(int[] years, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var projects = await db.PlanProjects.AsNoTracking().Where(p => years.Contains(p.Year)).OrderBy(p => p.ReserveProjectId).ToListAsync(cancellationToken);
        var ids = projects.Select(p => p.Id).ToList();
        var reports = new List<PeriodReport>();
        foreach (var chunk in ids.Chunk(500))
        {
            reports.AddRange(await db.Reports.AsNoTracking().Where(r => chunk.Contains(r.PlanProjectId)).ToListAsync(cancellationToken));
        }
        var byProject = reports.ToLookup(r => r.PlanProjectId);
        return projects.Select(p => new ProjectHistory(p, byProject[p.Id])).ToList();
    }

    private async Task<IReadOnlyDictionary<long, Stored<StartPlan>>> StartPlansAsync(IReadOnlyList<ProjectHistory> histories, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = histories.Select(h => h.Project.Id).ToList();
        var result = new Dictionary<long, Stored<StartPlan>>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var plan in await VersionedWriter.ListAsync(db.StartPlans.Where(s => chunk.Contains(s.PlanProjectId)), cancellationToken))
            {
                result[plan.Item.PlanProjectId] = plan;
            }
        }
        return result;
    }
}
