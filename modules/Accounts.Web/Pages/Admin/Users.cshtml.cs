using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Accounts;

namespace Reserve.Accounts.Web.Pages.Admin;

/// <summary>账号与部门: accounts with their state and the administrator's actions on them, and the departments.</summary>
[Authorize(Policy = Policies.Administer)]
internal sealed class UsersModel(IAccounts accounts, AccountAdministration administration, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public DateTime NowUtc { get; private set; }

    /// <summary>The create form as last posted, so a refused account need not be typed again (never the password).</summary>
    [TempData] public string? DraftLogin { get; set; }
    [TempData] public string? DraftName { get; set; }
    [TempData] public string? DraftRole { get; set; }
    [TempData] public string? DraftDepartment { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Users = await accounts.UsersAsync(cancellationToken);
        Departments = await accounts.DepartmentsAsync(cancellationToken);
        NowUtc = clock.GetUtcNow().UtcDateTime;
    }

    public async Task<IActionResult> OnPostCreateAsync(string? login, string? displayName, string? role, string? department, string? password, CancellationToken cancellationToken)
    {
        var outcome = await administration.CreateUserAsync(User, login, displayName, role, department, password, cancellationToken);
        if (!outcome.Succeeded)
        {
            (DraftLogin, DraftName, DraftRole, DraftDepartment) = (login, displayName, role, department);
        }
        return Done(outcome);
    }

    public async Task<IActionResult> OnPostPasswordAsync(string login, string? password, CancellationToken cancellationToken) =>
        Done(await administration.SetPasswordAsync(User, login, password, cancellationToken));

    public async Task<IActionResult> OnPostActiveAsync(string login, bool active, CancellationToken cancellationToken) =>
        Done(await administration.SetActiveAsync(User, login, active, cancellationToken));

    public async Task<IActionResult> OnPostRoleAsync(string login, string? role, string? department, CancellationToken cancellationToken) =>
        Done(await administration.SetRoleAsync(User, login, role, department, cancellationToken));

    public async Task<IActionResult> OnPostUnlockAsync(string login, CancellationToken cancellationToken) =>
        Done(await administration.UnlockAsync(User, login, cancellationToken));

    public async Task<IActionResult> OnPostDepartmentAsync(string? name, string? fullName, CancellationToken cancellationToken) =>
        Done(await administration.AddDepartmentAsync(User, name, fullName, cancellationToken));

    public string Time(DateTime? utc) => LocalTimes.Text(utc, clock);

    public bool IsSelf(UserAccount account) => account.Login == User.Login();

    private RedirectToPageResult Done(AdminOutcome outcome)
    {
        TempData[outcome.Succeeded ? "Flash" : "FlashError"] = outcome.Message;
        return RedirectToPage();
    }
}
