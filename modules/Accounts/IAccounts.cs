namespace Reserve.Accounts;

/// <summary>The public face of the accounts module: sign-in with lock-out, accounts and departments.</summary>
public interface IAccounts
{
    /// <summary>Checks a password. Wrong passwords count towards the lock-out; a locked or disabled account never signs in.</summary>
    Task<SignInResult> SignInAsync(string login, string password, CancellationToken cancellationToken = default);

    Task<UserAccount?> FindAsync(string login, CancellationToken cancellationToken = default);

    /// <summary>
    /// The account as a signed-in session is checked against on every request, from memory: current at once after a
    /// change made through this instance, and within <c>AccountsSnapshot.Freshness</c> (1 s) of one made on another
    /// instance sharing the database. Its sign-in figures (failed attempts, last sign-in) may be older: ask
    /// <see cref="FindAsync"/> for those.
    /// </summary>
    Task<UserAccount?> SessionAccountAsync(string login, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UserAccount>> UsersAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates an account; returns its problems in Chinese instead (all of them, joined) when the input is not acceptable.</summary>
    Task<string?> CreateUserAsync(NewUser user, string actor, CancellationToken cancellationToken = default);

    /// <summary>Every problem of a new account, each by its field; empty when <see cref="CreateUserAsync"/> would create it.</summary>
    Task<IReadOnlyList<AccountProblem>> NewUserProblemsAsync(NewUser user, CancellationToken cancellationToken = default);

    Task<string?> SetPasswordAsync(string login, string password, string actor, CancellationToken cancellationToken = default);

    Task<string?> SetActiveAsync(string login, bool active, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives an account another role or, for a clerk, another department (a clerk moving between departments, a clerk
    /// made a reviewer). Its open sessions end at their next request, since they carry the old role and department.
    /// </summary>
    Task<string?> SetRoleAsync(string login, Role role, string? department, string actor, CancellationToken cancellationToken = default);

    Task<string?> UnlockAsync(string login, string actor, CancellationToken cancellationToken = default);

    /// <summary>Every department, by sort order; as current as <see cref="SessionAccountAsync"/>.</summary>
    Task<IReadOnlyList<Department>> DepartmentsAsync(CancellationToken cancellationToken = default);

    Task<string?> AddDepartmentAsync(Department department, string actor, CancellationToken cancellationToken = default);

    /// <summary>Every problem of a new department, each by its field; empty when <see cref="AddDepartmentAsync"/> would add it.</summary>
    Task<IReadOnlyList<AccountProblem>> NewDepartmentProblemsAsync(Department department, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AccountChange>> ChangesAsync(int take, CancellationToken cancellationToken = default);

    Task<bool> AnyUserAsync(CancellationToken cancellationToken = default);
}
