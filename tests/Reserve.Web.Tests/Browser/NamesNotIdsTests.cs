using System.Text.Json.Nodes;
using Reserve.Web.Tests.Site;
using Xunit;
using static Reserve.Web.Tests.Browser.ProjectPage;

namespace Reserve.Web.Tests.Browser;

/// <summary>
/// What people read names things: channels by their Chinese names (汇总, plugins page, 拟申请渠道), projects by name in
/// the change log; 拟申请渠道 are chosen from the channel list; a refused account form marks every field it objects to.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class NamesNotIdsTests(ReserveSite site, BrowserFixture browser)
{
    private static async Task<IReadOnlyList<(string Id, string Name)>> ChannelsAsync(BrowserUser user) =>
        [.. JsonNode.Parse(await (await user.Api.GetAsync("/api/channels")).TextAsync())!.AsArray()
            .Select(c => (c!["id"]!.GetValue<string>(), c["name"]!.GetValue<string>()))];

    [Fact]
    public async Task The_summary_and_the_plugins_page_name_channels_and_never_show_their_ids()
    {
        await using var reviewer = await BrowserUser.SignedInAsync(browser, site, Demo.Reviewer);
        var channels = await ChannelsAsync(reviewer);
        Assert.NotEmpty(channels);

        await reviewer.GotoAsync("/summary");
        var summary = await reviewer.Page.Locator("main").InnerTextAsync();
        foreach (var (id, name) in channels)
        {
            Assert.Contains(name, summary);
            Assert.DoesNotContain(id, summary);
        }

        await using var admin = await BrowserUser.SignedInAsync(browser, site, Demo.Admin);
        await admin.GotoAsync("/admin/plugins");
        var plugins = await admin.Page.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("黄金用例", plugins);
        Assert.Contains("验收案例", plugins);
        foreach (var (id, _) in channels)
        {
            Assert.DoesNotContain(id, plugins);
        }
        // The server's folder is there for the administrator who installs a version, folded away until asked for.
        var folder = admin.Page.Locator("#plugin-folder code").First;
        Assert.False(await folder.IsVisibleAsync());
        await admin.Page.Locator("#plugin-folder summary").ClickAsync();
        Assert.True(await folder.IsVisibleAsync());
    }

    [Fact]
    public async Task A_clerk_chooses_the_channels_to_apply_to_from_the_list_and_the_change_log_names_the_project()
    {
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.Clerk);
        var channels = await ChannelsAsync(clerk);
        var (firstId, firstName) = channels[0];
        var (secondId, secondName) = channels[1];
        var page = clerk.Page;
        await clerk.GotoAsync("/projects/new");

        var name = Demo.UniqueName("城区次干道改造");
        await Field(page, "项目名称").FillAsync(name);
        await Field(page, "项目单位").FillAsync("嘉峪关市交通建设投资有限公司");
        await Field(page, "建设规模及内容").FillAsync("改造城区次干道 2.1 公里");
        await Field(page, "总投资").FillAsync("3600");
        var rows = page.Locator("#request-rows tbody tr");
        // The choice is among the channels by name; no id is offered.
        var offered = await rows.First.Locator("select option").AllInnerTextsAsync();
        Assert.Contains(firstName, offered);
        Assert.DoesNotContain(offered, o => channels.Any(c => o.Contains(c.Id, StringComparison.Ordinal)));
        await rows.Nth(0).Locator("select").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = firstName });
        await rows.Nth(0).Locator("input").FillAsync("1200");
        await rows.Nth(1).Locator("select").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = secondName });
        // An amount forgotten: the row is named, nothing saved, what was chosen kept.
        await page.Locator("#save-project").ClickAsync();
        Assert.Contains("第2项", await page.Locator("#requests .field-error").InnerTextAsync());
        Assert.Contains("未写金额", await page.Locator("#requests .field-error").InnerTextAsync());
        Assert.Equal(secondName, await rows.Nth(1).Locator("select option:checked").InnerTextAsync());

        await rows.Nth(1).Locator("input").FillAsync("800");
        await page.FollowAsync(() => page.Locator("#save-project").ClickAsync(), BrowserUser.ProjectPage);
        var id = clerk.Path.Split('/')[^1];

        var stored = JsonNode.Parse(await (await clerk.Api.GetAsync($"/api/projects/{id}")).TextAsync())!["project"]!["requests"]!.AsArray();
        Assert.Equal([(firstId, 1200m), (secondId, 800m)],
            stored.Select(r => (r!["channel"]!.GetValue<string>(), r["amount"]!.GetValue<decimal>())));
        await clerk.GotoAsync($"/projects/{id}/edit");
        Assert.Equal(firstName, await page.Locator("#request-rows tbody tr").Nth(0).Locator("select option:checked").InnerTextAsync());

        await using var reviewer = await BrowserUser.SignedInAsync(browser, site, Demo.Reviewer);
        await reviewer.GotoAsync($"/audit?project={id}");
        var change = reviewer.Page.Locator("table.data tbody tr").First;
        Assert.Equal(name, await change.Locator("td:nth-child(3) a").InnerTextAsync());
        var log = await reviewer.Page.Locator("main").InnerTextAsync();
        Assert.Contains($"{firstName}:1200", log);
        Assert.DoesNotContain($"{firstId}:", log);
    }

    [Fact]
    public async Task A_refused_account_form_shows_every_problem_beside_its_field()
    {
        await using var admin = await BrowserUser.SignedInAsync(browser, site, Demo.Admin);
        var page = admin.Page;
        await admin.GotoAsync("/admin/users");
        var form = page.Locator("#create-account");
        // What a browser would stop is sent anyway, as a hand-made request could be: the server is the judge.
        await form.EvaluateAsync("f => f.noValidate = true");
        await form.Locator("[name=login]").FillAsync("王");
        await form.Locator("[name=displayName]").FillAsync(" ");
        await form.Locator("[name=role]").SelectOptionAsync("DepartmentClerk");
        await form.Locator("[name=password]").FillAsync("abc");
        await page.FollowAsync(() => form.Locator("button[type=submit]").ClickAsync(), "**/admin/users");

        foreach (var (field, message) in new[]
        {
            ("login", "用户名须为 2～50 位字母、数字、下划线、点或连字符"),
            ("displayName", "姓名不能为空"),
            ("department", "部门填报员必须属于一个部门"),
            ("password", "密码至少 8 位"),
        })
        {
            var label = form.Locator("label", new() { Has = page.Locator($"[name={field}]") });
            Assert.Equal(message, (await label.Locator(".field-error").InnerTextAsync()).Trim());
            Assert.Equal("true", await label.Locator($"[name={field}]").GetAttributeAsync("aria-invalid"));
        }
        Assert.Equal("王", await form.Locator("[name=login]").InputValueAsync());
        Assert.Equal(0, await page.Locator("#add-department .field-error").CountAsync());
    }
}
