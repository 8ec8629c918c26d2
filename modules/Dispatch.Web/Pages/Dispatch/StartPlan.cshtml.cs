using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Dispatch;
using Reserve.Dispatch.Web.Forms;
using Reserve.WebKit.Security;

namespace Reserve.Dispatch.Web.Pages.Dispatch;

/// <summary>The start plan of a project not yet started: 症结, 措施 and 倒排工期 milestones, overdue ones flagged.</summary>
[Authorize(Policy = Policies.Dashboards)]
internal sealed class StartPlanModel(IDispatchService dispatch, DispatchAccess access) : PageModel
{
    [BindProperty] public StartPlanForm Form { get; set; } = new();
    [BindProperty] public int? Version { get; set; }

    public Stored<PlanProject> Plan { get; private set; } = null!;
    public StartPlan? Stored { get; private set; }
    public DateOnly Today => access.Today;
    public string? Error { get; private set; }
    public IReadOnlyList<DispatchProblem> Problems { get; private set; } = [];

    public string? ProblemOf(string field) => Problems.Where(p => p.Field == field).Select(p => p.Message).FirstOrDefault();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var stored = await dispatch.FindStartPlanAsync(id, cancellationToken);
        (Stored, Form, Version) = (stored?.Item, StartPlanForm.From(stored?.Item), stored?.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var (plan, problems) = Form.ToPlan();
        if (plan is null)
        {
            (Error, Problems) = ($"有 {problems.Count} 处需要修改，倒排计划未保存", problems);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var result = await access.SaveStartPlanAsync(User, id, plan, Version, cancellationToken);
        if (result.Saved is not null)
        {
            TempData["Flash"] = $"已保存“{Plan.Item.Name}”的症结、措施和倒排工期";
            return Redirect($"/dispatch/projects/{id}");
        }
        (Error, Problems) = (result.Problem, result.Problems);
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
        if (!DispatchAccess.MayEditPlan(User, plan.Item))
        {
            return this.Refuse(StatusCodes.Status403Forbidden, "只有本部门填报员或发改委审核员可以填写倒排计划");
        }
        Plan = plan;
        return null;
    }
}
