using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.WebKit.Security;
using Reserve.Promotion;
using Reserve.Promotion.Charts;
using Reserve.Promotion.Deals;
using Reserve.Promotion.Metrics;

namespace Reserve.Promotion.Web.Pages.Promotion;

/// <summary>
/// 招商引资: the deals the user may see, filtered by stage, event, department and industry; the five rates as of
/// a date grouped by event, department or industry, each with its definition; and the charts.
/// </summary>
[Authorize(Roles = DepartmentRecordAccess.ReadRoles)]
internal sealed class IndexModel(PromotionBoard board, IPromotionService promotion) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public long? EventId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? By { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? AsOf { get; set; }

    public IReadOnlyList<StoredDeal> Deals { get; private set; } = [];
    public IReadOnlyList<StoredEvent> Events { get; private set; } = [];
    public IReadOnlyDictionary<DealStage, int> StageCounts { get; private set; } = new Dictionary<DealStage, int>();
    public int ScopeCount { get; private set; }
    public MetricTable? Metrics { get; private set; }
    public MetricGrouping Grouping { get; private set; }
    public string? Scope { get; private set; }
    public string ChartData { get; private set; } = "{}";

    public static IReadOnlyList<(string Key, string Name)> Groupings { get; } = [("event", "按签约活动"), ("department", "按部门"), ("industry", "按产业")];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        DealStage? stage = null;
        if (!string.IsNullOrWhiteSpace(Stage))
        {
            if (!EnumText.TryParse<DealStage>(Stage, out var parsed))
            {
                return this.Refuse(StatusCodes.Status400BadRequest, EnumText.Problem<DealStage>("阶段", Stage));
            }
            stage = parsed;
        }
        if (!PromotionEndpoints.TryGrouping(By, out var grouping, out _))
        {
            return this.Refuse(StatusCodes.Status400BadRequest, $"“{By}”不是有效的分组");
        }
        Grouping = grouping;
        Scope = User.ScopeDepartment();
        var (deals, refusal) = await board.DealsAsync(User, new DealFilter(Department, Industry, EventId, stage, Q), cancellationToken);
        if (refusal is not null)
        {
            return this.Refuse(StatusCodes.Status403Forbidden, refusal);
        }
        Deals = deals;
        Events = await promotion.EventsAsync(cancellationToken);
        var scoped = await board.ScopeAsync(User, cancellationToken);
        ScopeCount = scoped.Count;
        StageCounts = scoped.GroupBy(d => d.Deal.Stage).ToDictionary(g => g.Key, g => g.Count());
        var asOf = AsOf ?? board.Today;
        AsOf = asOf;
        Metrics = PromotionBoard.Metrics(scoped, Events.ToDictionary(e => e.Event.Id, e => e.Event.Name), grouping, asOf);
        // Embedded as JSON and drawn by promotion.js (the CSP forbids inline script); the serializer escapes '<'.
        ChartData = JsonSerializer.Serialize(new
        {
            rates = PromotionJson.Chart(PromotionCharts.Rates(Metrics)),
            funds = PromotionJson.Chart(PromotionBoard.Funds(scoped, asOf)),
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return Page();
    }

    /// <summary>This page's address with the stage filter set (null: all stages), keeping the other filters.</summary>
    public string StageLink(DealStage? stage) => QueryLink(("stage", stage is { } s ? s.ToString() : null));

    private string QueryLink((string Key, string? Value) change)
    {
        var values = new Dictionary<string, string?>
        {
            ["stage"] = Stage, ["eventId"] = EventId?.ToString(), ["department"] = Department, ["industry"] = Industry,
            ["q"] = Q, ["by"] = By, ["asOf"] = AsOf?.ToString("yyyy-MM-dd"),
        };
        values[change.Key] = change.Value;
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/promotion", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
