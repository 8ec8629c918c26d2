using Reserve.Persistence;
using Reserve.Testing;
using Reserve.Promotion.Deals;

namespace Reserve.Promotion.Tests;

/// <summary>扶持办法 granted to a deal, and an event's kind: checked with Chinese messages naming the field, stored, audited.</summary>
public sealed class SupportAndEventTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Support_granted_to_a_signed_deal_is_stored_trimmed_and_audited(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var landed = await store.LandedDealAsync();

        var rent = await store.Promotion.AddSupportAsync(landed.Deal.Id, new SupportGrant { Item = " 标准化厂房租金减免 ", Basis = "嘉峪关市招商引资优惠政策", GrantedOn = new DateOnly(2026, 9, 1) }, landed.Version, "李四");
        Assert.True(rent.Succeeded, string.Join("；", rent.Problems));
        var grant = await store.Promotion.AddSupportAsync(landed.Deal.Id, new SupportGrant { Item = "固定资产投资补助", Basis = "嘉政办发〔2026〕1号", Amount = 300m, GrantedOn = new DateOnly(2026, 8, 1), Note = "首期" }, rent.Value!.Version, "李四");
        Assert.True(grant.Succeeded, string.Join("；", grant.Problems));

        var loaded = (await store.Promotion.FindAsync(landed.Deal.Id))!.Deal;
        Assert.Equal([("固定资产投资补助", (decimal?)300m), ("标准化厂房租金减免", null)], loaded.Support.OrderBy(g => g.GrantedOn).Select(g => (g.Item, g.Amount)));
        var audit = await store.Promotion.DealAuditAsync(landed.Deal.Id);
        Assert.Equal("扶持办法", audit[^1].Action);
        Assert.Contains("固定资产投资补助", audit[^1].After);
        Assert.DoesNotContain("固定资产投资补助", audit[^1].Before);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_check_or_funds_dated_before_the_last_ones_are_stored_and_the_latest_check_decides(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var landed = await store.LandedDealAsync();
        var late = (await store.Promotion.AddPerformanceCheckAsync(landed.Deal.Id, new PerformanceCheck { On = new DateOnly(2026, 10, 1), OnSchedule = false }, landed.Version, "李四")).Value!;
        var early = await store.Promotion.AddPerformanceCheckAsync(landed.Deal.Id, new PerformanceCheck { On = new DateOnly(2026, 9, 1), OnSchedule = true }, late.Version, "李四");
        Assert.True(early.Succeeded, string.Join("；", early.Problems));
        var funds = (await store.Promotion.AddFundsAsync(landed.Deal.Id, new FundArrival { On = new DateOnly(2026, 10, 2), Amount = 10m }, early.Value!.Version, "李四")).Value!;
        Assert.True((await store.Promotion.AddFundsAsync(landed.Deal.Id, new FundArrival { On = new DateOnly(2026, 8, 2), Amount = 5m }, funds.Version, "李四")).Succeeded);

        var total = (await store.Promotion.MetricsAsync(Metrics.MetricGrouping.Event)).Total;
        Assert.Equal((0, 15m), (total.OnSchedule, total.FundsArrived));
        var september = (await store.Promotion.MetricsAsync(Metrics.MetricGrouping.Event, new DateOnly(2026, 9, 15))).Total;
        Assert.Equal((1, 5m), (september.OnSchedule, september.FundsArrived));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Support_before_signing_without_its_policy_or_with_no_amount_is_refused_field_by_field(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var lead = (await store.Promotion.CreateAsync(PromotionFixture.Draft(), DealStage.Lead, new DateOnly(2026, 10, 1), "张三")).Value!;

        var refused = await store.Promotion.AddSupportAsync(lead.Deal.Id, new SupportGrant { Item = "", Basis = " ", Amount = 0m, GrantedOn = new DateOnly(2026, 10, 16) }, lead.Version, "张三");

        Assert.False(refused.Succeeded);
        var problems = refused.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains("扶持事项：必填，不能为空", problems);
        Assert.Contains("政策依据：必填，不能为空", problems);
        Assert.Contains("扶持金额：“0”应为大于0的金额（万元），非资金类扶持请留空", problems);
        Assert.Contains("兑现日期：项目处于“线索”阶段，签约后才能登记扶持办法", problems);
        Assert.Contains(problems, p => p.StartsWith("兑现日期：2026年10月16日晚于今天", StringComparison.Ordinal));
        var stored = (await store.Promotion.FindAsync(lead.Deal.Id))!;
        Assert.Equal(lead.Version, stored.Version);
        Assert.Empty(stored.Deal.Support);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task An_event_keeps_its_kind_and_a_kind_off_the_list_is_named(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var saved = await store.Promotion.SaveEventAsync(new PromotionEvent { Name = "2026年嘉峪关市重点项目集中签约仪式", HeldOn = new DateOnly(2026, 9, 18), Kind = "集中签约" }, null, "张三");
        Assert.True(saved.Succeeded);
        var edited = await store.Promotion.SaveEventAsync(new PromotionEvent { Id = saved.Value!.Event.Id, Name = saved.Value.Event.Name, HeldOn = new DateOnly(2026, 9, 19), Kind = "网络招商" }, saved.Value.Version, "郑海涛");
        Assert.True(edited.Succeeded);
        Assert.Equal(("网络招商", new DateOnly(2026, 9, 19), 2), ((await store.Promotion.FindEventAsync(saved.Value.Event.Id))!.Event.Kind, edited.Value!.Event.HeldOn, edited.Value.Version));

        var stale = await store.Promotion.SaveEventAsync(new PromotionEvent { Id = saved.Value.Event.Id, Name = "改名", HeldOn = new DateOnly(2026, 9, 19) }, saved.Value.Version, "张三");
        Assert.NotNull(stale.Conflict);
        var wrong = await store.Promotion.SaveEventAsync(new PromotionEvent { Name = "推介", HeldOn = new DateOnly(2026, 9, 1), Kind = "茶话会" }, null, "张三");
        Assert.Contains("活动类型：“茶话会”应为以下之一：兰洽会、推介会、集中签约、网络招商、投资洽谈会、其他", wrong.Problems.Select(p => p.ToString()));

        var page = await store.Promotion.EventPageAsync(0, 10);
        Assert.Equal(1, page.Total);
        Assert.Equal(0, Assert.Single(page.Items).Deals);
    }
}
