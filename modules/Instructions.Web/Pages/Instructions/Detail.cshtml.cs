using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Reserve.Instructions.Web.Pages.Instructions;

/// <summary>
/// One 批示: what was written on which record, by whom, for which department and by when; the department's answers;
/// the answer form for that department's clerks (办结 closes it); and its audit (留痕).
/// </summary>
[Authorize(Roles = InstructionAccess.ReadRoles)]
internal sealed class DetailModel(InstructionBoard board, IInstructionService instructions) : PageModel
{
    [BindProperty] public string? AnswerText { get; set; }
    [BindProperty] public bool Closes { get; set; }
    [BindProperty] public int Version { get; set; }

    public InstructionView Instruction { get; private set; } = null!;
    public IReadOnlyList<InstructionAuditEntry> Audit { get; private set; } = [];
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public string? Conflict { get; private set; }
    public bool MayAnswer => InstructionAccess.MayAnswer(User, Instruction) && Instruction.State == InstructionState.Open;

    public bool MayManage => InstructionAccess.MayManage(User, Instruction) && Instruction.State == InstructionState.Open;

    public string? ProblemOf(string field) => Problems.FirstOrDefault(p => p.Field == field)?.Message;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var (outcome, status) = await board.AnswerAsync(User, id, new AnswerDraft(AnswerText, Closes), Version, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = Closes ? "已答复并办结" : "已答复";
            return Redirect($"/instructions/{id}");
        }
        if (status is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound)
        {
            return this.Refuse(status, outcome.Problems.FirstOrDefault()?.Message ?? "无权答复");
        }
        Problems = outcome.Problems;
        Conflict = outcome.Conflict;
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }
        Response.StatusCode = Conflict is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var (view, status, refusal) = await board.ReadAsync(User, id, cancellationToken);
        if (view is null)
        {
            return this.Refuse(status, refusal!);
        }
        Instruction = view;
        if (Conflict is null && Problems.Count == 0)
        {
            Version = view.Version;
        }
        Audit = await instructions.AuditAsync(id, cancellationToken);
        return null;
    }
}
