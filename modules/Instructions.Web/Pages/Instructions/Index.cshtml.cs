using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Accounts;

namespace Reserve.Instructions.Web.Pages.Instructions;

/// <summary>
/// 批示督办: the instructions a user may see, most urgent first. A leader starts on their own (我的批示); a clerk sees
/// those addressed to their department; filters by state and kind; paginated.
/// </summary>
[Authorize(Roles = InstructionAccess.ReadRoles)]
internal sealed class IndexModel(InstructionBoard board, SubjectCatalog subjects) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? Filter { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Mine { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Page<InstructionView> List { get; private set; } = new([], 0, 0, InstructionBoard.PageSize);
    public int Pages => Math.Max(1, (List.Total + InstructionBoard.PageSize - 1) / InstructionBoard.PageSize);
    public bool MayWrite => InstructionAccess.MayWrite(User);
    public bool IsClerk => User.Role() == Role.DepartmentClerk;
    public IReadOnlyList<SubjectKind> Kinds => subjects.Kinds;
    public IReadOnlyList<string> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var state = InstructionFilter.All;
        if (!string.IsNullOrWhiteSpace(Filter) && !EnumText.TryParse(Filter, out state))
        {
            return this.Refuse(StatusCodes.Status400BadRequest, EnumText.Problem<InstructionFilter>("办理状态", Filter));
        }
        SubjectKind? kind = null;
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            if (!SubjectCatalog.TryParseKind(Kind, out var parsed))
            {
                return this.Refuse(StatusCodes.Status400BadRequest, EnumText.Problem<SubjectKind>("批示对象类别", Kind));
            }
            kind = parsed;
        }
        // A leader's own list first; 发改委 and clerks start from everything they may see.
        Mine ??= User.Role() == Role.CityLeader;
        var (list, refusal) = await board.ListAsync(User, new InstructionBoard.ListRequest(Department, Mine == true && MayWrite, kind, null, state, PageNumber), cancellationToken);
        if (list is null)
        {
            return this.Refuse(StatusCodes.Status403Forbidden, refusal!);
        }
        List = list;
        PageNumber = Math.Max(1, PageNumber);
        Departments = IsClerk ? [] : await board.DepartmentsAsync(cancellationToken);
        return Page();
    }

    public string PageLink(int page) =>
        $"/instructions?p={page}&filter={Uri.EscapeDataString(Filter ?? "")}&kind={Uri.EscapeDataString(Kind ?? "")}&department={Uri.EscapeDataString(Department ?? "")}&mine={(Mine == true ? "true" : "false")}";
}
