using Reserve.Accounts.Storage;
using Reserve.Persistence;
using Reserve.Testing;
using Xunit;

namespace Reserve.Accounts.Tests;

/// <summary>
/// What a signed-in session is checked against on every request, held in memory: a change made through this instance
/// is seen by the next check, one made by another instance on the same database within <see cref="AccountsSnapshot.Freshness"/>,
/// never later; the departments follow the same rule.
/// </summary>
public sealed class SessionAccountTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_change_made_on_this_instance_reaches_the_next_session_check(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var setup = await AccountsSetup.StartAsync(db);
        var accounts = setup.Accounts;
        Assert.Null(await accounts.AddDepartmentAsync(new Department("水务局", "市水务局", true), "管理员"));
        Assert.Null(await accounts.CreateUserAsync(new NewUser("cw", "陈伟", Role.DepartmentClerk, "水务局", "Water2027"), "管理员"));
        var signedIn = (await accounts.SignInAsync("cw", "Water2027")).User!;
        var held = await accounts.SessionAccountAsync("cw");
        Assert.Equal((true, Role.DepartmentClerk, "水务局", signedIn.SessionStamp), (held!.Active, held.Role, held.Department, held.SessionStamp));
        Assert.Matches("^[0-9A-F]{16}$", held.SessionStamp);
        Assert.Null(await accounts.SessionAccountAsync("nobody"));

        // No time passes: each change is seen by the very next check.
        Assert.Null(await accounts.SetActiveAsync("cw", false, "管理员"));
        Assert.False((await accounts.SessionAccountAsync("cw"))!.Active);
        Assert.Null(await accounts.SetActiveAsync("cw", true, "管理员"));
        Assert.True((await accounts.SessionAccountAsync("cw"))!.Active);

        // Unlocking leaves the session alone; a new password ends it (another stamp), and the one it gives is the new one.
        Assert.Null(await accounts.UnlockAsync("cw", "管理员"));
        Assert.Equal(signedIn.SessionStamp, (await accounts.SessionAccountAsync("cw"))!.SessionStamp);
        Assert.Null(await accounts.SetPasswordAsync("cw", "NewWater2028", "管理员"));
        var reset = (await accounts.SessionAccountAsync("cw"))!.SessionStamp;
        Assert.NotEqual(signedIn.SessionStamp, reset);
        Assert.Equal(reset, (await accounts.SignInAsync("cw", "NewWater2028")).User!.SessionStamp);

        Assert.Null(await accounts.AddDepartmentAsync(new Department("交通运输局", "市交通运输局", true), "管理员"));
        Assert.Null(await accounts.SetRoleAsync("cw", Role.DepartmentClerk, "交通运输局", "管理员"));
        Assert.Equal("交通运输局", (await accounts.SessionAccountAsync("cw"))!.Department);
        Assert.Equal(["水务局", "交通运输局"], (await accounts.DepartmentsAsync()).Select(d => d.Name));
        Assert.Null(await accounts.CreateUserAsync(new NewUser("zs", "张三", Role.Reviewer, null, "Reserve2027"), "管理员"));
        Assert.Equal(Role.Reviewer, (await accounts.SessionAccountAsync("zs"))!.Role);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_change_made_on_another_instance_is_seen_within_the_freshness_bound(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var here = await AccountsSetup.StartAsync(db);
        await using var there = await AccountsSetup.StartAsync(db);
        Assert.Null(await there.Accounts.AddDepartmentAsync(new Department("水务局", "市水务局", true), "管理员"));
        Assert.Null(await there.Accounts.CreateUserAsync(new NewUser("cw", "陈伟", Role.DepartmentClerk, "水务局", "Water2027"), "管理员"));
        var before = (await here.Accounts.SessionAccountAsync("cw"))!;
        Assert.True(before.Active);

        Assert.Null(await there.Accounts.SetActiveAsync("cw", false, "管理员"));
        Assert.Null(await there.Accounts.SetPasswordAsync("cw", "NewWater2028", "管理员"));
        Assert.Null(await there.Accounts.AddDepartmentAsync(new Department("交通运输局", "市交通运输局", true), "管理员"));
        // Until the bound, this instance still answers what it read (no database read per request)...
        here.Clock.Advance(AccountsSnapshot.Freshness - TimeSpan.FromMilliseconds(1));
        Assert.Equal(before, await here.Accounts.SessionAccountAsync("cw"));
        Assert.Equal(["水务局"], (await here.Accounts.DepartmentsAsync()).Select(d => d.Name));

        // ...and from the bound on, what the other instance committed.
        here.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var after = (await here.Accounts.SessionAccountAsync("cw"))!;
        Assert.False(after.Active);
        Assert.NotEqual(before.SessionStamp, after.SessionStamp);
        Assert.Equal(["水务局", "交通运输局"], (await here.Accounts.DepartmentsAsync()).Select(d => d.Name));
        Assert.Equal(TimeSpan.FromSeconds(1), AccountsSnapshot.Freshness);
    }

    [Fact]
    public async Task A_change_written_to_the_table_directly_is_seen_within_the_bound_too()
    {
        // Not every write goes through the module (an operator's SQL, a restore): the snapshot reads the table, not a log.
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var setup = await AccountsSetup.StartAsync(db);
        Assert.Null(await setup.Accounts.CreateUserAsync(new NewUser("zs", "张三", Role.Reviewer, null, "Reserve2027"), "管理员"));
        Assert.Equal(Role.Reviewer, (await setup.Accounts.SessionAccountAsync("zs"))!.Role);

        await db.ExecuteAsync("""UPDATE accounts_users SET "Role" = 'CityLeader' WHERE "Login" = 'zs'""");
        setup.Clock.Advance(AccountsSnapshot.Freshness);

        Assert.Equal(Role.CityLeader, (await setup.Accounts.SessionAccountAsync("zs"))!.Role);
    }
}
