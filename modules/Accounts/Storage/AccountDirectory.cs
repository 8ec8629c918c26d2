using Microsoft.EntityFrameworkCore;
using Reserve.Accounts.Security;
using Reserve.Sdk.Projects;

namespace Reserve.Accounts.Storage;

internal sealed class AccountDirectory(IDbContextFactory<AccountsDbContext> factory, AccountsSnapshot snapshot, LockoutOptions lockout, TimeProvider clock) : IAccounts
{
    // Checked against when the login is unknown, so that a wrong login takes as long as a wrong password.
    private static readonly string DummyHash = PasswordHasher.Hash("unknown-user-0");

    public async Task<SignInResult> SignInAsync(string login, string password, CancellationToken cancellationToken = default)
    {
        const string invalid = "用户名或密码不正确";
        login = login.Trim();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Login == login, cancellationToken);
        if (user is null)
        {
            PasswordHasher.Verify(password, DummyHash);
            return new SignInResult(SignInStatus.InvalidCredentials, null, invalid);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (!user.Active)
        {
            return new SignInResult(SignInStatus.Disabled, null, "该账号已停用，请联系系统管理员");
        }
        if (user.LockedUntilUtc is { } until && until > now)
        {
            return Locked(until);
        }
        if (!PasswordHasher.Verify(password, user.PasswordHash))
        {
            user.FailedAttempts = user.LockedUntilUtc is not null ? 1 : user.FailedAttempts + 1;
            user.LockedUntilUtc = null;
            SignInResult result;
            if (user.FailedAttempts >= lockout.MaxFailedAttempts)
            {
                user.LockedUntilUtc = now.AddMinutes(lockout.LockoutMinutes);
                db.Audit.Add(Entry("系统", "锁定账号", login, $"连续 {user.FailedAttempts} 次密码错误", now));
                result = Locked(user.LockedUntilUtc.Value);
            }
            else
            {
                var left = lockout.MaxFailedAttempts - user.FailedAttempts;
                result = new SignInResult(SignInStatus.InvalidCredentials, null, $"{invalid}（再错 {left} 次将锁定 {lockout.LockoutMinutes} 分钟）");
            }
            await SaveQuietlyAsync(db, cancellationToken);
            return result;
        }
        user.FailedAttempts = 0;
        user.LockedUntilUtc = null;
        user.LastSignInUtc = now;
        await SaveQuietlyAsync(db, cancellationToken);
        return new SignInResult(SignInStatus.Succeeded, user.ToAccount(), "登录成功");
    }

    private SignInResult Locked(DateTime until) =>
        new(SignInStatus.LockedOut, null, $"密码错误次数过多，账号已锁定至 {until.ToLocalTime():HH:mm}，请稍后再试或联系系统管理员解锁", until);

