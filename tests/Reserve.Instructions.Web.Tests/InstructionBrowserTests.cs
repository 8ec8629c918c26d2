using Reserve.Web.Tests.Browser;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Reserve.Instructions.Web.Tests;

/// <summary>The issue's "done when" flows in Chromium, in Chinese: a leader's instruction and the department's answer, the overdue panel, the bell.</summary>
[Collection(InstructionsSiteCollection.Name)]
public sealed class InstructionBrowserTests(InstructionsSite site)
{
    [Fact]
    public async Task A_leader_writes_an_instruction_on_a_plan_project_and_the_department_answers_it()
    {
        var leader = await site.SignInAsync("leader");
        await leader.GotoAsync("/instructions");
        await leader.GetByRole(AriaRole.Link, new() { Name = "作出批示" }).ClickAsync();
        await leader.GetByLabel("批示对象类别").SelectOptionAsync(new SelectOptionValue { Label = "年度计划项目" });
        await leader.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        // The demo leader is a 包抓领导: the form offers their own projects.
        var first = leader.Locator("#instruction-form input[name=subjectId]").First;
        await first.CheckAsync();
        var subjectId = await first.GetAttributeAsync("value");

        // Nothing written yet: every problem is named beside its field, nothing is stored.
        await leader.GetByRole(AriaRole.Button, new() { Name = "提交批示" }).ClickAsync();
        Assert.Equal("请填写批示内容", await leader.Locator(".field-error[data-field=批示内容]").InnerTextAsync());
        Assert.Contains("请填写办理时限", await leader.Locator(".field-error[data-field=办理时限]").InnerTextAsync(), StringComparison.Ordinal);

        await leader.Locator("input[name=subjectId][value='" + subjectId + "']").CheckAsync();
        await leader.GetByLabel("批示内容").FillAsync("请倒排工期、挂图作战，确保本月内开工，每周报告进展。");
        await leader.GetByLabel("办理时限").FillAsync("2026-10-20");
        await leader.FollowAsync(() => leader.GetByRole(AriaRole.Button, new() { Name = "提交批示" }).ClickAsync(), new Regex(@"/instructions/\d+$"));
        Assert.Contains("已作出批示", await leader.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("办理中", (await leader.Locator("#instruction-state").InnerTextAsync()).Trim());
        var department = (await leader.Locator("#owner-department").InnerTextAsync()).Trim();
        var url = new Uri(leader.Url).AbsolutePath;

        var clerk = await site.SignInAsync(InstructionsSite.Clerks[department]);
        await clerk.GotoAsync("/instructions");
        await clerk.GetByRole(AriaRole.Link, new() { Name = "请倒排工期、挂图作战，确保本月内开工，每周报告进展。" }).First.ClickAsync();
        Assert.Equal(url, new Uri(clerk.Url).AbsolutePath);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
        Assert.Equal("请填写答复内容", await clerk.Locator(".field-error[data-field=答复内容]").InnerTextAsync());
        await clerk.GetByLabel("答复内容").FillAsync("已召开专题协调会，施工单位已进场，10月18日开工。");
        await clerk.GetByLabel("已办结").CheckAsync();
        await clerk.FollowAsync(() => clerk.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync(), url);
        Assert.Equal("已办结", (await clerk.Locator("#instruction-state").InnerTextAsync()).Trim());
        Assert.Contains("施工单位已进场", await clerk.Locator("#answers").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await clerk.Locator("#answer-form").CountAsync());
        var audit = await clerk.Locator("#audit").InnerTextAsync();
        Assert.Contains("批示", audit, StringComparison.Ordinal);
        Assert.Contains("答复并办结", audit, StringComparison.Ordinal);

        // The leader is told of the answer through the bell.
        await leader.GotoAsync("/notifications");
        Assert.Contains($"{department}已办结您对", await leader.Locator("#notifications").InnerTextAsync(), StringComparison.Ordinal);
        await leader.Context.CloseAsync();
        await clerk.Context.CloseAsync();
    }

    [Fact]
    public async Task A_leader_starts_an_instruction_from_the_plan_projects_own_page_and_a_clerk_is_not_offered_it()
    {
        var leader = await site.SignInAsync("leader");
        await leader.GotoAsync("/dispatch/projects");
        await leader.Locator("table a[href^='/dispatch/projects/']").First.ClickAsync();
        var planId = new Uri(leader.Url).AbsolutePath.Split('/')[^1];
        var name = (await leader.Locator("h1").InnerTextAsync()).Trim();

        await leader.FollowAsync(() => leader.GetByRole(AriaRole.Link, new() { Name = "写批示" }).ClickAsync(), new Regex(@"/instructions/new\?"));
        // The record comes chosen: its kind selected and it offered first, checked.
        Assert.Equal("PlanProject", await leader.GetByLabel("批示对象类别").InputValueAsync());
        var chosen = leader.Locator($"#instruction-form input[name=subjectId][value='{planId}']");
        Assert.True(await chosen.IsCheckedAsync());
        var label = await leader.Locator("#instruction-form label.choice", new() { Has = leader.Locator($"input[name=subjectId][value='{planId}']") }).InnerTextAsync();
        Assert.Contains(name, label, StringComparison.Ordinal);

        var department = Regex.Match(label, "（([^（）]+)）\\s*$").Groups[1].Value;
        await leader.Context.CloseAsync();
        if (InstructionsSite.Clerks.TryGetValue(department, out var login))
        {
            var clerk = await site.SignInAsync(login);
            await clerk.GotoAsync($"/dispatch/projects/{planId}");
            Assert.Equal(0, await clerk.GetByRole(AriaRole.Link, new() { Name = "写批示" }).CountAsync());
            await clerk.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_overdue_instruction_shows_on_the_dispatch_dashboard_and_in_the_leaders_list()
    {
        using var leaderApi = await site.SessionAsync("leader");
        var subjects = await leaderApi.GetJsonAsync("/api/instructions/subjects?kind=PlanProject");
        var subject = subjects.GetProperty("subjects")[0];
        var written = await site.InstructionAsync(leaderApi, subject.GetProperty("id").GetString()!, "请于两日内解决施工用电问题（逾期测试）", 1);
        var id = written.GetProperty("id").GetInt64();
        var title = subject.GetProperty("title").GetString()!;
        var today = await site.SignInAsync("fgw");
        await today.GotoAsync("/dispatch");
        var before = today.Locator("#overdue-instructions");
        Assert.DoesNotContain("已逾期 2 天", await before.CountAsync() > 0 ? await before.InnerTextAsync() : "", StringComparison.Ordinal);
        await today.Context.CloseAsync();

        // Three days on (signed in afresh: a session does not outlive days of the moved clock).
        site.Factory.Clock.Now = InstructionsSite.Start.AddDays(3);
        var reviewer = await site.SignInAsync("fgw");
        try
        {
            await reviewer.GotoAsync("/dispatch");
            var panel = reviewer.Locator("#overdue-instructions");
            Assert.Contains("逾期未办结的领导批示", await panel.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains(title, await panel.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("已逾期 2 天", await panel.InnerTextAsync(), StringComparison.Ordinal);

            var leader = await site.SignInAsync("leader");
            await leader.GotoAsync("/instructions?filter=Overdue");
            var row = leader.Locator("#instructions tr", new() { HasText = "施工用电" });
            Assert.Contains("逾期 2 天", await row.InnerTextAsync(), StringComparison.Ordinal);
            await leader.GotoAsync("/notifications");
            Assert.Contains("批示已逾期", await leader.Locator("#notifications").InnerTextAsync(), StringComparison.Ordinal);
            await leader.Context.CloseAsync();
            using var leaderLater = await site.SessionAsync("leader");
            var json = await leaderLater.GetJsonAsync($"/api/instructions/{id}");
            Assert.True(json.GetProperty("instruction").GetProperty("overdue").GetBoolean());
        }
        finally
        {
            site.Factory.Clock.Now = InstructionsSite.Start;
            await reviewer.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_bell_shows_a_clerks_reminders_and_marks_them_read()
    {
        // 交通运输局's list is still a draft three days before the deadline: its clerk is reminded.
        var clerk = await site.SignInAsync("jtj2");
        await clerk.GotoAsync("/projects");
        var count = int.Parse(await clerk.Locator("#bell-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > 0);
        await clerk.FollowAsync(() => clerk.Locator("#bell").ClickAsync(), new Regex("/notifications$"));
        var table = await clerk.Locator("#notifications").InnerTextAsync();
        Assert.Contains("储备截止", table, StringComparison.Ordinal);
        Assert.Contains("还有 3 天", table, StringComparison.Ordinal);

        await clerk.Locator("#notifications tr.unread").First.GetByRole(AriaRole.Button, new() { Name = "标为已读" }).ClickAsync();
        await clerk.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal((count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), (await clerk.Locator("#unread-count").InnerTextAsync()).Trim());
        if (count > 1)
        {
            Assert.Equal((count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), await clerk.Locator("#bell-count").InnerTextAsync());
        }
        await clerk.GetByRole(AriaRole.Button, new() { Name = "全部标为已读" }).ClickAsync();
        await clerk.WaitForLoadStateAsync(LoadState.Load);
        Assert.Contains("标为已读", await clerk.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        using (var check = await site.SessionAsync("jtj2"))
        {
            var unread = await check.GetJsonAsync("/api/notifications?unread=true");
            Assert.True(unread.GetProperty("total").GetInt32() == 0, "仍有未读：" + unread.GetRawText());
        }
        Assert.Equal(0, await clerk.Locator("#bell-count").CountAsync());
        Assert.Equal(0, await clerk.Locator("#notifications tr.unread").CountAsync());
        // Reminders are stored once: opening more pages brings no duplicate back.
        await clerk.GotoAsync("/projects");
        Assert.Equal(0, await clerk.Locator("#bell-count").CountAsync());
        await clerk.Context.CloseAsync();

        using var api = await site.SessionAsync("jtj2");
        var list = await api.GetJsonAsync("/api/notifications");
        Assert.Equal(0, list.GetProperty("unread").GetInt32());
        Assert.Equal(count, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/notifications?p=2")).StatusCode);
    }
}
