using Reserve.Promotion.Deals;

namespace Reserve.Promotion.Metrics;

/// <summary>How the rows of a metric table are grouped.</summary>
public enum MetricGrouping
{
    /// <summary>按签约活动 (第N届兰洽会 …).</summary>
    Event,
    /// <summary>按跟踪部门.</summary>
    Department,
    /// <summary>按所属产业.</summary>
    Industry,
    /// <summary>按落地园区.</summary>
    Park,
    /// <summary>按招商方式.</summary>
    Method,
    /// <summary>按产业链.</summary>
    Chain,
    /// <summary>按延链/补链/强链.</summary>
    ChainLink,
}

/// <summary>One group's counts and rates as of the table's date.</summary>
public sealed record MetricRow(
    string Group,
    int Signed,
    decimal SignedInvestment,
    int OnSchedule,
    int NotAssessed,
    int Landed,
    int Started,
    int Producing,
    decimal FundsArrived)
{
    public MetricValue Performance => new(OnSchedule, Signed);
    public MetricValue Landing => new(Landed, Signed);
    public MetricValue Start => new(Started, Signed);
    public MetricValue Production => new(Producing, Signed);
    public MetricValue FundsArrival => new(FundsArrived, SignedInvestment);

    public MetricValue Of(PromotionMetric metric) => metric switch
    {
        PromotionMetric.Performance => Performance,
        PromotionMetric.Landing => Landing,
        PromotionMetric.Start => Start,
        PromotionMetric.Production => Production,
        _ => FundsArrival,
    };
}

/// <summary>A metric table: the rows per group, the total over all signed deals, and the definitions to show beside them.</summary>
public sealed record MetricTable(DateOnly AsOf, MetricGrouping Grouping, IReadOnlyList<MetricRow> Rows, MetricRow Total)
{
    public IReadOnlyList<MetricDefinition> Definitions => MetricDefinitions.All;
}

/// <summary>
/// 履约率, 落地率, 开工率, 投产率 and 资金到位率 as of a date (MetricDefinitions gives each definition and source).
/// Everything is read as the deal stood at the end of the as-of day: its stage from its dated history, funds
/// arrived on or before that day, the latest 履约 check on or before it. This is the definition over deals in
/// memory; the stored deals' dashboards get the same figures from the database's GROUP BY (IPromotionService.MetricsAsync).
/// </summary>
public static class PromotionMetrics
{
    /// <summary>The group of deals signed outside any event.</summary>
    public const string NoEvent = "未经活动签约";

    /// <summary>The groups of deals recorded without a 园区, 招商方式, 产业链 or link (deals entered before these fields).</summary>
    public const string NoPark = "未填写园区";
    public const string NoMethod = "未填写招商方式";
    public const string NoChain = "未填写产业链";
    public const string NoChainLink = "未填写链条环节";

    public static MetricTable Compute(IEnumerable<Deal> deals, IReadOnlyDictionary<long, string> eventNames, DateOnly asOf, MetricGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(eventNames);
        var signed = deals.Where(d => d.Reached(DealStage.Signed, asOf)).ToList();
        var rows = signed
            .GroupBy(d => GroupOf(d, eventNames, grouping), StringComparer.Ordinal)
            .Select(g => Row(g.Key, g, asOf))
            .OrderByDescending(r => r.SignedInvestment)
            .ThenBy(r => r.Group, StringComparer.Ordinal)
            .ToList();
        return new MetricTable(asOf, grouping, rows, Row("合计", signed, asOf));
    }

    private static string GroupOf(Deal deal, IReadOnlyDictionary<long, string> eventNames, MetricGrouping grouping) => grouping switch
    {
        MetricGrouping.Department => deal.Department,
        MetricGrouping.Industry => deal.Industry,
        MetricGrouping.Park => deal.Park ?? NoPark,
        MetricGrouping.Method => deal.Method ?? NoMethod,
        MetricGrouping.Chain => deal.Chain ?? NoChain,
        MetricGrouping.ChainLink => deal.ChainLink ?? NoChainLink,
        _ => deal.EventId is { } id && eventNames.TryGetValue(id, out var name) ? name : NoEvent,
    };

    private static MetricRow Row(string group, IEnumerable<Deal> signedDeals, DateOnly asOf)
    {
        int signed = 0, onSchedule = 0, notAssessed = 0, landed = 0, started = 0, producing = 0;
        decimal investment = 0m, arrived = 0m;
        foreach (var deal in signedDeals)
        {
            signed++;
            investment += deal.ContractInvestment;
            arrived += deal.FundsArrivedBy(asOf);
            switch (deal.CheckOn(asOf))
            {
                case null:
                    notAssessed++;
                    break;
                case { OnSchedule: true }:
                    onSchedule++;
                    break;
            }
            var stage = deal.StageOn(asOf)!.Value;
            landed += stage >= DealStage.Landed ? 1 : 0;
            started += stage >= DealStage.Started ? 1 : 0;
            producing += stage >= DealStage.Producing ? 1 : 0;
        }
        return new MetricRow(group, signed, investment, onSchedule, notAssessed, landed, started, producing, arrived);
    }
}
