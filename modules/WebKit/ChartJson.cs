namespace Reserve.WebKit;

/// <summary>
/// A chart as promotion.js draws it: title, unit, categories and named series. The modules that chart keep their
/// own ChartData types (none references another), so each slice maps its own type onto this one shape.
/// </summary>
public static class ChartJson
{
    public static object Shape(string title, string unit, IReadOnlyList<string> categories, IEnumerable<(string Name, IReadOnlyList<decimal?> Values)> series) => new
    {
        title,
        unit,
        categories,
        series = series.Select(s => new { name = s.Name, values = s.Values }),
    };
}
