using Reserve.Persistence;
using Reserve.Testing;
using Xunit;

namespace Reserve.Accounts.Tests;

/// <summary>
/// An administrator moves a clerk to another department, or gives an account another role: stored, audited with
/// what it was, refused in Chinese when a clerk would have no (or an unknown) department, and nothing half-changed.
/// </summary>
public sealed class RoleChangeTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_clerk_moves_department_then_becomes_a_reviewer_without_one(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var setup = await AccountsSetup.StartAsync(db);
        var accounts = setup.Accounts;
        Assert.Null(await accounts.AddDepartmentAsync(new Department("交通运输局", "市交通运输局", true), "管理员"));
        Assert.Null(await accounts.AddDepartmentAsync(new Department("水务局", "市水务局", true), "管理员"));
        Assert.Null(await accounts.CreateUserAsync(new NewUser("jtj", "交通填报员", Role.DepartmentClerk, "交通运输局", "Reserve2027"), "管理员"));

        Assert.Null(await accounts.SetRoleAsync("jtj", Role.DepartmentClerk, " 水务局 ", "管理员"));
        var moved = await accounts.FindAsync("jtj");
        Assert.Equal((Role.DepartmentClerk, "水务局"), (moved!.Role, moved.Department));
        var change = (await accounts.ChangesAsync(1))[0];
        Assert.Equal(("管理员", "变更角色", "jtj", "部门填报员（交通运输局） → 部门填报员（水务局）"), (change.Actor, change.Action, change.Target, change.Detail));

        // A reviewer belongs to no department, whatever the form sent.
        Assert.Null(await accounts.SetRoleAsync("jtj", Role.Reviewer, "水务局", "管理员"));
        var reviewer = await accounts.FindAsync("jtj");
        Assert.Equal((Role.Reviewer, (string?)null), (reviewer!.Role, reviewer.Department));
        Assert.Equal("部门填报员（水务局） → 发改委审核员", (await accounts.ChangesAsync(1))[0].Detail);
    }

    [Theory]
    [InlineData(null, "部门填报员必须属于一个部门")]
    [InlineData("  ", "部门填报员必须属于一个部门")]
    [InlineData("不存在局", "没有名为“不存在局”的部门")]
    public async Task A_clerk_without_a_known_department_is_refused_and_nothing_changes(string? department, string reason)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var setup = await AccountsSetup.StartAsync(db);
        var accounts = setup.Accounts;
        Assert.Null(await accounts.CreateUserAsync(new NewUser("fgw", "审核员", Role.Reviewer, null, "Reserve2027"), "管理员"));
        var changes = (await accounts.ChangesAsync(10)).Count;

        Assert.Equal(reason, await accounts.SetRoleAsync("fgw", Role.DepartmentClerk, department, "管理员"));

        var unchanged = await accounts.FindAsync("fgw");
        Assert.Equal((Role.Reviewer, (string?)null), (unchanged!.Role, unchanged.Department));
        Assert.Equal(changes, (await accounts.ChangesAsync(10)).Count);
    }

    [Fact]
    public async Task An_unknown_account_is_named_in_the_refusal()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var setup = await AccountsSetup.StartAsync(db);

        Assert.Equal("没有用户名为 nobody 的账号", await setup.Accounts.SetRoleAsync("nobody", Role.CityLeader, null, "管理员"));
    }
}
