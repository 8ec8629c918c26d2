using System.Net;
using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>What an administrator does: plugins with their golden cases, accounts from creation to lock-out, departments.</summary>
public sealed class AdminRouteTests
{
    [Fact]
    public async Task Plugins_show_their_golden_cases_and_a_faulted_plugin_its_fault()
    {
        await using var site = new ReserveWebFactory();
        using var admin = await site.SignedInAsync("admin");

        var golden = await admin.GetJsonAsync("/api/plugins/special-bonds/golden");
        Assert.True(golden.GetProperty("passed").GetInt32() > 0);
        Assert.Equal(0, golden.GetProperty("failed").GetInt32());
        Assert.True(golden.GetProperty("succeeded").GetBoolean());
        Assert.Empty(golden.GetProperty("failures").EnumerateArray());

        var faulted = await admin.GetJsonAsync("/api/plugins/fixture-throws/golden");
        Assert.False(faulted.GetProperty("succeeded").GetBoolean());
        Assert.StartsWith("插件未启用（故障）", faulted.GetProperty("problems")[0].GetString());

        var page = await admin.PageAsync("/admin/plugins");
        Assert.Contains("故意抛出的加载异常", page);
        Assert.Contains("<span class=\"badge bad\">故障</span>", page);
        Assert.Contains("地方政府专项债券", page);
        Assert.Contains($"{HostProcess.RealPlugins + 1} 个</b>已启用 {HostProcess.RealPlugins} 个", page);
    }

    [Fact]
    public async Task A_clerk_moved_to_another_department_signs_in_again_and_sees_the_new_one()
    {
        await using var site = new ReserveWebFactory();
        using var admin = await site.SignedInAsync("admin");
        await admin.PostJsonAsync("/api/users", new { login = "cw2", displayName = "陈伟", role = "DepartmentClerk", department = "水务局", password = "Water2027" }, HttpStatusCode.Created);
        using var clerk = site.Session();
        await clerk.LoginAsync("cw2", "Water2027");

        var refused = await admin.PostJsonAsync("/api/users/cw2/role", new { role = "部门填报员" }, HttpStatusCode.BadRequest);
        Assert.Equal("部门填报员必须属于一个部门", refused.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/api/auth/me")).StatusCode);

        var moved = await admin.PostJsonAsync("/api/users/cw2/role", new { role = "部门填报员", department = "交通运输局" }, HttpStatusCode.OK);
        Assert.Equal("cw2 已改为部门填报员（交通运输局），其已登录的会话随即失效", moved.GetProperty("message").GetString());
        // The session still carries 水务局: it ends at its next request.
        Assert.Equal(HttpStatusCode.Unauthorized, (await clerk.GetAsync("/api/auth/me")).StatusCode);
        using var again = site.Session();
        await again.LoginAsync("cw2", "Water2027");
        Assert.Equal("交通运输局", (await again.GetJsonAsync("/api/auth/me")).GetProperty("department").GetString());

        var self = await admin.PostJsonAsync("/api/users/admin/role", new { role = "Reviewer" }, HttpStatusCode.BadRequest);
        Assert.Equal("不能取消自己的系统管理员角色", self.GetProperty("error").GetString());
        Assert.Contains("变更角色或部门", await admin.PageAsync("/admin/users"));
    }

    [Fact]
    public async Task An_account_is_created_disabled_enabled_locked_out_unlocked_and_given_a_new_password()
    {
        await using var site = new ReserveWebFactory();
        using var admin = await site.SignedInAsync("admin");

        var weak = await admin.PostJsonAsync("/api/users", new { login = "cw1", displayName = "陈伟", role = "部门填报员", department = "水务局", password = "12345678" }, HttpStatusCode.BadRequest);
        Assert.Equal("密码须同时包含字母和数字", weak.GetProperty("error").GetString());
        var noRole = await admin.PostJsonAsync("/api/users", new { login = "cw1", displayName = "陈伟", role = "科长", password = "Water2027" }, HttpStatusCode.BadRequest);
        Assert.Equal("“科长”不是有效的角色，应为：部门填报员、发改委审核员、市领导、系统管理员", noRole.GetProperty("error").GetString());
        await admin.PostJsonAsync("/api/users", new { login = "cw1", displayName = "陈伟", role = "DepartmentClerk", department = "水务局", password = "Water2027" }, HttpStatusCode.Created);
        var duplicate = await admin.PostJsonAsync("/api/users", new { login = "cw1", displayName = "陈伟", role = "DepartmentClerk", department = "水务局", password = "Water2027" }, HttpStatusCode.BadRequest);
        Assert.Equal("用户名 cw1 已存在", duplicate.GetProperty("error").GetString());

        using var user = site.Session();
        await user.LoginAsync("cw1", "Water2027");
        Assert.Equal("水务局", (await user.GetJsonAsync("/api/auth/me")).GetProperty("department").GetString());

        await admin.PostJsonAsync("/api/users/cw1/active", new { active = false }, HttpStatusCode.OK);
        // The session of a disabled account ends at its next request.
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/submissions")).StatusCode);
        var disabled = await site.Session().PostJsonAsync("/api/auth/login", new { login = "cw1", password = "Water2027" }, HttpStatusCode.Unauthorized);
        Assert.Equal("该账号已停用，请联系系统管理员", disabled.GetProperty("error").GetString());
        await admin.PostJsonAsync("/api/users/cw1/active", new { active = true }, HttpStatusCode.OK);

        using var guesser = site.Session();
        for (var i = 0; i < 5; i++)
        {
            await guesser.PostJsonAsync("/api/auth/login", new { login = "cw1", password = "wrong" + i });
        }
        var account = (await admin.GetJsonAsync("/api/users")).EnumerateArray().Single(u => u.GetProperty("login").GetString() == "cw1");
        Assert.True(account.GetProperty("locked").GetBoolean());
        Assert.Equal("2026-10-01 12:15", account.GetProperty("lockedUntil").GetString());
        Assert.Contains("<span class=\"badge warn\">2026-10-01 12:15</span>", await admin.PageAsync("/admin/users"));

        await admin.PostJsonAsync("/api/users/cw1/unlock", null, HttpStatusCode.OK);
        using var before = site.Session();
        await before.LoginAsync("cw1", "Water2027");
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/api/submissions")).StatusCode);

        var reset = await admin.PostJsonAsync("/api/users/cw1/password", new { password = "NewWater2028" }, HttpStatusCode.OK);
        Assert.Equal("已重置 cw1 的密码，其已登录的会话随即失效", reset.GetProperty("message").GetString());
        // The session opened with the old password ends at its next request: whoever knew the old one is out.
        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync("/api/submissions")).StatusCode);
        await site.Session().PostJsonAsync("/api/auth/login", new { login = "cw1", password = "Water2027" }, HttpStatusCode.Unauthorized);
        await site.Session().LoginAsync("cw1", "NewWater2028");

