using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Dispatch;
using Reserve.Dispatch.Web.Forms;
using Reserve.WebKit.Security;

namespace Reserve.Dispatch.Web.Pages.Dispatch;

/// <summary>The year's targets, set by 发改委 reviewers in the page; everyone who sees the dashboard sees them and the gap.</summary>
[Authorize(Policy = Policies.Dashboards)]
internal sealed class TargetsModel(IDispatchService dispatch, DispatchAccess access) : PageModel
{
    [BindProperty] public TargetForm Form { get; set; } = new();
    [BindProperty] public int? Version { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public int PlanYear => Year ?? access.Today.Year;
    public bool MayEdit => DispatchAccess.MaySetTargets(User);
    public Stored<DispatchTarget>? Stored { get; private set; }
    public TargetProgress? Progress { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<DispatchProblem> Problems { get; private set; } = [];

    public string? ProblemOf(string field) => Problems.Where(p => p.Field == field).Select(p => p.Message).FirstOrDefault();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Form = TargetForm.From(Stored?.Item);
        Version = Stored?.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return this.Refuse(StatusCodes.Status403Forbidden, "调度目标由发改委审核员设定");
        }
        var (target, problems) = Form.ToTarget(PlanYear);
        var result = target is null ? null : await access.SaveTargetAsync(User, target, Version, cancellationToken);
        if (result?.Saved is not null)
        {
            TempData["Flash"] = $"已保存{PlanYear}年度调度目标";
            return Redirect($"/dispatch/targets?year={PlanYear}");
        }
        await LoadAsync(cancellationToken);
        (Error, Problems) = result is null ? ($"有 {problems.Count} 处需要修改，调度目标未保存", problems) : (result.Problem, result.Problems);
        Response.StatusCode = result?.Status ?? StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Stored = await dispatch.FindTargetAsync(PlanYear, cancellationToken);
        var asOf = PlanYear == access.Today.Year ? access.Today : new DateOnly(PlanYear, 12, 31);
        var metrics = await dispatch.MetricsAsync(asOf, PlanYear, cancellationToken);
        // A clerk sees the department's own figures against the city's target, as on the dashboard.
        var figures = User.ScopeDepartment() is { } department ? metrics.ByDepartment.FirstOrDefault(d => d.Group == department) : metrics.Overall;
        Progress = TargetProgress.Of(Stored?.Item, figures, asOf);
    }
}
