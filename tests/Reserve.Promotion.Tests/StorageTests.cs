using Reserve.Persistence;
using Reserve.Testing;
using Reserve.Promotion.Deals;
using Reserve.Promotion.Metrics;

namespace Reserve.Promotion.Tests;

public sealed class StorageTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_deal_with_its_history_funds_and_checks_survives_the_round_trip_and_is_audited(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var landed = await store.LandedDealAsync();

        var funded = await store.Promotion.AddFundsAsync(landed.Deal.Id, new FundArrival { On = new DateOnly(2026, 9, 30), Amount = 5200m, Note = "省外到位资金" }, landed.Version, "李四");
        var checkedDeal = await store.Promotion.AddPerformanceCheckAsync(landed.Deal.Id, new PerformanceCheck { On = new DateOnly(2026, 9, 30), OnSchedule = true }, funded.Value!.Version, "李四");

        var loaded = (await store.Promotion.FindAsync(landed.Deal.Id))!;
        Assert.Equal(checkedDeal.Value!.Version, loaded.Version);
        Assert.Equal(4, loaded.Version);
        Assert.Equal("第三十二届兰洽会", loaded.EventName);
        Assert.Equal(("恒泰光伏发电项目", "江苏恒泰新能源科技有限公司", 52000m, DealStage.Landed), (loaded.Deal.Name, loaded.Deal.Investor, loaded.Deal.ContractInvestment, loaded.Deal.Stage));
        Assert.Equal([(DealStage.Signed, new DateOnly(2026, 7, 6)), (DealStage.Landed, new DateOnly(2026, 8, 1))], loaded.Deal.History.Select(h => (h.To, h.On)));
        Assert.Equal(DealStage.Signed, loaded.Deal.History[1].From);
        var arrival = Assert.Single(loaded.Deal.Funds);
        Assert.Equal((new DateOnly(2026, 9, 30), 5200m, "省外到位资金"), (arrival.On, arrival.Amount, arrival.Note));
        Assert.True(Assert.Single(loaded.Deal.Checks).OnSchedule);
        Assert.Equal("李四", loaded.UpdatedBy);

        var audit = await store.Promotion.DealAuditAsync(landed.Deal.Id);
        Assert.Equal(["创建", "阶段变更", "资金到位", "履约核查"], audit.Select(a => a.Action));
        Assert.Null(audit[0].Before);
        Assert.Contains("\"stage\":\"签约\"", audit[1].Before);
        Assert.Contains("\"stage\":\"落地\"", audit[1].After);
        Assert.DoesNotContain("\"amount\":5200", audit[2].Before);
        Assert.Contains("\"amount\":5200", audit[2].After);
        Assert.Equal(["张三", "张三", "李四", "李四"], audit.Select(a => a.User));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_second_of_two_concurrent_edits_is_refused_and_the_first_is_kept(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var landed = await store.LandedDealAsync();

        var first = await store.Promotion.UpdateAsync(landed.Deal.Id, PromotionFixture.Draft() with { EventId = landed.Deal.EventId, ContractInvestment = 60000m }, landed.Version, "张三");
        var second = await store.Promotion.AddFundsAsync(landed.Deal.Id, new FundArrival { On = new DateOnly(2026, 9, 1), Amount = 100m }, landed.Version, "李四");

        Assert.True(first.Succeeded);
        Assert.False(second.Succeeded);
        Assert.StartsWith("保存被拒绝：招商项目“恒泰光伏发电项目”已由 张三 于", second.Conflict);
        Assert.Contains($"您编辑的是版本 {landed.Version}", second.Conflict);
        var now = (await store.Promotion.FindAsync(landed.Deal.Id))!;
        Assert.Equal((60000m, 0), (now.Deal.ContractInvestment, now.Deal.Funds.Count));
        Assert.DoesNotContain(await store.Promotion.DealAuditAsync(landed.Deal.Id), a => a.Action == "资金到位");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_move_back_is_stored_with_its_reason_and_audited_as_such(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var landed = await store.LandedDealAsync();

        var noReason = await store.Promotion.MoveStageAsync(landed.Deal.Id, DealStage.Signed, new DateOnly(2026, 9, 1), null, landed.Version, "张三");
        var back = await store.Promotion.MoveStageAsync(landed.Deal.Id, DealStage.Signed, new DateOnly(2026, 9, 1), "用地手续未能按期落实", landed.Version, "张三");

        Assert.Equal("退回原因：从“落地”退回到“签约”必须说明原因", Assert.Single(noReason.Problems).ToString());
        Assert.True(back.Succeeded);
        Assert.Equal((DealStage.Signed, "用地手续未能按期落实"), (back.Value!.Deal.Stage, back.Value.Deal.History[^1].Reason));
        Assert.Equal("退回", (await store.Promotion.DealAuditAsync(landed.Deal.Id))[^1].Action);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_bad_deal_is_refused_in_chinese_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);

        var outcome = await store.Promotion.CreateAsync(PromotionFixture.Draft() with { Name = "", EventId = 42, ContractInvestment = 0m }, DealStage.Signed, new DateOnly(2026, 10, 16), "张三");

        Assert.False(outcome.Succeeded);
        Assert.Equal(
        [
            "日期：2026年10月16日晚于今天（2026年10月15日），不能预先登记",
            "签约投资额：签约及以后阶段的项目必须填写大于0的合同投资额（万元）",
            "项目名称：必填，不能为空",
            "签约活动：没有编号为 42 的招商活动",
        ], outcome.Problems.Select(p => p.ToString()));
        Assert.Empty(await store.Promotion.ListAsync(new DealQuery()));
        Assert.Empty(await store.Promotion.DealAuditAsync(1));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Events_have_unique_names_and_refuse_a_stale_edit(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var saved = (await store.Promotion.SaveEventAsync(new PromotionEvent { Name = "第三十二届兰洽会", HeldOn = new DateOnly(2026, 7, 6) }, null, "张三")).Value!;

        var duplicate = await store.Promotion.SaveEventAsync(new PromotionEvent { Name = " 第三十二届兰洽会 ", HeldOn = new DateOnly(2026, 7, 6) }, null, "李四");
        var renamed = await store.Promotion.SaveEventAsync(new PromotionEvent { Id = saved.Event.Id, Name = "第三十二届中国兰州投资贸易洽谈会", HeldOn = new DateOnly(2026, 7, 6) }, saved.Version, "张三");
        var stale = await store.Promotion.SaveEventAsync(new PromotionEvent { Id = saved.Event.Id, Name = "第32届兰洽会", HeldOn = new DateOnly(2026, 7, 6) }, saved.Version, "李四");

        Assert.Equal("活动名称：“第三十二届兰洽会”已存在", Assert.Single(duplicate.Problems).ToString());
        Assert.True(renamed.Succeeded);
        Assert.Equal(2, renamed.Value!.Version);
        Assert.Contains("已被他人修改", stale.Conflict);
        Assert.Equal("第三十二届中国兰州投资贸易洽谈会", Assert.Single(await store.Promotion.EventsAsync()).Event.Name);
        Assert.Equal(["创建", "修改"], (await store.Promotion.EventAuditAsync(saved.Event.Id)).Select(a => a.Action));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Metrics_default_to_today_from_the_injected_clock(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var landed = await store.LandedDealAsync();
        await store.Promotion.AddFundsAsync(landed.Deal.Id, new FundArrival { On = new DateOnly(2026, 10, 15), Amount = 13000m }, landed.Version, "张三");

        var today = await store.Promotion.MetricsAsync(MetricGrouping.Event);
        var yesterday = await store.Promotion.MetricsAsync(MetricGrouping.Event, new DateOnly(2026, 10, 14));
        store.Clock.Advance(TimeSpan.FromHours(15));   // 2026-10-16 00:00 in Beijing, still 10-15 in UTC

        Assert.Equal(new DateOnly(2026, 10, 16), (await store.Promotion.MetricsAsync(MetricGrouping.Event)).AsOf);
        Assert.Equal(new DateOnly(2026, 10, 15), today.AsOf);
        Assert.Equal("25.00%", today.Total.FundsArrival.Display);       // 13000 ÷ 52000, arrived today
        Assert.Equal("0.00%", yesterday.Total.FundsArrival.Display);
        Assert.Equal("100.00%", Assert.Single(today.Rows).Landing.Display);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Lists_filter_by_department_industry_event_stage_and_text(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var landed = await store.LandedDealAsync();
        await store.Promotion.CreateAsync(PromotionFixture.Draft("瑞达冷链仓储物流中心项目", industry: "通道物流") with { Department = "商务局" }, DealStage.Lead, new DateOnly(2026, 9, 1), "张三");

        Assert.Single(await store.Promotion.ListAsync(new DealQuery(Department: "商务局")));
        Assert.Single(await store.Promotion.ListAsync(new DealQuery(Industry: "清洁能源")));
        Assert.Single(await store.Promotion.ListAsync(new DealQuery(EventId: landed.Deal.EventId)));
        Assert.Single(await store.Promotion.ListAsync(new DealQuery(Stage: DealStage.Lead)));
        Assert.Equal("瑞达冷链仓储物流中心项目", Assert.Single(await store.Promotion.ListAsync(new DealQuery(Search: "冷链")))!.Deal.Name);
        Assert.Equal(2, (await store.Promotion.ListAsync(new DealQuery())).Count);
    }
}
