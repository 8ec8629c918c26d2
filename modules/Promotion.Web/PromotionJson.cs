using Reserve.Promotion;
using Reserve.Promotion.Charts;
using Reserve.Promotion.Deals;
using Reserve.Promotion.Metrics;
using Reserve.Sdk.Projects;

namespace Reserve.Promotion.Web;

/// <summary>How deals, metric tables and charts go out as JSON (API) or into the page for promotion.js.</summary>
internal static class PromotionJson
{
    public static object Deal(StoredDeal stored) => new
    {
        stored.Deal.Id,
        stored.Deal.Name,
        stored.Deal.Investor,
        stored.Deal.Industry,
        stored.Deal.Department,
        stored.Deal.FollowedBy,
        stored.Deal.EventId,
        Event = stored.EventName,
        stored.Deal.ContractInvestment,
        stored.Deal.Method,
        stored.Deal.Park,
        stored.Deal.Chain,
        stored.Deal.ChainLink,
        Stage = ZhNames<DealStage>.Of(stored.Deal.Stage),
        StageDates = stored.Deal.StageDates().ToDictionary(p => ZhNames<DealStage>.Of(p.Key), p => p.Value.ToString("yyyy-MM-dd")),
        FundsArrived = stored.Deal.Funds.Sum(f => f.Amount),
        stored.Deal.ProjectId,
        stored.Version,
    };

    public static object Detail(StoredDeal stored) => new
    {
        deal = Deal(stored),
        stored.Deal.Region,
        stored.Deal.Address,
        stored.Deal.Scale,
        history = stored.Deal.History.Select(h => new
        {
            From = h.From is { } f ? ZhNames<DealStage>.Of(f) : null,
            To = ZhNames<DealStage>.Of(h.To),
            On = h.On.ToString("yyyy-MM-dd"),
            h.Reason,
            h.User,
        }),
        funds = stored.Deal.Funds.OrderBy(f => f.On).Select(f => new { On = f.On.ToString("yyyy-MM-dd"), f.Amount, f.Note }),
        checks = stored.Deal.Checks.OrderBy(c => c.On).Select(c => new { On = c.On.ToString("yyyy-MM-dd"), c.OnSchedule, c.Note }),
        support = stored.Deal.Support.OrderBy(g => g.GrantedOn).Select(g => new { g.Item, g.Basis, g.Amount, GrantedOn = g.GrantedOn.ToString("yyyy-MM-dd"), g.Note }),
    };

    public static object Event(EventSummary summary) => new
    {
        summary.Stored.Event.Id,
        summary.Stored.Event.Name,
        summary.Stored.Event.Kind,
        HeldOn = summary.Stored.Event.HeldOn.ToString("yyyy-MM-dd"),
        summary.Stored.Event.Place,
        summary.Deals,
        summary.Stored.Version,
    };

    public static object Metrics(MetricTable table) => new
    {
        AsOf = table.AsOf.ToString("yyyy-MM-dd"),
        Grouping = table.Grouping.ToString(),
        Rows = table.Rows.Select(Row),
        Total = Row(table.Total),
        Definitions = table.Definitions.Select(d => new { d.Name, d.Definition, Source = d.Source.Citation, Confidence = d.Source.Confidence.ToString() }),
    };

    private static object Row(MetricRow row) => new
    {
        row.Group,
        row.Signed,
        row.SignedInvestment,
        row.OnSchedule,
        row.NotAssessed,
        row.Landed,
        row.Started,
        row.Producing,
        row.FundsArrived,
        Rates = MetricDefinitions.All.ToDictionary(d => d.Name, d => row.Of(d.Metric).Display),
    };

    /// <summary>A rate or funds chart as promotion.js draws it.</summary>
    public static object Chart(ChartData chart) =>
        ChartJson.Shape(chart.Title, chart.Unit, chart.Categories, chart.Series.Select(s => (s.Name, s.Values)));
}
