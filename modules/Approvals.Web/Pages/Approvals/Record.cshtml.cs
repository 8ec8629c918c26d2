using Microsoft.AspNetCore.Authorization;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Approvals.Records;

namespace Reserve.Approvals.Web.Pages.Approvals;

/// <summary>
/// One approval record: its limit and due date, state as of today, commitments and change log; those who may
/// change it record its progress (受理 → 办结 with the 批复文号, 不见面审批) and fulfilled commitments against the version they read.
/// </summary>
[Authorize(Roles = DepartmentRecordAccess.ReadRoles)]
internal sealed class RecordModel(ApprovalBoard board) : PageModel
{
    public ApprovalView? View { get; private set; }
    public IReadOnlyList<ApprovalAuditEntry> Audit { get; private set; } = [];
    public FormProblems Problems { get; } = new();
    public bool MayEdit => View is not null && DepartmentRecordAccess.MayEdit(User, View.Record.Department);
    public DateOnly Today => board.Today;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, DateOnly? appliedOn, DateOnly? completedOn, string? docNumber, bool remote, int version, CancellationToken cancellationToken)
    {
        var allowed = await board.EditAsync(User, id, cancellationToken);
        if (allowed.Record is not { } current)
        {
            return this.Refuse(allowed.Status, allowed.Refusal!);
        }
        var outcome = await board.RecordDatesAsync(current with { Version = version }, appliedOn ?? default, completedOn, docNumber, User.AuditName(), cancellationToken, remote);
        if (outcome.Value is { } saved)
        {
            TempData["Flash"] = $"已保存：{ZhNames<ApprovalState>.Of(saved.State)}，到期日 {ZhFormat.Date(saved.DueOn)}";
            return Redirect($"/approvals/{id}");
        }
        Problems.Refuse(outcome.Conflict ?? "未保存，请修改后重试", outcome.Problems);
        return await LoadAsync(id, cancellationToken) ?? Page();
    }

    /// <summary>Records that commitment <paramref name="index"/> (容缺补交 / 承诺补办) was fulfilled on <paramref name="on"/> (today when left empty).</summary>
    public async Task<IActionResult> OnPostFulfilAsync(long id, int index, DateOnly? on, int version, CancellationToken cancellationToken)
    {
        var allowed = await board.EditAsync(User, id, cancellationToken);
        if (allowed.Record is null)
        {
            return this.Refuse(allowed.Status, allowed.Refusal!);
        }
        var outcome = await board.FulfilAsync(id, index, on ?? Today, version, User.AuditName(), cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = "已登记承诺事项补办";
            return Redirect($"/approvals/{id}");
        }
        Problems.Refuse(outcome.Conflict ?? "未保存，请修改后重试", outcome.Problems);
        return await LoadAsync(id, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var read = await board.ReadAsync(User, id, cancellationToken);
        if (read.Record is null)
        {
            return this.Refuse(read.Status, read.Refusal!);
        }
        View = read.Record;
        Audit = await board.AuditAsync(id, cancellationToken);
        return null;
    }
}
