using Reserve.Promotion.Charts;
using Reserve.Promotion.Deals;

namespace Reserve.Promotion.Metrics;

/// <summary>
/// What the 招商 dashboard shows over the deals of a department (or all) as of a date: the deals at each stage now,
/// the metric table of the chosen grouping, the tables by 园区, 招商方式 and 产业链, the funds chart and the events
/// (the filter's choices). Shared between requests, so read-only.
/// </summary>
public sealed record PromotionDashboard(
    IReadOnlyDictionary<DealStage, int> StageCounts,
    MetricTable Metrics,
    IReadOnlyList<MetricTable> Dimensions,
    ChartData Funds,
    IReadOnlyList<StoredEvent> Events)
{
    /// <summary>The groupings shown side by side under the chosen one, in this order.</summary>
    public static IReadOnlyList<MetricGrouping> DimensionGroupings { get; } = [MetricGrouping.Park, MetricGrouping.Method, MetricGrouping.Chain];
}
