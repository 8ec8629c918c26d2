using Microsoft.Extensions.DependencyInjection;
using Reserve.Demo.Projects;
using Reserve.Demo.Promotion;
using Reserve.Persistence;
using Reserve.Promotion.Deals;
using Reserve.Promotion.Metrics;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Promotion.Tests;

/// <summary>
/// The /promotion page reads its figures and its list once per change of the 招商 data: what it shows is what the
/// metric queries give over the same deals, an unchanged database is not read again, and a new deal, a stage move or
/// a 履约 check saved on this instance shows at the next read, one saved on another instance once this instance's change
/// stamps are a second old (<see cref="ChangeStamps.Freshness"/>).
/// </summary>
public sealed class DashboardSnapshotTests
{
    private static readonly IReadOnlyList<ProjectRecord> Reserve = DemoProjects.Generate(200);
    private static readonly DateOnly AsOf = PromotionDemo.DefaultAsOf;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_dashboard_shows_what_the_metric_queries_give(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var demo = PromotionDemo.Generate(Reserve, count: 120);
        await store.Promotion.SeedDemoAsync(demo, "演示数据");

        foreach (var department in new string?[] { null, "工信局" })
        {
            foreach (var grouping in new[] { MetricGrouping.Department, MetricGrouping.Park, MetricGrouping.Event })
            {
                var dashboard = await store.Promotion.DashboardAsync(grouping, AsOf, department);
                AssertEqualTables(await store.Promotion.MetricsAsync(grouping, AsOf, department), dashboard.Metrics);
                Assert.Equal(PromotionDashboard.DimensionGroupings, dashboard.Dimensions.Select(t => t.Grouping));
                foreach (var table in dashboard.Dimensions)
                {
                    AssertEqualTables(await store.Promotion.MetricsAsync(table.Grouping, AsOf, department), table);
                }
                var funds = await store.Promotion.FundsChartAsync(new DateOnly(AsOf.Year, 1, 1), AsOf, department);
                Assert.Equal(funds.Categories, dashboard.Funds.Categories);
                Assert.Equal(funds.Series.Select(s => s.Values), dashboard.Funds.Series.Select(s => s.Values));
                Assert.Equal(await store.Promotion.StageCountsAsync(department), dashboard.StageCounts);
                Assert.Equal(demo.Events.Count, dashboard.Events.Count);
            }
        }
        var query = new DealQuery(Department: "工信局", Take: 20);
        var page = await store.Promotion.PageAsync(query);
        Assert.Equal((await store.Promotion.ListAsync(query)).Select(d => d.Deal.Id), page.Items.Select(d => d.Deal.Id));
        Assert.Equal(await store.Promotion.CountAsync(query), page.Total);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_new_deal_a_move_and_a_check_show_at_the_next_read_here_and_within_a_second_on_another_instance(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var first = await store.Promotion.DashboardAsync(MetricGrouping.Park, AsOf, null);
        Assert.Same(first, await store.Promotion.DashboardAsync(MetricGrouping.Park, AsOf, null));
        Assert.Equal(0, first.Metrics.Total.Signed);
        Assert.Equal(0, (await store.Promotion.PageAsync(new DealQuery())).Total);

        var created = (await store.Promotion.CreateAsync(PromotionFixture.Draft() with { Park = "嘉峪关国际港务区" }, DealStage.Signed, new DateOnly(2026, 9, 1), "张三")).Value!;
        var signed = await store.Promotion.DashboardAsync(MetricGrouping.Park, AsOf, null);
        Assert.Equal((1, 1, 0), (signed.Metrics.Total.Signed, signed.Metrics.Total.NotAssessed, signed.Metrics.Total.Landed));
        Assert.Equal(1, signed.StageCounts[DealStage.Signed]);
        Assert.Equal(created.Deal.Id, Assert.Single((await store.Promotion.PageAsync(new DealQuery())).Items).Deal.Id);

        await using var other = store.OtherInstance();
        var elsewhere = other.GetRequiredService<IPromotionService>();
        var otherFirst = await elsewhere.DashboardAsync(MetricGrouping.Park, AsOf, null);
        Assert.Equal(1, otherFirst.Metrics.Total.Signed);
        var checkedDeal = (await elsewhere.AddPerformanceCheckAsync(created.Deal.Id, new PerformanceCheck { On = new DateOnly(2026, 9, 30), OnSchedule = true }, created.Version, "李四")).Value!;
        Assert.Same(signed, await store.Promotion.DashboardAsync(MetricGrouping.Park, AsOf, null));
        store.Clock.Advance(ChangeStamps.Freshness);
        var afterCheck = await store.Promotion.DashboardAsync(MetricGrouping.Park, AsOf, null);
        Assert.Equal((1, 0), (afterCheck.Metrics.Total.OnSchedule, afterCheck.Metrics.Total.NotAssessed));

        Assert.True((await store.Promotion.MoveStageAsync(created.Deal.Id, DealStage.Landed, new DateOnly(2026, 10, 10), null, checkedDeal.Version, "张三")).Succeeded);
        store.Clock.Advance(ChangeStamps.Freshness);
        var landed = await elsewhere.DashboardAsync(MetricGrouping.Park, AsOf, null);
        Assert.Equal(1, landed.Metrics.Total.Landed);
        Assert.Equal(1, landed.StageCounts[DealStage.Landed]);
        Assert.Equal(DealStage.Landed, Assert.Single((await elsewhere.PageAsync(new DealQuery())).Items).Deal.Stage);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_page_read_gives_the_list_and_the_dashboard_and_sees_a_change_on_another_instance(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        await store.Promotion.SeedDemoAsync(PromotionDemo.Generate(Reserve, count: 120), "演示数据");
        foreach (var (query, department) in new[] { (new DealQuery(Take: 20), (string?)null), (new DealQuery(Department: "工信局", Skip: 5, Take: 10), "工信局") })
        {
            var (deals, dashboard) = await store.Promotion.BoardAsync(query, MetricGrouping.Industry, AsOf, department);
            Assert.Same(await store.Promotion.PageAsync(query), deals);
            Assert.Same(await store.Promotion.DashboardAsync(MetricGrouping.Industry, AsOf, department), dashboard);
            Assert.Equal((await store.Promotion.ListAsync(query)).Select(d => d.Deal.Id), deals.Items.Select(d => d.Deal.Id));
            Assert.Equal(await store.Promotion.CountAsync(query), deals.Total);
            AssertEqualTables(await store.Promotion.MetricsAsync(MetricGrouping.Industry, AsOf, department), dashboard.Metrics);
        }

        var all = new DealQuery(Take: 20);
        var (before, beforeDashboard) = await store.Promotion.BoardAsync(all, MetricGrouping.Park, AsOf, null);
        await using var other = store.OtherInstance();
        var created = await other.GetRequiredService<IPromotionService>().CreateAsync(PromotionFixture.Draft(), DealStage.Signed, new DateOnly(2026, 9, 1), "李四");
        Assert.True(created.Succeeded);
        store.Clock.Advance(ChangeStamps.Freshness);
        var (after, afterDashboard) = await store.Promotion.BoardAsync(all, MetricGrouping.Park, AsOf, null);
        Assert.Equal(before.Total + 1, after.Total);
        Assert.Equal(beforeDashboard.Metrics.Total.Signed + 1, afterDashboard.Metrics.Total.Signed);
    }

    private static void AssertEqualTables(MetricTable expected, MetricTable actual)
    {
        Assert.Equal(expected.Rows, actual.Rows);
        Assert.Equal(expected.Total, actual.Total);
    }
}