    // Two sign-ins racing on the same account both count; losing one failure count is harmless.
    private static async Task SaveQuietlyAsync(AccountsDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
        }
    }

    public async Task<UserAccount?> FindAsync(string login, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Login == login, cancellationToken);
        return row?.ToAccount();
    }

    public async Task<UserAccount?> SessionAccountAsync(string login, CancellationToken cancellationToken = default) =>
        (await snapshot.CurrentAsync(cancellationToken)).Users.GetValueOrDefault(login);

    public async Task<IReadOnlyList<UserAccount>> UsersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Users.AsNoTracking().OrderBy(u => u.Role).ThenBy(u => u.Department).ThenBy(u => u.Login).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToAccount()).ToList();
    }

    public async Task<IReadOnlyList<AccountProblem>> NewUserProblemsAsync(NewUser user, CancellationToken cancellationToken = default)
    {
        var problems = new List<AccountProblem>();
        var login = user.Login.Trim();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (login.Length is < 2 or > 50 || !login.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
        {
            problems.Add(new(AccountFields.Login, "用户名须为 2～50 位字母、数字、下划线、点或连字符"));
        }
        else if (await db.Users.AnyAsync(u => u.Login == login, cancellationToken))
        {
            problems.Add(new(AccountFields.Login, $"用户名 {login} 已存在"));
        }
        if (string.IsNullOrWhiteSpace(user.DisplayName))
        {
            problems.Add(new(AccountFields.DisplayName, "姓名不能为空"));
        }
        if (await DepartmentProblemAsync(db, user.Role, user.Department, cancellationToken) is { } departmentProblem)
        {
            problems.Add(new(AccountFields.Department, departmentProblem));
        }
        if (PasswordPolicy.Problem(user.Password) is { } weak)
        {
            problems.Add(new(AccountFields.Password, weak));
        }
        return problems;
    }

    /// <summary>Every problem in one message, for callers that show one; null when there is none.</summary>
    private static string? Refusal(IReadOnlyList<AccountProblem> problems) =>
        problems.Count == 0 ? null : string.Join("；", problems.Select(p => p.Message));

    public async Task<string?> CreateUserAsync(NewUser user, string actor, CancellationToken cancellationToken = default)
    {
        if (Refusal(await NewUserProblemsAsync(user, cancellationToken)) is { } refused)
        {
            return refused;
        }
        var login = user.Login.Trim();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Users.Add(new UserRow
        {
            Login = login,
            DisplayName = user.DisplayName.Trim(),
            Role = user.Role,
            Department = user.Role == Role.DepartmentClerk ? user.Department : null,
            PasswordHash = PasswordHasher.Hash(user.Password),
            CreatedAtUtc = now,
        });
        db.Audit.Add(Entry(actor, "新建账号", login, $"{ZhNames<Role>.Of(user.Role)} {user.Department}".Trim(), now));
        await db.SaveChangesAsync(cancellationToken);
        snapshot.Changed();
        return null;
    }

    public Task<string?> SetPasswordAsync(string login, string password, string actor, CancellationToken cancellationToken = default) =>
        PasswordPolicy.Problem(password) is { } weak
            ? Task.FromResult<string?>(weak)
            : ChangeAsync(login, actor, "重置密码", null, u =>
            {
                u.PasswordHash = PasswordHasher.Hash(password);
                u.FailedAttempts = 0;
                u.LockedUntilUtc = null;
            }, cancellationToken);

    // The actor is an audit name, not a login: refusing to disable oneself is the caller's check (the admin pages do it).
    public Task<string?> SetActiveAsync(string login, bool active, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(login, actor, active ? "启用账号" : "停用账号", null, u => u.Active = active, cancellationToken);

    public async Task<string?> SetRoleAsync(string login, Role role, string? department, string actor, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(role))
        {
            return "角色无效";
        }
        department = role == Role.DepartmentClerk ? department?.Trim() : null;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            if (await DepartmentProblemAsync(db, role, department, cancellationToken) is { } problem)
            {
                return problem;
            }
        }
        string? before = null;
        var outcome = await ChangeAsync(login, actor, "变更角色", null, u =>
        {
            before = Described(u.Role, u.Department);
            u.Role = role;
            u.Department = department;
        }, cancellationToken, () => $"{before} → {Described(role, department)}");
        return outcome;
    }

    private static string Described(Role role, string? department) =>
        ZhNames<Role>.Of(role) + (department is null ? "" : $"（{department}）");

    /// <summary>A clerk belongs to one active department; other roles to none.</summary>
    private static async Task<string?> DepartmentProblemAsync(AccountsDbContext db, Role role, string? department, CancellationToken cancellationToken)
    {
        if (role != Role.DepartmentClerk)
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(department))
        {
            return "部门填报员必须属于一个部门";
        }
        return await db.Departments.AnyAsync(d => d.Name == department && d.Active, cancellationToken) ? null : $"没有名为“{department}”的部门";
    }

    public Task<string?> UnlockAsync(string login, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(login, actor, "解锁账号", null, u =>
        {
            u.FailedAttempts = 0;
            u.LockedUntilUtc = null;
        }, cancellationToken);

    /// <param name="describe">The audit detail when it depends on the row before the change (what the role was).</param>
    private async Task<string?> ChangeAsync(string login, string actor, string action, string? detail, Action<UserRow> change, CancellationToken cancellationToken, Func<string>? describe = null)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Login == login, cancellationToken);
        if (user is null)
        {
            return $"没有用户名为 {login} 的账号";
        }
        change(user);
        user.Version++;
        db.Audit.Add(Entry(actor, action, login, describe?.Invoke() ?? detail, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return "该账号刚被他人修改，请刷新后重试";
        }
        finally
        {
            // Whether it saved or lost to another change, the account moved: sessions are judged against it as it is now.
            snapshot.Changed();
        }
    }

    // Most pages list the departments: read from the snapshot every session check shares (current after this
    // instance's own changes, within AccountsSnapshot.Freshness of another's).
    public async Task<IReadOnlyList<Department>> DepartmentsAsync(CancellationToken cancellationToken = default) =>
        (await snapshot.CurrentAsync(cancellationToken)).Departments;

    public async Task<IReadOnlyList<AccountProblem>> NewDepartmentProblemsAsync(Department department, CancellationToken cancellationToken = default)
    {
        var problems = new List<AccountProblem>();
        var name = department.Name.Trim();
        if (name.Length is 0 or > 50)
        {
            problems.Add(new(AccountFields.DepartmentName, "部门简称须为 1～50 个字"));
        }
        else
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            if (await db.Departments.AnyAsync(d => d.Name == name, cancellationToken))
            {
                problems.Add(new(AccountFields.DepartmentName, $"部门“{name}”已存在"));
            }
        }
        if (string.IsNullOrWhiteSpace(department.FullName))
        {
            problems.Add(new(AccountFields.DepartmentFullName, "部门全称不能为空"));
        }
        return problems;
    }

    public async Task<string?> AddDepartmentAsync(Department department, string actor, CancellationToken cancellationToken = default)
    {
        if (Refusal(await NewDepartmentProblemsAsync(department, cancellationToken)) is { } refused)
        {
            return refused;
        }
        var name = department.Name.Trim();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var order = await db.Departments.Select(d => (int?)d.SortOrder).MaxAsync(cancellationToken) ?? 0;
        db.Departments.Add(new DepartmentRow { Name = name, FullName = department.FullName.Trim(), Active = true, SortOrder = order + 1 });
        db.Audit.Add(Entry(actor, "新增部门", name, department.FullName.Trim(), clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        snapshot.Changed();
        return null;
    }

    public async Task<IReadOnlyList<AccountChange>> ChangesAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Audit.AsNoTracking().OrderByDescending(a => a.Id).Take(take).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToChange()).ToList();
    }

    public async Task<bool> AnyUserAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AnyAsync(cancellationToken);
    }

    private static AccountAuditRow Entry(string actor, string action, string target, string? detail, DateTime at) =>
        new() { Actor = actor, Action = action, Target = target, Detail = detail, AtUtc = at };
}
