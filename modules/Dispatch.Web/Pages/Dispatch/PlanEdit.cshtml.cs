using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Dispatch;
using Reserve.Dispatch.Web.Forms;
using Reserve.WebKit.Security;
using Reserve.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Dispatch.Web.Pages.Dispatch;

/// <summary>
/// Enter or edit a plan project (年度计划项目): new, or from a reserve project in one click (<c>?reserve=…</c>:
/// name, department, unit, field and planned start taken from it; the reserve page links back). A clerk enters
/// the department's own; 发改委 reviewers any. On a refusal the form comes back as typed.
/// </summary>
[Authorize(Policy = Policies.Dashboards)]
internal sealed class PlanEditModel(DispatchAccess access, DispatchOptions options, IProjectReserve reserve) : PageModel
{
    [BindProperty] public PlanForm Form { get; set; } = new();
    [BindProperty] public int? Version { get; set; }

    public long Id { get; private set; }
    public IReadOnlyList<string> Leaders { get; private set; } = [];
    public string? Error { get; private set; }
    public IReadOnlyList<DispatchProblem> Problems { get; private set; } = [];
    public DispatchOptions Options => options;

    public string? ProblemOf(string field) => Problems.Where(p => p.Field == field).Select(p => p.Message).FirstOrDefault();

    public async Task<IActionResult> OnGetAsync(long? id, string? reserveId, CancellationToken cancellationToken)
    {
        if (User.Role() is not (Accounts.Role.DepartmentClerk or Accounts.Role.Reviewer))
        {
            return this.Refuse(StatusCodes.Status403Forbidden, "只有部门填报员或发改委审核员可以录入计划项目");
        }
        Leaders = await access.LeaderChoicesAsync(cancellationToken);
        if (id is { } existing)
        {
            var read = await access.ReadAsync(User, existing, cancellationToken);
            if (read.Plan is not { } plan)
            {
                return this.Refuse(read.Status, read.Problem!);
            }
            if (!DispatchAccess.MayEditPlan(User, plan.Item))
            {
                return this.Refuse(StatusCodes.Status403Forbidden, "只有本部门填报员或发改委审核员可以修改计划项目");
            }
            (Id, Form, Version) = (existing, PlanForm.From(plan.Item), plan.Version);
            return Page();
        }
        var year = access.Today.Year;
        if (!string.IsNullOrWhiteSpace(reserveId))
        {
            if (await reserve.FindAsync(reserveId, cancellationToken) is not { } stored)
            {
                return this.Refuse(StatusCodes.Status404NotFound, $"储备库中没有编号为“{reserveId}”的项目");
            }
            if (User.ScopeDepartment() is { } own && stored.Record.Department != own)
            {
                return this.Refuse(StatusCodes.Status403Forbidden, "不能把其他部门的储备项目列入本部门计划");
            }
            var kind = stored.Record.Stage is Sdk.Projects.ProjectStage.Continuing ? PlanKind.Continuing : PlanKind.NewStart;
            var from = PlanProject.FromReserve(stored.Record, year, PlanTier.MunicipalAnnual, kind, 0m);
            if (from.PlannedStart is { } start && start.Year != year)
            {
                from.PlannedStart = null;
            }
            if (!Leaders.Contains(from.Leader, StringComparer.Ordinal))
            {
                from.Leader = "";
            }
            Form = PlanForm.From(from);
            Form.AnnualPlanInvestment = "";
            return Page();
        }
        Form = new PlanForm { Year = year.ToString(System.Globalization.CultureInfo.InvariantCulture), Department = User.ScopeDepartment(), Tier = nameof(PlanTier.MunicipalAnnual), Kind = nameof(PlanKind.NewStart) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken cancellationToken)
    {
        Id = id ?? 0;
        Leaders = await access.LeaderChoicesAsync(cancellationToken);
        var (project, problems) = Form.ToProject(Id);
        if (project is null)
        {
            return Refused(StatusCodes.Status422UnprocessableEntity, $"有 {problems.Count} 处需要修改，计划项目未保存", problems);
        }
        var result = await access.SavePlanAsync(User, project, Id == 0 ? null : Version, cancellationToken);
        if (result.Saved is { } saved)
        {
            TempData["Flash"] = $"已保存计划项目“{saved.Item.Name}”（{ZhNames<PlanTier>.Of(saved.Item.Tier)}，{ZhNames<ReportCadence>.Of(options.CadenceOf(saved.Item.Tier))}）";
            return Redirect($"/dispatch/projects/{saved.Item.Id}");
        }
        if (result.Status is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound)
        {
            return this.Refuse(result.Status, result.Problem!);
        }
        return Refused(result.Status, result.Status == StatusCodes.Status409Conflict ? result.Problem + "。请刷新页面后再修改。" : result.Problem!, result.Problems);
    }

    private PageResult Refused(int status, string error, IReadOnlyList<DispatchProblem> problems)
    {
        (Error, Problems) = (error, problems);
        Response.StatusCode = status;
        return Page();
    }
}
