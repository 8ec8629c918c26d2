using Reserve.Sdk.Projects;
using Reserve.Rendering;

namespace Reserve.Dispatch;

/// <summary>
/// The public face of 项目调度 (docs/dispatch.md): the year's plan projects, their period reports, the start
/// plans of projects that have not started, and what is read from them — missing reports, metrics, the
/// not-started list, dashboard charts, and the 日报/周报/月报 as DOCX, HTML and XLSX. Dates left null mean
/// today by the injected <see cref="TimeProvider"/>. Every save validates (Chinese messages naming the field),
/// refuses a stale version instead of overwriting, and writes an audit entry (who, when, before, after).
/// </summary>
public interface IDispatchService
{
    /// <summary>Adds (Id 0) or updates a plan project; the reserve project must exist, once per year.</summary>
    Task<DispatchSaveOutcome<PlanProject>> SavePlanProjectAsync(PlanProject project, int? expectedVersion, string user, CancellationToken cancellationToken = default);

    Task<Stored<PlanProject>?> FindPlanProjectAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The plan projects of a year, optionally of one department, one 包抓领导 or one tier, by reserve id.</summary>
    Task<IReadOnlyList<Stored<PlanProject>>> ListPlanProjectsAsync(int year, string? department = null, string? leader = null, PlanTier? tier = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps the year plans' 计划开工 with the reserve's: each plan project made from one of <paramref name="records"/>, of the
    /// year its 计划开工时间 falls in and not 续建, takes that date when it differs (audited as <paramref name="user"/>). A
    /// date of another year leaves the plan as it is; the pages show both, labelled, where they differ. Returns how many changed.
    /// </summary>
    Task<int> FollowReserveStartAsync(IReadOnlyList<ProjectRecord> records, string user, CancellationToken cancellationToken = default);

    /// <summary>The plan projects made from reserve project <paramref name="reserveProjectId"/> (the link back from the reserve), latest year first.</summary>
    Task<IReadOnlyList<Stored<PlanProject>>> PlanProjectsOfReserveAsync(string reserveProjectId, CancellationToken cancellationToken = default);

    /// <summary>The targets 发改委 set for <paramref name="year"/>, or null when none are set.</summary>
    Task<Stored<DispatchTarget>?> FindTargetAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>Sets the targets of a year (one row per year; a later save names the version it edited).</summary>
    Task<DispatchSaveOutcome<DispatchTarget>> SaveTargetAsync(DispatchTarget target, int? expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads an XLSX of period reports (<see cref="Import.ReportSheet"/>) and checks every row as the report form
    /// would, without storing anything. <paramref name="department"/>: a clerk's department (rows of other
    /// departments' projects are refused), or null for the whole city.
    /// </summary>
    Task<Import.ReportImportPreview> PreviewReportImportAsync(Stream xlsx, string? department, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the rows of an XLSX of period reports in one transaction: every row when
    /// <paramref name="validOnly"/> is false (and nothing at all if any row has a problem), or only the valid rows.
    /// </summary>
    Task<Import.ReportImportResult> ImportReportsAsync(Stream xlsx, string? department, bool validOnly, string user, CancellationToken cancellationToken = default);

    /// <summary>The import template: the header and one row per plan project (of the department, when given) for the period of <paramref name="date"/>.</summary>
    Task<byte[]> ReportImportTemplateAsync(string? department, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a period report. The period is the one of the project's cadence that contains
    /// <see cref="PeriodReport.PeriodStart"/> (any date inside it will do). The first save of a period creates it
    /// (<paramref name="expectedVersion"/> null); a later save is an update and must name the version it edited.
    /// </summary>
    Task<DispatchSaveOutcome<PeriodReport>> SaveReportAsync(PeriodReport report, int? expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>The report of the period (of the project's cadence) containing <paramref name="dateInPeriod"/>, or null.</summary>
    Task<Stored<PeriodReport>?> FindReportAsync(long planProjectId, DateOnly dateInPeriod, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Stored<PeriodReport>>> ListReportsAsync(long planProjectId, CancellationToken cancellationToken = default);

    /// <summary>Stores the 症结, 措施 and 倒排工期 of a plan project (one per project; later saves name the version).</summary>
    Task<DispatchSaveOutcome<StartPlan>> SaveStartPlanAsync(StartPlan plan, int? expectedVersion, string user, CancellationToken cancellationToken = default);

    Task<Stored<StartPlan>?> FindStartPlanAsync(long planProjectId, CancellationToken cancellationToken = default);

    /// <summary>The audit of one item: <paramref name="entity"/> is <c>plan</c>, <c>report</c> or <c>startPlan</c>.</summary>
    Task<IReadOnlyList<DispatchAuditEntry>> AuditAsync(string entity, long id, CancellationToken cancellationToken = default);

    /// <summary>Which projects lack the report of their due period on <paramref name="date"/>, by department and by 包抓领导.</summary>
    Task<MissingReportList> MissingReportsAsync(DateOnly? date = null, CancellationToken cancellationToken = default);

    /// <summary>The metrics of plan year <paramref name="year"/> (default: the as-of date's year) as of <paramref name="asOf"/>.</summary>
    Task<DispatchMetrics> MetricsAsync(DateOnly? asOf = null, int? year = null, CancellationToken cancellationToken = default);

    /// <summary>Projects planned to start this year that have not, with 症结, 措施 and overdue milestones flagged.</summary>
    Task<IReadOnlyList<NotStartedProject>> NotStartedAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default);

    Task<DashboardCharts> ChartsAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// What the dashboard shows as of <paramref name="asOf"/> (today when null): the metrics, the missing reports, the
    /// charts and the year's targets, computed once per change of the dispatch data and shared by every reader.
    /// </summary>
    Task<DispatchDashboardFigures> DashboardAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The 日报/周报/月报 of the period containing <paramref name="date"/>, as <c>docx</c>, <c>html</c> or <c>xlsx</c>.
    /// Figures are as of the period's last day (or today, when the period is still running).
    /// </summary>
    Task<DispatchFile> ReportAsync(DispatchReportKind kind, DateOnly date, string format, DocumentMode mode = DocumentMode.Final,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The demo hook: stores ready demo plan projects of <paramref name="year"/> with their period reports and start
    /// plans, when the dispatch store has no plan project of that year. Returns how many plan projects it added (0 when
    /// it already had some).
    /// </summary>
    Task<int> SeedDemoAsync(int year, IReadOnlyList<DemoPlanItem> items, string user, CancellationToken cancellationToken = default);
}
