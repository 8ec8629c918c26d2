using System.Security.Claims;
using Reserve.Accounts;

namespace Reserve.Accounts.Web;

/// <summary>
/// What an administrator does to accounts and departments, for the page and the API alike. Every change
/// goes through <see cref="IAccounts"/>, which checks the input and records who did it.
/// </summary>
internal sealed class AccountAdministration(IAccounts accounts)
{
    /// <summary>The create form's fields, top to bottom: problems are listed in this order.</summary>
    private static readonly string[] FormOrder = [AccountFields.Login, AccountFields.DisplayName, AccountFields.Role, AccountFields.Department, AccountFields.Password];

    public async Task<AdminOutcome> CreateUserAsync(ClaimsPrincipal admin, string? login, string? displayName, string? role, string? department, string? password, CancellationToken cancellationToken)
    {
        var roleKnown = EnumText.TryParse<Role>(role, out var parsed);
        var user = new NewUser(login ?? "", displayName ?? "", parsed, parsed == Role.DepartmentClerk ? department : null, password ?? "");
        // Every problem at once, each by its field, so that the form can be put right in one go.
        var problems = (await accounts.NewUserProblemsAsync(user, cancellationToken)).ToList();
        if (!roleKnown)
        {
            // Without a role the department cannot be judged.
            problems.RemoveAll(p => p.Field == AccountFields.Department);
            problems.Add(new AccountProblem(AccountFields.Role, EnumText.Problem<Role>("角色", role)));
        }
        problems = [.. problems.OrderBy(p => Array.IndexOf(FormOrder, p.Field))];
        if (problems.Count > 0)
        {
            return AdminOutcome.Invalid(problems);
        }
        return await accounts.CreateUserAsync(user, admin.AuditName(), cancellationToken) is { } problem
            ? AdminOutcome.Invalid(problem)
            : AdminOutcome.Done($"已创建账号 {user.Login.Trim()}（{Reserve.Sdk.Projects.ZhNames<Role>.Of(parsed)}）", StatusCodes.Status201Created);
    }

    public Task<AdminOutcome> SetPasswordAsync(ClaimsPrincipal admin, string login, string? password, CancellationToken cancellationToken) =>
        ChangeAsync(login, () => accounts.SetPasswordAsync(login, password ?? "", admin.AuditName(), cancellationToken), $"已重置 {login} 的密码，其已登录的会话随即失效", cancellationToken,
            AccountFields.Password);

    public Task<AdminOutcome> SetActiveAsync(ClaimsPrincipal admin, string login, bool active, CancellationToken cancellationToken) =>
        !active && login == admin.Login()
            // An administrator who disables themselves may leave nobody able to undo it.
            ? Task.FromResult(AdminOutcome.Invalid("不能停用自己的账号"))
            : ChangeAsync(login, () => accounts.SetActiveAsync(login, active, admin.AuditName(), cancellationToken), active ? $"已启用账号 {login}" : $"已停用账号 {login}", cancellationToken);

    public async Task<AdminOutcome> SetRoleAsync(ClaimsPrincipal admin, string login, string? role, string? department, CancellationToken cancellationToken)
    {
        if (!EnumText.TryParse<Role>(role, out var parsed))
        {
            return AdminOutcome.Invalid([new AccountProblem(AccountFields.Role, EnumText.Problem<Role>("角色", role))]);
        }
        if (login == admin.Login() && parsed != Role.Administrator)
        {
            // Like disabling oneself: the last administrator could leave nobody able to administer.
            return AdminOutcome.Invalid([new AccountProblem(AccountFields.Role, "不能取消自己的系统管理员角色")]);
        }
        var shown = Reserve.Sdk.Projects.ZhNames<Role>.Of(parsed) + (parsed == Role.DepartmentClerk ? $"（{department?.Trim()}）" : "");
        return await ChangeAsync(login, () => accounts.SetRoleAsync(login, parsed, department, admin.AuditName(), cancellationToken), $"{login} 已改为{shown}，其已登录的会话随即失效", cancellationToken,
            AccountFields.Department);
    }

    public Task<AdminOutcome> UnlockAsync(ClaimsPrincipal admin, string login, CancellationToken cancellationToken) =>
        ChangeAsync(login, () => accounts.UnlockAsync(login, admin.AuditName(), cancellationToken), $"已解锁账号 {login}", cancellationToken);

    public async Task<AdminOutcome> AddDepartmentAsync(ClaimsPrincipal admin, string? name, string? fullName, CancellationToken cancellationToken)
    {
        var department = new Department(name ?? "", fullName ?? "", true);
        if (await accounts.NewDepartmentProblemsAsync(department, cancellationToken) is { Count: > 0 } problems)
        {
            return AdminOutcome.Invalid(problems);
        }
        return await accounts.AddDepartmentAsync(department, admin.AuditName(), cancellationToken) is { } problem
            ? AdminOutcome.Invalid(problem)
            : AdminOutcome.Done($"已新增部门“{name!.Trim()}”", StatusCodes.Status201Created);
    }

    /// <param name="field">The field a refusal of the change is about (the new password, the department).</param>
    private async Task<AdminOutcome> ChangeAsync(string login, Func<Task<string?>> change, string done, CancellationToken cancellationToken, string? field = null)
    {
        if (await accounts.FindAsync(login, cancellationToken) is null)
        {
            return new AdminOutcome(StatusCodes.Status404NotFound, $"没有用户名为 {login} 的账号");
        }
        return await change() is { } problem
            ? field is null ? AdminOutcome.Invalid(problem) : AdminOutcome.Invalid([new AccountProblem(field, problem)])
            : AdminOutcome.Done(done, StatusCodes.Status200OK);
    }
}

/// <summary>
/// The HTTP status of an administrator's action and its message (what was done, or why not), with the refusal's
/// problems by field when the input had any (all of them: the message joins them).
/// </summary>
internal sealed record AdminOutcome(int Status, string Message)
{
    public IReadOnlyList<AccountProblem> Problems { get; init; } = [];

    public bool Succeeded => Status is StatusCodes.Status200OK or StatusCodes.Status201Created;

    public static AdminOutcome Done(string message, int status) => new(status, message);

    public static AdminOutcome Invalid(string problem) => new(StatusCodes.Status400BadRequest, problem);

    public static AdminOutcome Invalid(IReadOnlyList<AccountProblem> problems) =>
        new(StatusCodes.Status400BadRequest, string.Join("；", problems.Select(p => p.Message))) { Problems = problems };

    public IResult ToHttp() => Succeeded
        ? Results.Json(new { message = Message }, statusCode: Status)
        : Results.Json(new { error = Message, problems = Problems.Select(p => new { field = p.Field, message = p.Message }) }, statusCode: Status);
}
