using Reserve.Web.Tests.Browser;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Reserve.Instructions.Web.Tests;

/// <summary>In Chromium, in Chinese: the leader moves one instruction's due date and withdraws another; the department no longer has the withdrawn one to do.</summary>
[Collection(InstructionsSiteCollection.Name)]
public sealed class ChangeBrowserTests(InstructionsSite site)
{
    [Fact]
    public async Task A_leader_moves_a_due_date_and_withdraws_an_instruction_the_department_then_no_longer_has_pending()
    {
        using var api = await site.SessionAsync("leader");
        var subject = (await api.GetJsonAsync("/api/instructions/subjects?kind=PlanProject")).GetProperty("subjects")[0];
        var subjectId = subject.GetProperty("id").GetString()!;
        var department = subject.GetProperty("department").GetString()!;
        var moved = (await site.InstructionAsync(api, subjectId, "请于月底前完成用地预审（改期测试）", 5)).GetProperty("id").GetInt64();
        var withdrawn = (await site.InstructionAsync(api, subjectId, "请协调施工便道（撤回测试）", 5)).GetProperty("id").GetInt64();

        var leader = await site.SignInAsync("leader");
        await leader.GotoAsync($"/instructions/{moved}");
        await leader.FollowAsync(() => leader.GetByRole(AriaRole.Link, new() { Name = "修改或撤回" }).ClickAsync(), new Regex($"/instructions/{moved}/edit$"));
        await leader.GetByLabel("办理时限").FillAsync("2026-10-31");
        await leader.FollowAsync(() => leader.GetByRole(AriaRole.Button, new() { Name = "保存修改" }).ClickAsync(), new Regex($"/instructions/{moved}$"));
        Assert.Contains("已修改批示", await leader.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("2026-10-31", (await leader.Locator("#due-on").InnerTextAsync()).Trim());
        Assert.Contains("修改批示", await leader.Locator("#audit").InnerTextAsync(), StringComparison.Ordinal);

        await leader.GotoAsync($"/instructions/{withdrawn}/edit");
        await leader.GetByRole(AriaRole.Button, new() { Name = "撤回批示" }).ClickAsync();
        Assert.Equal("请填写撤回理由", await leader.Locator(".field-error[data-field=撤回理由]").InnerTextAsync());
        await leader.GetByLabel("撤回理由").FillAsync("施工便道已由县上协调解决");
        await leader.FollowAsync(() => leader.GetByRole(AriaRole.Button, new() { Name = "撤回批示" }).ClickAsync(), new Regex($"/instructions/{withdrawn}$"));
        Assert.Equal("已撤回", (await leader.Locator("#instruction-state").InnerTextAsync()).Trim());
        Assert.Contains("施工便道已由县上协调解决", await leader.Locator("#withdrawn").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await leader.Locator("#manage-instruction").CountAsync());
        await leader.Context.CloseAsync();

        var clerk = await site.SignInAsync(InstructionsSite.Clerks[department]);
        await clerk.GotoAsync("/instructions?filter=Open");
        var pending = await clerk.Locator("#instructions").InnerTextAsync();
        Assert.DoesNotContain("撤回测试", pending, StringComparison.Ordinal);
        await clerk.GotoAsync("/instructions?filter=Withdrawn");
        var row = clerk.Locator("#instructions tr", new() { HasText = "撤回测试" });
        Assert.Contains("已撤回", await row.InnerTextAsync(), StringComparison.Ordinal);
        await clerk.GotoAsync($"/instructions/{withdrawn}");
        Assert.Equal(0, await clerk.Locator("#answer-form").CountAsync());
        await clerk.GotoAsync("/notifications");
        Assert.Contains("撤回了对", await clerk.Locator("#notifications").InnerTextAsync(), StringComparison.Ordinal);
        await clerk.Context.CloseAsync();
    }
}
