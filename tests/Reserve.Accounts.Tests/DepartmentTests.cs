using Reserve.Persistence;
using Reserve.Testing;
using Xunit;

namespace Reserve.Accounts.Tests;

/// <summary>Departments on SQLite and PostgreSQL: kept in the order they were added, names unique, refusals in Chinese.</summary>
public sealed class DepartmentTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Departments_are_listed_in_the_order_they_were_added_and_each_name_once(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var setup = await AccountsSetup.StartAsync(db);
        var accounts = setup.Accounts;

        Assert.Null(await accounts.AddDepartmentAsync(new Department(" 水务局 ", " 市水务局 ", false), "管理员"));
        Assert.Null(await accounts.AddDepartmentAsync(new Department("交通运输局", "市交通运输局", true), "管理员"));
        Assert.Equal("部门“水务局”已存在", await accounts.AddDepartmentAsync(new Department("水务局", "另一个水务局", true), "管理员"));

        var departments = await accounts.DepartmentsAsync();
        // A new department is active whatever the form said; the short name is what projects store.
        Assert.Equal([new Department("水务局", "市水务局", true), new Department("交通运输局", "市交通运输局", true)], departments);
        var change = (await accounts.ChangesAsync(1))[0];
        Assert.Equal(("管理员", "新增部门", "交通运输局", "市交通运输局"), (change.Actor, change.Action, change.Target, change.Detail));
    }

    [Theory]
    [InlineData("", "市水务局", "部门简称须为 1～50 个字")]
    [InlineData("   ", "市水务局", "部门简称须为 1～50 个字")]
    [InlineData("水务局", " ", "部门全称不能为空")]
    public async Task A_department_without_its_names_is_refused(string name, string fullName, string reason)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var setup = await AccountsSetup.StartAsync(db);

        Assert.Equal(reason, await setup.Accounts.AddDepartmentAsync(new Department(name, fullName, true), "管理员"));

        Assert.Empty(await setup.Accounts.DepartmentsAsync());
    }

    [Fact]
    public async Task A_name_longer_than_fifty_characters_is_refused()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var setup = await AccountsSetup.StartAsync(db);

        Assert.Equal("部门简称须为 1～50 个字", await setup.Accounts.AddDepartmentAsync(new Department(new string('局', 51), "市某局", true), "管理员"));
        Assert.Null(await setup.Accounts.AddDepartmentAsync(new Department(new string('局', 50), "市某局", true), "管理员"));
    }
}
