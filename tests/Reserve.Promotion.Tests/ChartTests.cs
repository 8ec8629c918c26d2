using Reserve.Promotion.Charts;
using Reserve.Promotion.Deals;
using Reserve.Promotion.Metrics;
using static Reserve.Promotion.Tests.Deals;

namespace Reserve.Promotion.Tests;

public sealed class ChartTests
{
    private static List<Deal> Set() =>
    [
        At("A", 1000m, 1).Moves((DealStage.Lead, "2026-01-05"), (DealStage.Signed, "2026-03-01"), (DealStage.Landed, "2026-04-10"))
            .Funds(("2026-03-15", 200m), ("2026-04-30", 300m), ("2026-05-01", 100m)),
        At("B", 3000m, 2).Moves((DealStage.Lead, "2026-01-05"), (DealStage.Signed, "2026-05-01")),
    ];

    [Fact]
    public void Rates_chart_has_a_bar_per_group_and_metric_and_no_value_where_a_rate_has_none()
    {
        var table = PromotionMetrics.Compute(Set(), new Dictionary<long, string> { [1] = "第三十二届兰洽会", [2] = "推介会" }, D("2026-05-31"), MetricGrouping.Event);

        var chart = PromotionCharts.Rates(table);

        Assert.Equal(["推介会", "第三十二届兰洽会"], chart.Categories);           // larger signed investment first
        Assert.Equal(["履约率", "落地率", "开工率", "投产率", "资金到位率"], chart.Series.Select(s => s.Name));
        Assert.Equal([0m, 100m], chart.Series[1].Values);
        Assert.Equal([0m, 60m], chart.Series[4].Values);
        Assert.Equal("%", chart.Unit);
    }

    [Fact]
    public void Funds_chart_accumulates_to_each_month_end_and_stops_at_the_last_day()
    {
        var chart = PromotionCharts.FundsByMonth(Set(), D("2026-02-01"), D("2026-05-15"));

        Assert.Equal(["2026-02", "2026-03", "2026-04", "2026-05"], chart.Categories);
        Assert.Equal([0m, 1000m, 1000m, 4000m], chart.Series[0].Values);        // signed investment at month end
        Assert.Equal([0m, 200m, 500m, 600m], chart.Series[1].Values);           // funds arrived by 02-28, 03-31, 04-30, 05-15
        Assert.Equal([null, 20m, 50m, 15m], chart.Series[2].Values);            // no signed deal in February: no rate
    }
}
