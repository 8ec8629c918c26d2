using System.Text.Json;
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
    [TempData] public string? DraftDepartmentName { get; set; }
    [TempData] public string? DraftDepartmentFullName { get; set; }

    /// <summary>Which form was refused (<c>create</c>, <c>department</c>, <c>password:login</c>, <c>role:login</c>) and its problems by field, as JSON.</summary>
    [TempData] public string? RefusedForm { get; set; }
    [TempData] public string? RefusedProblems { get; set; }

    private IReadOnlyList<AccountProblem>? _problems;

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
        return Done(outcome, "create");
    }

    public async Task<IActionResult> OnPostPasswordAsync(string login, string? password, CancellationToken cancellationToken) =>
        Done(await administration.SetPasswordAsync(User, login, password, cancellationToken), "password:" + login);

    public async Task<IActionResult> OnPostActiveAsync(string login, bool active, CancellationToken cancellationToken) =>
        Done(await administration.SetActiveAsync(User, login, active, cancellationToken));

    public async Task<IActionResult> OnPostRoleAsync(string login, string? role, string? department, CancellationToken cancellationToken) =>
        Done(await administration.SetRoleAsync(User, login, role, department, cancellationToken), "role:" + login);

    public async Task<IActionResult> OnPostUnlockAsync(string login, CancellationToken cancellationToken) =>
        Done(await administration.UnlockAsync(User, login, cancellationToken));

    public async Task<IActionResult> OnPostDepartmentAsync(string? name, string? fullName, CancellationToken cancellationToken)
    {
        var outcome = await administration.AddDepartmentAsync(User, name, fullName, cancellationToken);
        if (!outcome.Succeeded)
        {
            (DraftDepartmentName, DraftDepartmentFullName) = (name, fullName);
        }
        return Done(outcome, "department");
    }

    /// <summary>The problems of <paramref name="form"/>'s <paramref name="field"/> when that form was just refused.</summary>
    public IReadOnlyList<string> ProblemsOf(string form, string field)
    {
        if (RefusedForm != form)
        {
            return [];
        }
        _problems ??= RefusedProblems is null ? [] : JsonSerializer.Deserialize<List<AccountProblem>>(RefusedProblems) ?? [];
        return [.. _problems.Where(p => p.Field == field).Select(p => p.Message)];
    }

    /// <summary>Whether a row's folded form was refused, so it is shown open with its problems.</summary>
    public bool Refused(string form) => RefusedForm == form;

    public string Time(DateTime? utc) => LocalTimes.Text(utc, clock);

    public bool IsSelf(UserAccount account) => account.Login == User.Login();

    private RedirectToPageResult Done(AdminOutcome outcome, string? form = null)
    {
        TempData[outcome.Succeeded ? "Flash" : "FlashError"] = outcome.Message;
        if (!outcome.Succeeded && form is not null && outcome.Problems.Count > 0)
        {
            (RefusedForm, RefusedProblems) = (form, JsonSerializer.Serialize(outcome.Problems));
        }
        return RedirectToPage();
    }
}
