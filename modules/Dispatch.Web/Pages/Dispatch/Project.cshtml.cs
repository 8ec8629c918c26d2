using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Dispatch;
using Reserve.Dispatch.Web.Forms;
using Reserve.WebKit.Security;

namespace Reserve.Dispatch.Web.Pages.Dispatch;

/// <summary>
/// One plan project: its period reports, its start plan, and — for the department's clerk — the form for the
/// current period's report. On any refusal (a field, a stale version) the form comes back as typed.
/// </summary>
[Authorize(Policy = Policies.Dashboards)]
internal sealed class ProjectModel(IDispatchService dispatch, DispatchAccess access, DispatchOptions options) : PageModel
{
    [BindProperty] public ReportForm Form { get; set; } = new();
    [BindProperty] public int? Version { get; set; }

    /// <summary>Any date of the period to file (an overdue week is filed late, marked 补报); today's period when absent.</summary>
    [BindProperty(SupportsGet = true, Name = "period")] public DateOnly? PeriodDate { get; set; }

    public Stored<PlanProject> Plan { get; private set; } = null!;
    public IReadOnlyList<Stored<PeriodReport>> Reports { get; private set; } = [];
    public Stored<StartPlan>? StartPlan { get; private set; }
    public ReportPeriod CurrentPeriod { get; private set; }
    public bool MayReport { get; private set; }
    public bool MayEditPlan { get; private set; }
    public DateOnly Today => access.Today;

    /// <summary>The periods of the year up to today that have no report yet, latest first (at most a year's months or the last 12).</summary>
    public IReadOnlyList<ReportPeriod> Unreported { get; private set; } = [];

    /// <summary>Whether the period shown would be filed after its due date (补报).</summary>
    public bool Late => access.Today > options.DueDate(CurrentPeriod);
    public string? Error { get; private set; }
    public IReadOnlyList<DispatchProblem> Problems { get; private set; } = [];

    public string? ProblemOf(string field) => Problems.Where(p => p.Field == field).Select(p => p.Message).FirstOrDefault();

    /// <summary>Problems of fields the form has no place for (e.g. 报告期间), listed at the top.</summary>
    public IEnumerable<DispatchProblem> OtherProblems(IReadOnlySet<string> shown) => Problems.Where(p => !shown.Contains(p.Field));

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var current = Reports.FirstOrDefault(r => r.Item.PeriodStart == CurrentPeriod.Start);
        var previous = Reports.Where(r => r.Item.PeriodStart < CurrentPeriod.Start).MaxBy(r => r.Item.PeriodStart);
        Form = ReportForm.For(current?.Item, previous?.Item);
        Version = current?.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!MayReport)
        {
            return this.Refuse(StatusCodes.Status403Forbidden, "只有本部门的填报员可以填报调度报告");
        }
        if (CurrentPeriod.Start > access.Today)
        {
            return this.Refuse(StatusCodes.Status422UnprocessableEntity, $"{CurrentPeriod.Label}尚未开始，不能提前填报");
        }
        var (report, problems) = Form.ToReport(CurrentPeriod.Start);
        if (report is null)
        {
            Problems = problems;
            Error = $"有 {problems.Count} 处需要修改，调度报告未保存";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var result = await access.SaveReportAsync(User, id, report, Version, cancellationToken);
        if (result.Saved is { } saved)
        {
            TempData["Flash"] = $"已保存 {saved.Item.Period.Label} 的调度报告" + (saved.Item.FiledLate ? "（补报）" : "");
            return Redirect($"/dispatch/projects/{id}");
        }
        Problems = result.Problems;
        Error = result.Status == StatusCodes.Status409Conflict ? result.Problem + "。请刷新页面，核对他人保存的内容后再修改。" : result.Problem;
        Response.StatusCode = result.Status;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var read = await access.ReadAsync(User, id, cancellationToken);
        if (read.Plan is not { } plan)
        {
            return this.Refuse(read.Status, read.Problem!);
        }
        Plan = plan;
        Reports = (await dispatch.ListReportsAsync(id, cancellationToken)).OrderByDescending(r => r.Item.PeriodStart).ToList();
        StartPlan = await dispatch.FindStartPlanAsync(id, cancellationToken);
        var cadence = options.CadenceOf(plan.Item.Tier);
        CurrentPeriod = ReportPeriod.Containing(cadence, PeriodDate ?? access.Today);
        MayReport = DispatchAccess.MayReport(User, plan.Item);
        MayEditPlan = DispatchAccess.MayEditPlan(User, plan.Item);
        var reported = Reports.Select(r => r.Item.PeriodStart).ToHashSet();
        var unreported = new List<ReportPeriod>();
        for (var p = ReportPeriod.Containing(cadence, access.Today); unreported.Count < 12 && p.Year == plan.Item.Year && p.End >= plan.Item.ReportsFrom; p = p.Previous())
        {
            if (!reported.Contains(p.Start) && options.DueDate(p) < access.Today)
            {
                unreported.Add(p);
            }
        }
        Unreported = unreported;
        return null;
    }
}
