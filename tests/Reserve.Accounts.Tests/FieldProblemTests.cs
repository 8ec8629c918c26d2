using Reserve.Persistence;
using Reserve.Testing;
using Xunit;

namespace Reserve.Accounts.Tests;

/// <summary>A refused account or department names every problem, each by its field, so the form can show each beside its input.</summary>
public sealed class FieldProblemTests
{
    private const string Password = "Reserve2027";

    [Fact]
    public async Task Every_problem_of_a_new_account_is_listed_by_its_field_and_nothing_is_stored()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var setup = await AccountsSetup.StartAsync(db);
        var user = new NewUser("王", " ", Role.DepartmentClerk, null, "abc");

        var problems = await setup.Accounts.NewUserProblemsAsync(user);

        Assert.Equal(
            [
                (AccountFields.Login, "用户名须为 2～50 位字母、数字、下划线、点或连字符"),
                (AccountFields.DisplayName, "姓名不能为空"),
                (AccountFields.Department, "部门填报员必须属于一个部门"),
                (AccountFields.Password, "密码至少 8 位"),
            ],
            problems.Select(p => (p.Field, p.Message)));
        Assert.Equal(string.Join("；", problems.Select(p => p.Message)), await setup.Accounts.CreateUserAsync(user, "管理员"));
        Assert.False(await setup.Accounts.AnyUserAsync());
    }

    [Fact]
    public async Task A_taken_login_is_a_problem_of_the_login_field_and_a_good_account_has_none()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var setup = await AccountsSetup.StartAsync(db);
        Assert.Empty(await setup.Accounts.NewUserProblemsAsync(new NewUser("fgw", "李审核", Role.Reviewer, null, Password)));
        Assert.Null(await setup.Accounts.CreateUserAsync(new NewUser("fgw", "李审核", Role.Reviewer, null, Password), "管理员"));

        var problem = Assert.Single(await setup.Accounts.NewUserProblemsAsync(new NewUser("fgw", "另一个人", Role.Reviewer, null, Password)));

        Assert.Equal((AccountFields.Login, "用户名 fgw 已存在"), (problem.Field, problem.Message));
    }

    [Fact]
    public async Task Every_problem_of_a_new_department_is_listed_by_its_field()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var setup = await AccountsSetup.StartAsync(db);
        Assert.Null(await setup.Accounts.AddDepartmentAsync(new Department("水务局", "市水务局", true), "管理员"));

        var problems = await setup.Accounts.NewDepartmentProblemsAsync(new Department("水务局", " ", true));

        Assert.Equal([(AccountFields.DepartmentName, "部门“水务局”已存在"), (AccountFields.DepartmentFullName, "部门全称不能为空")],
            problems.Select(p => (p.Field, p.Message)));
    }
}
