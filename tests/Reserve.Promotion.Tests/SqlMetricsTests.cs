using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Demo.Projects;
using Reserve.Demo.Promotion;
using Reserve.Persistence;
using Reserve.Promotion.Charts;
using Reserve.Promotion.Deals;
using Reserve.Promotion.Metrics;
using Reserve.Promotion.Storage;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Promotion.Tests;

/// <summary>
/// The dashboards' figures come from GROUP BY queries over the deals' dated rows; they must be exactly what the
/// metrics' definition gives over the same deals in memory, for every grouping (园区, 招商方式 and 产业链 among them),
/// as of any date, for the city and for one department, and they must follow every change of a deal.
/// </summary>
public sealed class SqlMetricsTests
{
    private static readonly IReadOnlyList<ProjectRecord> Reserve = DemoProjects.Generate(600);

    private static readonly DateOnly[] Dates = [new(2023, 12, 31), new(2025, 6, 30), new(2026, 7, 6), PromotionDemo.DefaultAsOf];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Every_grouping_as_of_any_date_matches_the_definition_for_the_city_and_a_department(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var demo = PromotionDemo.Generate(Reserve, count: 300);
        Assert.Equal(300, await store.Promotion.SeedDemoAsync(demo, "演示数据"));
        var names = demo.Events.ToDictionary(e => e.Id, e => e.Name);
        Assert.Contains(demo.Deals, d => d.Park is not null);
        Assert.Contains(demo.Deals, d => d.Park is null);

        foreach (var department in new string?[] { null, "工信局" })
        {
            var deals = demo.Deals.Where(d => department is null || d.Department == department).ToList();
            foreach (var grouping in Enum.GetValues<MetricGrouping>())
            {
                foreach (var asOf in Dates)
                {
                    var expected = PromotionMetrics.Compute(deals, names, asOf, grouping);
                    var actual = await store.Promotion.MetricsAsync(grouping, asOf, department);
                    Assert.True(expected.Rows.SequenceEqual(actual.Rows), $"{grouping} {asOf} {department}：{string.Join(" | ", actual.Rows)} ≠ {string.Join(" | ", expected.Rows)}");
                    Assert.Equal(expected.Total, actual.Total);
                }
            }
            var chart = await store.Promotion.FundsChartAsync(new DateOnly(2023, 1, 1), PromotionDemo.DefaultAsOf, department);
            var reference = PromotionCharts.FundsByMonth(deals, new DateOnly(2023, 1, 1), PromotionDemo.DefaultAsOf);
            Assert.Equal(reference.Categories, chart.Categories);
            for (var s = 0; s < reference.Series.Count; s++)
            {
                Assert.Equal(reference.Series[s].Values, chart.Series[s].Values);
            }
        }
        var byPark = await store.Promotion.MetricsAsync(MetricGrouping.Park, PromotionDemo.DefaultAsOf);
        Assert.Contains(byPark.Rows, r => r.Group == PromotionMetrics.NoPark);
        Assert.Contains(byPark.Rows, r => r.Group == "嘉峪关工业园区嘉北片区");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_deal_moved_checked_and_funded_shows_in_its_park_method_and_chain_at_once(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var draft = PromotionFixture.Draft() with { Park = "嘉峪关国际港务区", Method = "以商招商", Chain = "现代物流产业链", ChainLink = "补链" };
        var created = (await store.Promotion.CreateAsync(draft, DealStage.Signed, new DateOnly(2026, 9, 1), "张三")).Value!;
        var checkedDeal = (await store.Promotion.AddPerformanceCheckAsync(created.Deal.Id, new PerformanceCheck { On = new DateOnly(2026, 9, 30), OnSchedule = true }, created.Version, "张三")).Value!;
        var landed = (await store.Promotion.MoveStageAsync(created.Deal.Id, DealStage.Landed, new DateOnly(2026, 10, 10), null, checkedDeal.Version, "张三")).Value!;
        Assert.True((await store.Promotion.AddFundsAsync(created.Deal.Id, new FundArrival { On = new DateOnly(2026, 10, 12), Amount = 13000m }, landed.Version, "张三")).Succeeded);

        var park = Assert.Single((await store.Promotion.MetricsAsync(MetricGrouping.Park)).Rows);
        Assert.Equal(("嘉峪关国际港务区", 1, 1, 1, 13000m), (park.Group, park.Signed, park.Landed, park.OnSchedule, park.FundsArrived));
        Assert.Equal("以商招商", Assert.Single((await store.Promotion.MetricsAsync(MetricGrouping.Method)).Rows).Group);
        Assert.Equal("现代物流产业链", Assert.Single((await store.Promotion.MetricsAsync(MetricGrouping.Chain)).Rows).Group);
        Assert.Equal("补链", Assert.Single((await store.Promotion.MetricsAsync(MetricGrouping.ChainLink)).Rows).Group);
        // The day before it landed it was signed only; before the check it was not assessed.
        var before = Assert.Single((await store.Promotion.MetricsAsync(MetricGrouping.Park, new DateOnly(2026, 9, 29))).Rows);
        Assert.Equal((1, 0, 1, 0m), (before.Signed, before.Landed, before.NotAssessed, before.FundsArrived));
        Assert.Empty((await store.Promotion.MetricsAsync(MetricGrouping.Park, new DateOnly(2026, 8, 31))).Rows);
        Assert.Empty((await store.Promotion.MetricsAsync(MetricGrouping.Park, null, "工信局")).Rows);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Deals_stored_before_their_rows_existed_get_them_when_the_module_migrates(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var demo = PromotionDemo.Generate(Reserve, count: 40);
        await store.Promotion.SeedDemoAsync(demo, "演示数据");
        var expected = await store.Promotion.MetricsAsync(MetricGrouping.Industry, PromotionDemo.DefaultAsOf);
        var contexts = store.Services.GetRequiredService<IDbContextFactory<PromotionDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Facts.ExecuteDeleteAsync();
        }
        Assert.Equal(0, (await store.Promotion.MetricsAsync(MetricGrouping.Industry, PromotionDemo.DefaultAsOf)).Total.Signed);

        await store.Services.MigratePromotionAsync();

        Assert.Equal(expected, await store.Promotion.MetricsAsync(MetricGrouping.Industry, PromotionDemo.DefaultAsOf), new TableComparer());
        await store.Services.MigratePromotionAsync();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            Assert.Equal(demo.Deals.Sum(d => DealFact.Of(d).Count()), await db.Facts.CountAsync());
        }
    }

    private sealed class TableComparer : IEqualityComparer<MetricTable>
    {
        public bool Equals(MetricTable? x, MetricTable? y) => x!.Rows.SequenceEqual(y!.Rows) && x.Total == y.Total;

        public int GetHashCode(MetricTable obj) => obj.Rows.Count;
    }
}