        var self = await admin.PostJsonAsync("/api/users/admin/active", new { active = false }, HttpStatusCode.BadRequest);
        Assert.Equal("不能停用自己的账号", self.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostJsonAsync("/api/users/nobody/password", new { password = "Abcdefg123" })).StatusCode);
    }

    [Fact]
    public async Task The_accounts_page_creates_accounts_and_departments_and_keeps_a_refused_form()
    {
        await using var site = new ReserveWebFactory();
        using var admin = await site.SignedInAsync("admin");

        var refused = await admin.SubmitFormAsync("/admin/users", "Create", new Dictionary<string, string>
        {
            ["login"] = "wm", ["displayName"] = "王敏", ["role"] = "DepartmentClerk", ["department"] = "", ["password"] = "Reserve2028",
        });
        Assert.Equal("部门填报员必须属于一个部门", WebSession.Flash(refused));
        Assert.Contains("name=\"login\" value=\"wm\"", refused);

        var department = await admin.SubmitFormAsync("/admin/users", "Department", new Dictionary<string, string> { ["name"] = "统计局", ["fullName"] = "嘉峪关市统计局" });
        Assert.Equal("已新增部门“统计局”", WebSession.Flash(department));
        Assert.Contains("<option value=\"统计局\">统计局</option>", department);
        var again = await admin.SubmitFormAsync("/admin/users", "Department", new Dictionary<string, string> { ["name"] = "统计局", ["fullName"] = "嘉峪关市统计局" });
        Assert.Equal("部门“统计局”已存在", WebSession.Flash(again));

        var created = await admin.SubmitFormAsync("/admin/users", "Create", new Dictionary<string, string>
        {
            ["login"] = "wm", ["displayName"] = "王敏", ["role"] = "DepartmentClerk", ["department"] = "统计局", ["password"] = "Reserve2028",
        });
        Assert.Equal("已创建账号 wm（部门填报员）", WebSession.Flash(created));
        var departments = await admin.GetJsonAsync("/api/departments");
        Assert.Contains(departments.EnumerateArray(), d => d.GetProperty("name").GetString() == "统计局" && d.GetProperty("fullName").GetString() == "嘉峪关市统计局");

        // The new department's list appears on the reviewer's board as a draft.
        using var reviewer = await site.SignedInAsync("fgw");
        var board = await reviewer.GetJsonAsync("/api/submissions?status=草稿");
        Assert.Contains(board.GetProperty("departments").EnumerateArray(), d => d.GetProperty("submission").GetProperty("department").GetString() == "统计局");
    }
}
