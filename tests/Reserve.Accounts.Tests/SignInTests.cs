using Reserve.Persistence;
using Reserve.Testing;
using Xunit;

namespace Reserve.Accounts.Tests;

/// <summary>
/// Signing in on SQLite and PostgreSQL: wrong passwords count towards the lock-out the options set, a locked account
/// stays locked (even with the right password) until the time passes or an administrator unlocks it or resets the
/// password, and a disabled account never signs in. Each change is in the account audit.
/// </summary>
public sealed class SignInTests
{
    private const string Password = "Reserve2026";
    private static readonly LockoutOptions ThreeTries = new(MaxFailedAttempts: 3, LockoutMinutes: 10);

    private static async Task<AccountsSetup> WithReviewerAsync(TestDatabase db)
    {
        var setup = await AccountsSetup.StartAsync(db, ThreeTries);
        Assert.Null(await setup.Accounts.CreateUserAsync(new NewUser("fgw", "李审核", Role.Reviewer, null, Password), "管理员"));
        return setup;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Wrong_passwords_lock_the_account_for_the_configured_minutes(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var setup = await WithReviewerAsync(db);
        var accounts = setup.Accounts;

        Assert.Equal("用户名或密码不正确（再错 2 次将锁定 10 分钟）", (await accounts.SignInAsync("fgw", "wrong-1")).Message);
        Assert.Equal("用户名或密码不正确（再错 1 次将锁定 10 分钟）", (await accounts.SignInAsync("fgw", "wrong-2")).Message);
        var locked = await accounts.SignInAsync("fgw", "wrong-3");

        Assert.Equal(SignInStatus.LockedOut, locked.Status);
        Assert.StartsWith("密码错误次数过多，账号已锁定至 ", locked.Message);
        var until = setup.Clock.GetUtcNow().UtcDateTime.AddMinutes(10);
        Assert.Equal(until, locked.LockedUntilUtc);
        Assert.Equal((3, until), ((await accounts.FindAsync("fgw"))!.FailedAttempts, (await accounts.FindAsync("fgw"))!.LockedUntilUtc));
        Assert.Equal(SignInStatus.LockedOut, (await accounts.SignInAsync("fgw", Password)).Status);
        var audit = (await accounts.ChangesAsync(1))[0];
        Assert.Equal(("系统", "锁定账号", "fgw", "连续 3 次密码错误"), (audit.Actor, audit.Action, audit.Target, audit.Detail));

        setup.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        // After the lock-out a wrong password starts the count again.
        Assert.Equal("用户名或密码不正确（再错 2 次将锁定 10 分钟）", (await accounts.SignInAsync("fgw", "wrong-4")).Message);
        Assert.Equal(SignInStatus.Succeeded, (await accounts.SignInAsync("fgw", Password)).Status);
        var after = await accounts.FindAsync("fgw");
        Assert.Equal((0, (DateTime?)null), (after!.FailedAttempts, after.LockedUntilUtc));
    }

    [Fact]
    public async Task The_default_lockout_allows_five_attempts_for_fifteen_minutes()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var setup = await AccountsSetup.StartAsync(db);
        Assert.Null(await setup.Accounts.CreateUserAsync(new NewUser("fgw", "李审核", Role.Reviewer, null, Password), "管理员"));

        Assert.Equal("用户名或密码不正确（再错 4 次将锁定 15 分钟）", (await setup.Accounts.SignInAsync("fgw", "wrong")).Message);
    }

    [Fact]
    public async Task An_unknown_login_is_told_apart_from_a_wrong_password_by_nothing()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var setup = await WithReviewerAsync(db);

        var unknown = await setup.Accounts.SignInAsync("nobody", Password);

        Assert.Equal((SignInStatus.InvalidCredentials, "用户名或密码不正确", (UserAccount?)null), (unknown.Status, unknown.Message, unknown.User));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task An_administrator_unlocks_an_account_or_resets_its_password(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var setup = await WithReviewerAsync(db);
        var accounts = setup.Accounts;
        await LockAsync(accounts);

        Assert.Null(await accounts.UnlockAsync("fgw", "管理员"));
        Assert.Equal(SignInStatus.Succeeded, (await accounts.SignInAsync("fgw", Password)).Status);

        await LockAsync(accounts);
        Assert.Equal("密码至少 8 位", await accounts.SetPasswordAsync("fgw", "short1", "管理员"));
        Assert.Null(await accounts.SetPasswordAsync("fgw", "NewSecret2027", "管理员"));
        Assert.Equal(SignInStatus.InvalidCredentials, (await accounts.SignInAsync("fgw", Password)).Status);
        Assert.Equal(SignInStatus.Succeeded, (await accounts.SignInAsync("fgw", "NewSecret2027")).Status);

        Assert.Equal("没有用户名为 nobody 的账号", await accounts.UnlockAsync("nobody", "管理员"));
        Assert.Equal(["重置密码", "锁定账号", "解锁账号", "锁定账号", "新建账号"], (await accounts.ChangesAsync(10)).Select(c => c.Action));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_disabled_account_never_signs_in_until_enabled_again(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var setup = await WithReviewerAsync(db);
        var accounts = setup.Accounts;

        Assert.Null(await accounts.SetActiveAsync("fgw", false, "管理员"));

        var refused = await accounts.SignInAsync("fgw", Password);
        Assert.Equal((SignInStatus.Disabled, "该账号已停用，请联系系统管理员"), (refused.Status, refused.Message));
        Assert.False((await accounts.FindAsync("fgw"))!.Active);
        // Wrong passwords on a disabled account do not count towards a lock-out.
        await accounts.SignInAsync("fgw", "wrong");
        Assert.Equal(0, (await accounts.FindAsync("fgw"))!.FailedAttempts);

        Assert.Null(await accounts.SetActiveAsync("fgw", true, "管理员"));
        Assert.Equal(SignInStatus.Succeeded, (await accounts.SignInAsync("fgw", Password)).Status);
        Assert.Equal("没有用户名为 nobody 的账号", await accounts.SetActiveAsync("nobody", false, "管理员"));
        Assert.Equal(["启用账号", "停用账号"], (await accounts.ChangesAsync(2)).Select(c => c.Action));
    }

    private static async Task LockAsync(IAccounts accounts)
    {
        for (var i = 0; i < ThreeTries.MaxFailedAttempts; i++)
        {
            await accounts.SignInAsync("fgw", "wrong");
        }
        Assert.Equal(SignInStatus.LockedOut, (await accounts.SignInAsync("fgw", Password)).Status);
    }
}
