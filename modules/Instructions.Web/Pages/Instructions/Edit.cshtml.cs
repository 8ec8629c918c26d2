using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Reserve.Instructions.Web.Pages.Instructions;

/// <summary>
/// 修改或撤回批示, for the leader who wrote it (or an administrator): the text, owner department and due date while the
/// department has not answered; withdrawing (撤回) with a reason while it is open. Each form carries the version it
/// was read at, so a change made meanwhile (an answer, another window) is not overwritten.
/// </summary>
[Authorize(Roles = InstructionAccess.ManageRoles)]
internal sealed class EditModel(InstructionBoard board) : PageModel
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? OwnerDepartment { get; set; }
    [BindProperty] public string? DueOn { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int Version { get; set; }

    public InstructionView Instruction { get; private set; } = null!;
    public IReadOnlyList<string> Departments { get; private set; } = [];
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public string? Conflict { get; private set; }

    /// <summary>Which form the problems belong to: "edit" or "withdraw".</summary>
    public string? Failed { get; private set; }

    public string? ProblemOf(string field) => Problems.FirstOrDefault(p => p.Field == field)?.Message;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }
        (Text, OwnerDepartment, DueOn, Version) = (Instruction.Text, Instruction.OwnerDepartment, Instruction.DueOn.ToString("yyyy-MM-dd"), Instruction.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!TryDate(out var due))
        {
            return await RefusedAsync(id, "edit", [new Problem("办理时限", $"“{DueOn}”不是有效日期，应为 yyyy-MM-dd")], null, cancellationToken);
        }
        var (outcome, status) = await board.UpdateAsync(User, id, new InstructionDraft(Text, OwnerDepartment, due), Version, cancellationToken);
        if (outcome.Value is { } view)
        {
            TempData["Flash"] = $"已修改批示：交{view.OwnerDepartment}于 {view.DueOn:yyyy-MM-dd} 前办理";
            return Redirect(Back(view));
        }
        return status is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound
            ? this.Refuse(status, outcome.Problems.FirstOrDefault()?.Message ?? "无权修改")
            : await RefusedAsync(id, "edit", outcome.Problems, outcome.Conflict, cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(long id, CancellationToken cancellationToken)
    {
        var (outcome, status) = await board.WithdrawAsync(User, id, Reason, Version, cancellationToken);
        if (outcome.Value is { } withdrawn)
        {
            TempData["Flash"] = "已撤回批示，责任部门不再需要办理";
            return Redirect(Back(withdrawn));
        }
        return status is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound
            ? this.Refuse(status, outcome.Problems.FirstOrDefault()?.Message ?? "无权撤回")
            : await RefusedAsync(id, "withdraw", outcome.Problems, outcome.Conflict, cancellationToken);
    }

    /// <summary>Where to go after a change: the instruction's page, or for an administrator (who reads no instruction page) this one.</summary>
    public string Back(InstructionView view) => InstructionAccess.MayRead(User, view) ? $"/instructions/{view.Id}" : $"/instructions/{view.Id}/edit";

    private bool TryDate(out DateOnly? due)
    {
        due = null;
        if (string.IsNullOrWhiteSpace(DueOn))
        {
            return true;
        }
        if (DateOnly.TryParseExact(DueOn.Trim(), "yyyy-MM-dd", out var parsed))
        {
            due = parsed;
            return true;
        }
        return false;
    }

    private async Task<IActionResult> RefusedAsync(long id, string form, IReadOnlyList<Problem> problems, string? conflict, CancellationToken cancellationToken)
    {
        (Failed, Problems, Conflict) = (form, problems, conflict);
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }
        if (conflict is not null)
        {
            // Someone changed it meanwhile: show what is stored now, at its current version, for the user to decide again.
            ModelState.Clear();
            (Text, OwnerDepartment, DueOn, Version) = (Instruction.Text, Instruction.OwnerDepartment, Instruction.DueOn.ToString("yyyy-MM-dd"), Instruction.Version);
        }
        Response.StatusCode = conflict is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var (view, status, refusal) = await board.ReadToManageAsync(User, id, cancellationToken);
        if (view is null)
        {
            return this.Refuse(status, refusal!);
        }
        Instruction = view;
        Departments = await board.DepartmentsAsync(cancellationToken);
        return null;
    }
}
