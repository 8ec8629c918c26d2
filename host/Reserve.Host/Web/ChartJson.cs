namespace Reserve.Host.Web;

/// <summary>
/// A module's chart data as promotion.js draws it: title, unit, categories and named series. The two modules
/// keep their own ChartData types (neither references the other), so each has its overload here.
/// </summary>
internal static class ChartJson
{
    public static object Of(Reserve.Promotion.Charts.ChartData chart) =>
        Shape(chart.Title, chart.Unit, chart.Categories, chart.Series.Select(s => (s.Name, s.Values)));

    public static object Of(Reserve.Approvals.Charts.ChartData chart) =>
        Shape(chart.Title, chart.Unit, chart.Categories, chart.Series.Select(s => (s.Name, s.Values)));

    private static object Shape(string title, string unit, IReadOnlyList<string> categories, IEnumerable<(string Name, IReadOnlyList<decimal?> Values)> series) => new
    {
        title,
        unit,
        categories,
        series = series.Select(s => new { name = s.Name, values = s.Values }),
    };
}
