using Reserve.Promotion.Deals;
using Reserve.Promotion.Metrics;

namespace Reserve.Promotion.Charts;

/// <summary>The 招商 dashboard's charts: rates per group, and funds arrived against signed investment month by month.</summary>
public static class PromotionCharts
{
    /// <summary>A grouped bar chart: each group of the table, one bar per metric (percent).</summary>
    public static ChartData Rates(MetricTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var title = table.Grouping switch
        {
            MetricGrouping.Department => "各部门招商项目推进指标",
            MetricGrouping.Industry => "各产业招商项目推进指标",
            MetricGrouping.Park => "各园区招商项目推进指标",
            MetricGrouping.Method => "各招商方式项目推进指标",
            MetricGrouping.Chain => "各产业链招商项目推进指标",
            MetricGrouping.ChainLink => "延链、补链、强链项目推进指标",
            _ => "各签约活动招商项目推进指标",
        };
        var series = MetricDefinitions.All
            .Select(d => new ChartSeries(d.Name, table.Rows.Select(r => r.Of(d.Metric).Percent).ToList()))
            .ToList();
        return new ChartData($"{title}（截至{table.AsOf:yyyy-MM-dd}）", "%", table.Rows.Select(r => r.Group).ToList(), series);
    }

    /// <summary>
    /// A line chart over the months from <paramref name="from"/> to <paramref name="to"/>: at each month's end (or
    /// <paramref name="to"/> for the last), the signed investment, the cumulative funds arrived and the 资金到位率.
    /// </summary>
    public static ChartData FundsByMonth(IReadOnlyCollection<Deal> deals, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(deals);
        return FundsChart(from, to, at =>
        {
            var row = PromotionMetrics.Compute(deals, new Dictionary<long, string>(), at, MetricGrouping.Event).Total;
            return (row.SignedInvestment, row.FundsArrived);
        });
    }

    /// <summary>The funds chart from the signed investment and funds arrived at each month's end, however they are counted.</summary>
    internal static ChartData FundsChart(DateOnly from, DateOnly to, Func<DateOnly, (decimal Signed, decimal Arrived)> at)
    {
        if (to < from)
        {
            throw new ArgumentException("结束日期早于开始日期", nameof(to));
        }
        var categories = new List<string>();
        var signed = new List<decimal?>();
        var arrived = new List<decimal?>();
        var rate = new List<decimal?>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            var (investment, funds) = at(end < to ? end : to);
            categories.Add($"{month.Year}-{month.Month:D2}");
            signed.Add(investment);
            arrived.Add(funds);
            rate.Add(new MetricValue(funds, investment).Percent);
        }
        return new ChartData("签约投资额与累计到位资金（月末）", "万元",
            categories, [new("签约投资额（万元）", signed), new("累计到位资金（万元）", arrived), new("资金到位率（%）", rate)]);
    }
}
