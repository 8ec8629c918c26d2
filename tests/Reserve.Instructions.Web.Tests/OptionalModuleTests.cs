using System.Net;
using Reserve.Host.Tests.Web;

namespace Reserve.Instructions.Web.Tests;

/// <summary>
/// 领导批示与提醒 is optional both ways: switched off, its routes, pages, bell and dashboard panel are gone and the
/// dashboards still work; switched on while 项目调度 and 招商引资 are off, it offers only the kinds that remain.
/// </summary>
public sealed class OptionalModuleTests
{
    [Fact]
    public async Task Switched_off_it_leaves_no_route_bell_or_panel_behind()
    {
        await using var factory = new ReserveWebFactory(new Dictionary<string, string> { ["Reserve:Modules:Instructions:Enabled"] = "false" });
        using var reviewer = await factory.SignedInAsync("fgw");
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync("/api/instructions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync("/api/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync("/instructions")).StatusCode);
        var dashboard = await reviewer.PageAsync("/dispatch");
        Assert.DoesNotContain("id=\"bell\"", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("overdue-instructions", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("批示督办", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("write-instruction", await reviewer.PageAsync("/promotion/deals/1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_dispatch_and_promotion_off_only_approvals_can_be_instructed()
    {
        await using var factory = new ReserveWebFactory(new Dictionary<string, string>
        {
            ["Reserve:Modules:Dispatch:Enabled"] = "false",
            ["Reserve:Modules:Promotion:Enabled"] = "false",
            ["Reserve:Notifications:IntervalMinutes"] = "0",
        });
        using var leader = await factory.SignedInAsync("leader");
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.GetAsync("/api/instructions/subjects?kind=PlanProject")).StatusCode);
        var approvals = await leader.GetJsonAsync("/api/instructions/subjects?kind=Approval");
        Assert.True(approvals.GetProperty("subjects").GetArrayLength() > 0);
        var form = await leader.PageAsync("/instructions/new");
        Assert.Contains("审批事项", form, StringComparison.Ordinal);
        Assert.DoesNotContain("年度计划项目", form, StringComparison.Ordinal);
        Assert.Contains("id=\"bell\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/api/notifications")).StatusCode);
    }
}
