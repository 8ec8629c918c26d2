using Microsoft.AspNetCore.Authorization;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;

namespace Reserve.Approvals.Web.Pages.Approvals;

/// <summary>
/// 登记审批事项: opens the approval record of one pre-work item of a reserve project (reached from the project's
/// page or from /approvals with its 储备编号): the item from the project's pre-work list, the approving department,
/// the acceptance date, the limit (statutory where the law sets one, else the department's promise), 不见面审批.
/// The due date is computed on the working-day calendar when saved.
/// </summary>
[Authorize(Roles = DepartmentRecordAccess.EditRoles)]
internal sealed class NewModel(ApprovalBoard board) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ProjectId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Item { get; set; }
    [BindProperty] public string? Authority { get; set; }
    [BindProperty] public DateOnly? AppliedOn { get; set; }
    [BindProperty] public string? Limit { get; set; }
    [BindProperty] public int? LimitDays { get; set; }
    [BindProperty] public DayCounting Counting { get; set; } = DayCounting.WorkingDays;
    [BindProperty] public bool Remote { get; set; }
    [BindProperty] public string? Note { get; set; }

    public ApprovalProject? Project { get; private set; }
    public FormProblems Problems { get; } = new();
    public DateOnly Today => board.Today;

    /// <summary>The items of the project's pre-work list that have no record yet.</summary>
    public IEnumerable<PreWorkKind> Open => Project?.Items.Where(i => i.Approval is null).Select(i => i.Item.Item) ?? [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        AppliedOn ??= Today;
        return await LoadAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        if (!EnumText.TryParse<PreWorkKind>(Item, out var item))
        {
            Problems.Refuse("未保存，请修改后重试", [new Problem("前期工作事项", string.IsNullOrEmpty(Item) ? "请选择事项" : EnumText.Problem<PreWorkKind>("前期工作事项", Item))]);
            return Page();
        }
        var (basis, statutory) = LimitChoice.Parse(Limit ?? LimitChoice.For(item)[0].Value);
        var draft = new ApprovalDraft
        {
            ProjectId = ProjectId ?? "", Item = item, Authority = Authority, AppliedOn = AppliedOn ?? default, Basis = basis, StatutoryLimitId = statutory,
            LimitDays = LimitDays ?? 0, Counting = Counting, Remote = Remote, Note = Note,
        };
        var (outcome, refusal) = await board.OpenAsync(User, draft, cancellationToken);
        if (refusal is not null)
        {
            return this.Refuse(StatusCodes.Status403Forbidden, refusal);
        }
        if (outcome!.Value is not { } view)
        {
            Problems.Refuse(outcome.Conflict ?? "未保存，请修改后重试", outcome.Problems);
            return Page();
        }
        TempData["Flash"] = $"已登记 {view.Record.ProjectName} 的{ZhNames<PreWorkKind>.Of(view.Record.Item)}，到期日 {ZhFormat.Date(view.DueOn)}";
        return Redirect($"/approvals/{view.Record.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ProjectId))
        {
            return null;
        }
        var (project, status, refusal) = await board.ProjectAsync(User, ProjectId, cancellationToken);
        if (project is null)
        {
            if (status == StatusCodes.Status404NotFound)
            {
                Problems.Refuse("请核对储备编号", [new Problem("储备编号", refusal!)]);
                return null;
            }
            return this.Refuse(status, refusal!);
        }
        if (DepartmentRecordAccess.EditRefusal(User, project.Department) is { } editRefusal)
        {
            return this.Refuse(StatusCodes.Status403Forbidden, editRefusal);
        }
        Project = project;
        return null;
    }
}
