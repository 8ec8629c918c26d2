using System.Text.Json;
using Reserve.Demo.Projects;
using Reserve.Promotion.Deals;
using Reserve.Demo.Promotion;
using Reserve.Promotion.Metrics;
using Reserve.Sdk.Projects;

namespace Reserve.Promotion.Tests;

public sealed class DemoTests
{
    private static readonly IReadOnlyList<ProjectRecord> Reserve = DemoProjects.Generate(600);

    [Fact]
    public void The_same_seed_gives_the_same_data()
    {
        var first = JsonSerializer.Serialize(PromotionDemo.Generate(Reserve));
        var second = JsonSerializer.Serialize(PromotionDemo.Generate(Reserve));
        Assert.Equal(first, second);
        Assert.NotEqual(first, JsonSerializer.Serialize(PromotionDemo.Generate(Reserve, seed: 7)));
    }

    [Fact]
    public void Events_are_lanzhou_fair_sessions_and_city_promotions()
    {
        var events = PromotionDemo.Generate(Reserve).Events;
        Assert.Equal(["第二十九届兰洽会", "第三十届兰洽会", "2025年嘉峪关市重点产业链招商推介会", "第三十一届兰洽会", "2026年长三角地区招商推介会", "第三十二届兰洽会"],
            events.Select(e => e.Name));
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Id));
    }

    [Fact]
    public void Landed_deals_are_the_enterprise_projects_of_the_demo_reserve()
    {
        var deals = PromotionDemo.Generate(Reserve).Deals;
        var linked = deals.Where(d => d.ProjectId is not null).ToList();
        var byId = Reserve.ToDictionary(p => p.Id!);

        Assert.NotEmpty(linked);
        Assert.All(linked, d =>
        {
            var project = byId[d.ProjectId!];
            Assert.Equal(ProjectAttribute.Enterprise, project.Attribute);
            Assert.Equal((project.Name, project.Unit, project.Department, project.TotalInvestment), (d.Name, d.Investor, d.Department, d.ContractInvestment));
            Assert.True(d.Stage >= DealStage.Landed);
        });
        Assert.Equal(linked.Count, linked.Select(d => d.ProjectId).Distinct().Count());
        Assert.StartsWith("2027-", linked[0].ProjectId);
    }

    [Fact]
    public void Every_demo_deal_is_valid_coherent_and_chinese()
    {
        var today = PromotionDemo.DefaultAsOf;
        var demo = PromotionDemo.Generate(Reserve);
        Assert.Equal(120, demo.Deals.Count);
        foreach (var deal in demo.Deals)
        {
            Assert.Empty(DealRules.Check(deal, eventExists: true));
            Assert.Equal(deal.History[^1].To, deal.Stage);
            Assert.True(deal.History.Zip(deal.History.Skip(1)).All(p => p.First.On <= p.Second.On), deal.Name);
            Assert.All(deal.History.Skip(1).Where((c, i) => c.To < deal.History[i].To), back => Assert.False(string.IsNullOrEmpty(back.Reason)));
            Assert.All(deal.Funds, f => Assert.True(f.On >= deal.ReachedOn(DealStage.Signed) && f.On <= today && f.Amount > 0));
            Assert.True(deal.FundsArrivedBy(today) <= deal.ContractInvestment);
            Assert.Matches(@"^[\p{IsCJKUnifiedIdeographs}（）]+(有限公司|有限责任公司|股份有限公司|集团有限公司)$", deal.Investor);
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{2,4}$", deal.FollowedBy);
        }
        // Every stage occurs, and some deals were put back a stage.
        Assert.Equal(Enum.GetValues<DealStage>().Length, demo.Deals.Select(d => d.Stage).Distinct().Count());
        Assert.Contains(demo.Deals, d => d.History.Any(c => c.Reason is not null));
    }

    [Fact]
    public void Demo_metrics_fall_in_a_believable_range()
    {
        var demo = PromotionDemo.Generate(Reserve);
        var names = demo.Events.ToDictionary(e => e.Id, e => e.Name);
        var total = PromotionMetrics.Compute(demo.Deals, names, PromotionDemo.DefaultAsOf, MetricGrouping.Event).Total;
        Assert.InRange(total.Signed, 60, 110);
        Assert.InRange(total.Landing.Ratio!.Value, 0.5m, 0.95m);
        Assert.InRange(total.FundsArrival.Ratio!.Value, 0.15m, 0.8m);
    }

    [Fact]
    public async Task Seeding_fills_empty_tables_once()
    {
        await using var store = await PromotionFixture.CreateAsync();

        Assert.Equal(120, await store.Promotion.SeedDemoAsync(PromotionDemo.Generate(Reserve), "演示数据"));
        Assert.Equal(0, await store.Promotion.SeedDemoAsync(PromotionDemo.Generate(Reserve), "演示数据"));

        Assert.Equal(6, (await store.Promotion.EventsAsync()).Count);
        var table = await store.Promotion.MetricsAsync(MetricGrouping.Event, PromotionDemo.DefaultAsOf);
        var expected = PromotionMetrics.Compute(PromotionDemo.Generate(Reserve).Deals, PromotionDemo.Generate(Reserve).Events.ToDictionary(e => e.Id, e => e.Name), PromotionDemo.DefaultAsOf, MetricGrouping.Event);
        Assert.Equal(expected.Total, table.Total);
        Assert.Equal(expected.Rows, table.Rows);   // deals follow their events to the ids the database gave them
    }
}
