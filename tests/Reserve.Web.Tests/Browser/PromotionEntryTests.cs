using Microsoft.Playwright;
using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Browser;

/// <summary>
/// A 商务局 promotion clerk registers a 推介会, enters a deal signed there (a mistyped amount first comes back named
/// beside its field), records a 履约核查, moves the deal to 落地, and finds it on the dashboard by its 园区,
/// 招商方式 and 产业链.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PromotionEntryTests(ReserveSite site, BrowserFixture browser)
{
    private const string Clerk = "swuj";
    private const string ClerkName = "杨海燕";

    [Fact]
    public async Task A_clerk_enters_an_event_and_a_deal_checks_it_lands_it_and_sees_it_by_park_method_and_chain()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var eventName = $"测试推介会{tag}";
        var dealName = $"测试招商项目{tag}";
        var park = $"测试园区{tag}";
        var chain = $"测试产业链{tag}";
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Clerk);
        var page = clerk.Page;

        await clerk.GotoAsync("/promotion");
        await page.Locator("#events-link").ClickAsync();
        await page.Locator("#new-event").ClickAsync();
        await page.GetByLabel("活动名称").FillAsync(eventName);
        await page.Locator("#event-kind").SelectOptionAsync("推介会");
        await page.GetByLabel("举办日期").FillAsync("2026-05-20");
        await page.GetByLabel("举办地点").FillAsync("上海");
        await page.FollowAsync(() => page.Locator("#save-event").ClickAsync(), "**/promotion/events");
        Assert.Contains(eventName, await ProjectPage.Flash(page).InnerTextAsync());
        Assert.Contains("推介会", await page.Locator("#event-list tr", new() { HasText = eventName }).InnerTextAsync());

        await clerk.GotoAsync("/promotion");
        await page.Locator("#new-deal").ClickAsync();
        var form = page.Locator("#deal-form");
        await form.Locator("[name='Form.Name']").FillAsync(dealName);
        await form.Locator("[name='Form.Investor']").FillAsync("上海测试新材料科技有限公司");
        await form.Locator("[name='Form.Industry']").SelectOptionAsync("先进制造");
        await form.Locator("#deal-follower").SelectOptionAsync(ClerkName);
        await form.Locator("#deal-event").SelectOptionAsync(new SelectOptionValue { Label = (await form.Locator("#deal-event option", new() { HasText = eventName }).InnerTextAsync()).Trim() });
        await form.Locator("#deal-method").SelectOptionAsync("节会招商");
        await form.Locator("[name='Form.Park']").FillAsync(park);
        await form.Locator("[name='Form.Chain']").FillAsync(chain);
        await form.Locator("#deal-chain-link").SelectOptionAsync("延链");
        await form.Locator("[name='Form.Scale']").FillAsync("新建高性能合金材料生产线两条");
        await form.Locator("#deal-start-stage").SelectOptionAsync("签约");
        await form.Locator("[name='Form.ContractInvestment']").FillAsync("八千");
        await page.Locator("#save-deal").ClickAsync();
        await page.Locator("#form-error").WaitForAsync();
        Assert.Equal("“八千”不是数字（万元）", (await page.Locator(".field-error[data-field='签约投资额']").InnerTextAsync()).Trim());
        Assert.Equal(park, await form.Locator("[name='Form.Park']").InputValueAsync());
        Assert.Equal(ClerkName, await form.Locator("#deal-follower").InputValueAsync());

        await form.Locator("[name='Form.ContractInvestment']").FillAsync("8000");
        await page.FollowAsync(() => page.Locator("#save-deal").ClickAsync(), new System.Text.RegularExpressions.Regex(@"/promotion/deals/\d+$"));
        Assert.Contains(dealName, await ProjectPage.Flash(page).InnerTextAsync());
        Assert.Equal("签约", (await page.Locator("#deal-stage").InnerTextAsync()).Trim());
        Assert.Equal(ClerkName, (await page.Locator("#deal-follower").InnerTextAsync()).Trim());
        Assert.Equal(park, (await page.Locator("#deal-park").InnerTextAsync()).Trim());

        await page.Locator("#check-verdict").SelectOptionAsync("true");
        await page.Locator("#check-form [name='note']").FillAsync("已完成工商注册，按合同推进");
        await page.Locator("#add-check").ClickAsync();
        await page.Locator("#deal-checks tbody tr").First.WaitForAsync();
        Assert.Contains("已登记履约核查", await ProjectPage.Flash(page).InnerTextAsync());
        Assert.Contains("按合同推进", await page.Locator("#deal-checks").InnerTextAsync());

        Assert.Equal("Landed", await page.Locator("#stage-to").InputValueAsync());
        await page.Locator("#move-stage").ClickAsync();
        await page.Locator(".flash").WaitForAsync();
        Assert.Equal("落地", (await page.Locator("#deal-stage").InnerTextAsync()).Trim());
        var audit = await page.Locator("#deal-audit").InnerTextAsync();
        Assert.Contains("阶段变更", audit);
        Assert.Contains("履约核查", audit);
        Assert.Contains(ClerkName, audit);

        await clerk.GotoAsync("/promotion");
        var parkRow = page.Locator("#dimension-park tr", new() { HasText = park });
        var cells = await parkRow.Locator("td").AllInnerTextsAsync();
        Assert.Equal([park, "1", "8,000万元", "100.00%", "0.00%"], cells.Select(c => c.Trim()));
        Assert.Contains("节会招商", await page.Locator("#dimension-method").InnerTextAsync());
        Assert.Contains(chain, await page.Locator("#dimension-chain").InnerTextAsync());

        await page.FollowAsync(() => parkRow.Locator("a").ClickAsync(), new System.Text.RegularExpressions.Regex(@"/promotion\?.*park="));
        Assert.Equal("1", (await page.Locator("#deal-count").InnerTextAsync()).Trim());
        Assert.Contains(dealName, await page.Locator("#deal-list").InnerTextAsync());
    }
}
