using Microsoft.AspNetCore.Authorization;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;

namespace Reserve.Approvals.Web.Pages.Approvals;

/// <summary>
/// 联审联批 / 多评合一: two or more pre-work items of one project accepted together on one date; each item keeps
/// its record and its own limit, and the review is due on the latest of their due dates (<see cref="JointReviewRule"/>).
/// </summary>
[Authorize(Roles = DepartmentRecordAccess.EditRoles)]
internal sealed class JointNewModel(ApprovalBoard board) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ProjectId { get; set; }
    [BindProperty] public JointReviewKind Kind { get; set; }
    [BindProperty] public DateOnly? AppliedOn { get; set; }
    [BindProperty] public string? LeadAuthority { get; set; }
    [BindProperty] public bool Remote { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public List<string> Items { get; set; } = [];

    public ApprovalProject? Project { get; private set; }
    public FormProblems Problems { get; } = new();
    public DateOnly Today => board.Today;

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
        var items = new List<JointReviewItem>();
        foreach (var code in Items)
        {
            if (!EnumText.TryParse<PreWorkKind>(code, out var item))
            {
                continue;
            }
            var (basis, statutory) = LimitChoice.Parse(Request.Form[$"limit-{item}"]);
            int.TryParse(Request.Form[$"days-{item}"], out var days);
            var counting = EnumText.TryParse<DayCounting>(Request.Form[$"counting-{item}"], out var c) ? c : DayCounting.WorkingDays;
            items.Add(new JointReviewItem { Item = item, Authority = Request.Form[$"authority-{item}"], Basis = basis, StatutoryLimitId = statutory, LimitDays = days, Counting = counting });
        }
        var draft = new JointReviewDraft { Kind = Kind, ProjectId = ProjectId ?? "", AppliedOn = AppliedOn ?? default, LeadAuthority = LeadAuthority, Remote = Remote, Note = Note, Items = items };
        var (outcome, refusal) = await board.OpenJointReviewAsync(User, draft, cancellationToken);
        if (refusal is not null)
        {
            return this.Refuse(StatusCodes.Status403Forbidden, refusal);
        }
        if (outcome!.Value is not { } review)
        {
            Problems.Refuse(outcome.Conflict ?? "未保存，请修改后重试", outcome.Problems);
            return Page();
        }
        TempData["Flash"] = $"已登记{ZhNames<JointReviewKind>.Of(review.Review.Kind)}（{review.Items.Count} 个事项），到期日 {ZhFormat.Date(review.Review.DueOn)}";
        return Redirect($"/approvals/joint/{review.Review.Id}");
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
