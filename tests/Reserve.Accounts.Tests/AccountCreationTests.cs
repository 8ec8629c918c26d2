using Microsoft.EntityFrameworkCore;
using Reserve.Accounts.Storage;
using Reserve.Persistence;
using Reserve.Testing;
using Xunit;

namespace Reserve.Accounts.Tests;

/// <summary>
/// Creating accounts on SQLite and PostgreSQL: what is stored (a salted hash, never the password), which roles keep a
/// department, and every refusal in Chinese with nothing stored.
/// </summary>
public sealed class AccountCreationTests
{
    private const string Password = "Reserve2026";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task An_account_is_stored_with_a_salted_hash_and_signs_in_with_its_password(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var setup = await AccountsSetup.StartAsync(db);
        var accounts = setup.Accounts;
        Assert.False(await accounts.AnyUserAsync());
        Assert.Null(await accounts.AddDepartmentAsync(new Department("交通运输局", "市交通运输局", true), "管理员"));

        Assert.Null(await accounts.CreateUserAsync(new NewUser(" clerk1 ", " 王填报 ", Role.DepartmentClerk, "交通运输局", Password), "管理员"));
        Assert.Null(await accounts.CreateUserAsync(new NewUser("clerk2", "李填报", Role.DepartmentClerk, "交通运输局", Password), "管理员"));

        var clerk = await accounts.FindAsync("clerk1");
        Assert.NotNull(clerk);
        Assert.Equal(("王填报", Role.DepartmentClerk, "交通运输局", true, 0), (clerk.DisplayName, clerk.Role, clerk.Department, clerk.Active, clerk.FailedAttempts));
        Assert.True(await accounts.AnyUserAsync());

        var hashes = await StoredHashesAsync(setup);
        Assert.Equal(2, hashes.Count);
        Assert.All(hashes.Values, h => Assert.StartsWith("PBKDF2-SHA256$210000$", h));
        Assert.All(hashes.Values, h => Assert.DoesNotContain(Password, h));
        Assert.NotEqual(hashes["clerk1"], hashes["clerk2"]);

        var signedIn = await accounts.SignInAsync(" clerk1 ", Password);
        Assert.Equal(SignInStatus.Succeeded, signedIn.Status);
        Assert.Equal("登录成功", signedIn.Message);
        Assert.Equal("clerk1", signedIn.User!.Login);
        Assert.Equal(setup.Clock.GetUtcNow().UtcDateTime, (await accounts.FindAsync("clerk1"))!.LastSignInUtc);

        var change = Assert.Single(await accounts.ChangesAsync(1));
        Assert.Equal(("管理员", "新建账号", "clerk2", "部门填报员 交通运输局"), (change.Actor, change.Action, change.Target, change.Detail));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_second_account_with_the_same_login_is_refused_in_Chinese(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var setup = await AccountsSetup.StartAsync(db);
        Assert.Null(await setup.Accounts.CreateUserAsync(new NewUser("fgw", "李审核", Role.Reviewer, null, Password), "管理员"));

        var problem = await setup.Accounts.CreateUserAsync(new NewUser(" fgw ", "另一个人", Role.CityLeader, null, "Another2026"), "管理员");

        Assert.Equal("用户名 fgw 已存在", problem);
        var only = Assert.Single(await setup.Accounts.UsersAsync());
        Assert.Equal(("李审核", Role.Reviewer), (only.DisplayName, only.Role));
        Assert.Equal(SignInStatus.InvalidCredentials, (await setup.Accounts.SignInAsync("fgw", "Another2026")).Status);
    }

    [Theory]
    [InlineData("a", "某人", Role.Reviewer, null, Password, "用户名须为 2～50 位字母、数字、下划线、点或连字符")]
    [InlineData("王五", "某人", Role.Reviewer, null, Password, "用户名须为 2～50 位字母、数字、下划线、点或连字符")]
    [InlineData("someone", " ", Role.Reviewer, null, Password, "姓名不能为空")]
    [InlineData("someone", "某人", Role.Reviewer, null, "abc123", "密码至少 8 位")]
    [InlineData("someone", "某人", Role.Reviewer, null, "abcdefghij", "密码须同时包含字母和数字")]
    [InlineData("someone", "某人", Role.Reviewer, null, "1234567890", "密码须同时包含字母和数字")]
    [InlineData("someone", "某人", Role.DepartmentClerk, null, Password, "部门填报员必须属于一个部门")]
    [InlineData("someone", "某人", Role.DepartmentClerk, "规划局", Password, "没有名为“规划局”的部门")]
    [InlineData("someone", "某人", Role.DepartmentClerk, "水务局", Password, "没有名为“水务局”的部门")]
    public async Task An_unacceptable_account_is_refused_with_its_reason_and_nothing_is_stored(string login, string name, Role role, string? department, string password, string reason)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var setup = await AccountsSetup.StartAsync(db);
        Assert.Null(await setup.Accounts.AddDepartmentAsync(new Department("水务局", "市水务局", true), "管理员"));
        await db.ExecuteAsync("UPDATE accounts_departments SET Active = 0 WHERE Name = '水务局'");

        Assert.Equal(reason, await setup.Accounts.CreateUserAsync(new NewUser(login, name, role, department, password), "管理员"));

        Assert.False(await setup.Accounts.AnyUserAsync());
    }

    [Fact]
    public async Task Only_a_department_clerk_keeps_a_department()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var setup = await AccountsSetup.StartAsync(db);
        Assert.Null(await setup.Accounts.AddDepartmentAsync(new Department("交通运输局", "市交通运输局", true), "管理员"));

        Assert.Null(await setup.Accounts.CreateUserAsync(new NewUser("leader", "张市长", Role.CityLeader, "交通运输局", Password), "管理员"));
        Assert.Null(await setup.Accounts.CreateUserAsync(new NewUser("clerk", "王填报", Role.DepartmentClerk, "交通运输局", Password), "管理员"));

        Assert.Null((await setup.Accounts.FindAsync("leader"))!.Department);
        Assert.Equal("交通运输局", (await setup.Accounts.FindAsync("clerk"))!.Department);
    }

    private static async Task<Dictionary<string, string>> StoredHashesAsync(AccountsSetup setup)
    {
        await using var context = await setup.Get<IDbContextFactory<AccountsDbContext>>().CreateDbContextAsync();
        return await context.Users.AsNoTracking().ToDictionaryAsync(u => u.Login, u => u.PasswordHash);
    }
}
