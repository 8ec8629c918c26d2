using Microsoft.AspNetCore.Authorization;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Approvals.Records;

namespace Reserve.Approvals.Web.Pages.Approvals;

/// <summary>One joint review: its one acceptance and due date, its items' records; those who may change it record its progress.</summary>
[Authorize(Roles = DepartmentRecordAccess.ReadRoles)]
internal sealed class JointModel(ApprovalBoard board) : PageModel
{
    public JointReviewView? View { get; private set; }
    public FormProblems Problems { get; } = new();
    public bool MayEdit => View is not null && DepartmentRecordAccess.MayEdit(User, View.Review.Department);
    public DateOnly Today => board.Today;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, DateOnly? appliedOn, DateOnly? completedOn, string? leadAuthority, bool remote, string? note, int version, CancellationToken cancellationToken)
    {
        var (review, status, refusal) = await board.JointReviewAsync(User, id, edit: true, cancellationToken);
        if (review is null)
        {
            return this.Refuse(status, refusal!);
        }
        var outcome = await board.UpdateJointReviewAsync(id, new JointReviewChange(appliedOn ?? default, completedOn, leadAuthority, remote, note), version, User.AuditName(), cancellationToken);
        if (outcome.Value is { } saved)
        {
            TempData["Flash"] = $"已保存：{ZhNames<ApprovalState>.Of(saved.State)}，到期日 {ZhFormat.Date(saved.Review.DueOn)}";
            return Redirect($"/approvals/joint/{id}");
        }
        Problems.Refuse(outcome.Conflict ?? "未保存，请修改后重试", outcome.Problems);
        return await LoadAsync(id, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var (review, status, refusal) = await board.JointReviewAsync(User, id, edit: false, cancellationToken);
        if (review is null)
        {
            return this.Refuse(status, refusal!);
        }
        View = review;
        return null;
    }
}
