using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Reserve.Instructions.Web.Pages.Instructions;

/// <summary>
/// 作出批示: choose the kind of record and find it (a leader sees the projects they are 包抓领导 of first), then the
/// text, the department that must act (the record's own by default) and the due date. Problems are shown beside
/// each field; nothing is stored until all are right.
/// </summary>
[Authorize(Roles = InstructionAccess.WriteRoles)]
internal sealed class NewModel(InstructionBoard board, SubjectCatalog subjects) : PageModel
{
    public const int Candidates = 20;

    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? SubjectId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? OwnerDepartment { get; set; }
    [BindProperty] public string? DueOn { get; set; }

    public IReadOnlyList<SubjectKind> Kinds => subjects.Kinds;
    public IReadOnlyList<InstructionSubject> Found { get; private set; } = [];
    public IReadOnlyList<string> Departments { get; private set; } = [];
    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public string? ProblemOf(string field) => Problems.FirstOrDefault(p => p.Field == field)?.Message;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        DateOnly? due = null;
        var problems = new List<Problem>();
        if (!string.IsNullOrWhiteSpace(DueOn))
        {
            if (DateOnly.TryParseExact(DueOn.Trim(), "yyyy-MM-dd", out var parsed))
            {
                due = parsed;
            }
            else
            {
                problems.Add(new Problem("办理时限", $"“{DueOn}”不是有效日期，应为 yyyy-MM-dd"));
            }
        }
        if (problems.Count == 0)
        {
            var (outcome, _) = await board.WriteAsync(User, Kind, SubjectId, new InstructionDraft(Text, OwnerDepartment, due), cancellationToken);
            if (outcome.Value is { } view)
            {
                TempData["Flash"] = $"已作出批示，交{view.OwnerDepartment}于 {view.DueOn:yyyy-MM-dd} 前办理";
                return Redirect($"/instructions/{view.Id}");
            }
            problems.AddRange(outcome.Problems);
        }
        Problems = problems;
        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Departments = await board.DepartmentsAsync(cancellationToken);
        if (SubjectCatalog.TryParseKind(Kind, out var kind) && subjects.Of(kind) is { } source)
        {
            Kind = kind.ToString();
            var found = (await source.SearchAsync(Search, User.DisplayName(), Candidates, cancellationToken)).ToList();
            if (!string.IsNullOrWhiteSpace(SubjectId) && found.All(f => f.Id != SubjectId) && await source.FindAsync(SubjectId, cancellationToken) is { } chosen)
            {
                found.Insert(0, chosen);
            }
            Found = found;
        }
    }
}
