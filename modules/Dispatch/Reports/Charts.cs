namespace Reserve.Dispatch;

/// <summary>One series of a chart: its name, unit, and one value per category (null where there is no figure).</summary>
public sealed record ChartSeries(string Name, string Unit, IReadOnlyList<decimal?> Values);

/// <summary>The data of one dashboard chart: categories on one axis, one or more series.</summary>
public sealed record ChartData(string Key, string Title, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series);

/// <summary>The dispatch dashboard's charts as of a date.</summary>
public sealed record DashboardCharts(DateOnly AsOf, ChartData InvestmentByDepartment, ChartData StartRatesByTier, ChartData MissingByDepartment)
{
    internal static DashboardCharts From(DispatchMetrics metrics, MissingReportList missing)
    {
        static decimal? Pct(MetricValue v) => v.Value is { } r ? decimal.Round(r * 100m, 1, MidpointRounding.AwayFromZero) : null;
        var departments = metrics.ByDepartment;
        var investment = new ChartData("investmentByDepartment", "各部门投资完成情况",
            departments.Select(d => d.Group).ToList(),
            [
                new ChartSeries("年度计划投资", "万元", departments.Select(d => (decimal?)d.AnnualPlanInvestment).ToList()),
                new ChartSeries("累计完成投资", "万元", departments.Select(d => (decimal?)d.CumulativeInvestment).ToList()),
                new ChartSeries("投资完成率", "%", departments.Select(d => Pct(d.CompletionRate)).ToList()),
            ]);
        var tiers = metrics.ByTier;
        var rates = new ChartData("startRatesByTier", "各层级开复工情况",
            tiers.Select(t => t.Group).ToList(),
            [
                new ChartSeries("开工率", "%", tiers.Select(t => Pct(t.StartRate)).ToList()),
                new ChartSeries("复工率", "%", tiers.Select(t => Pct(t.ResumeRate)).ToList()),
                new ChartSeries("开复工率", "%", tiers.Select(t => Pct(t.StartOrResumeRate)).ToList()),
            ]);
        var groups = missing.ByDepartment.OrderBy(g => g.Name, StringComparer.Ordinal).ToList();
        var missingChart = new ChartData("missingByDepartment", "各部门未报送情况",
            groups.Select(g => g.Name).ToList(),
            [
                new ChartSeries("应报", "个", groups.Select(g => (decimal?)g.Due).ToList()),
                new ChartSeries("未报", "个", groups.Select(g => (decimal?)g.Missing).ToList()),
                new ChartSeries("逾期", "个", groups.Select(g => (decimal?)g.Overdue).ToList()),
            ]);
        return new DashboardCharts(metrics.AsOf, investment, rates, missingChart);
    }
}
