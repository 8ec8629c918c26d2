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
/// 招商引资: the deals the user may see, a page at a time, filtered by stage, event, department, industry, 园区,
/// 招商方式 and 产业链; the five rates as of a date grouped as chosen, each with its definition; the same figures by
/// 园区, 招商方式 and 产业链 side by side; and the charts. Every figure is a GROUP BY in the database.
/// </summary>
[Authorize(Roles = DepartmentRecordAccess.ReadRoles)]
internal sealed class IndexModel(PromotionBoard board) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly IReadOnlyDictionary<MetricGrouping, (string Title, string Key)> DimensionTitles = new Dictionary<MetricGrouping, (string, string)>
    {
        [MetricGrouping.Park] = ("按园区", "park"), [MetricGrouping.Method] = ("按招商方式", "method"), [MetricGrouping.Chain] = ("按产业链", "chain"),
    };

    [BindProperty(SupportsGet = true)] public string? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public long? EventId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }
    [BindProperty(SupportsGet = true)] public string? Park { get; set; }
    [BindProperty(SupportsGet = true)] public string? Method { get; set; }
    [BindProperty(SupportsGet = true)] public string? Chain { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? By { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? AsOf { get; set; }
    [BindProperty(Name = "p", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public Page<StoredDeal> Deals { get; private set; } = new([], 0);
    public IReadOnlyList<StoredEvent> Events { get; private set; } = [];
    public IReadOnlyDictionary<DealStage, int> StageCounts { get; private set; } = new Dictionary<DealStage, int>();
    public int ScopeCount { get; private set; }
    public MetricTable? Metrics { get; private set; }

    /// <summary>The tables by 园区, 招商方式 and 产业链 shown beside the chosen grouping.</summary>
    public IReadOnlyList<(string Title, string Key, MetricTable Table)> Dimensions { get; private set; } = [];
    public string? Scope { get; private set; }
    public string ChartData { get; private set; } = "{}";
    public bool MayEdit => User.Role() is Accounts.Role.DepartmentClerk or Accounts.Role.Reviewer;
    public int PageCount => Math.Max(1, (Deals.Total + PromotionBoard.PageSize - 1) / PromotionBoard.PageSize);

    public static IReadOnlyList<(string Key, string Name)> Groupings { get; } =
    [
        ("event", "按签约活动"), ("department", "按部门"), ("industry", "按产业"), ("park", "按园区"), ("method", "按招商方式"),
        ("chain", "按产业链"), ("chainlink", "按延链/补链/强链"),
    ];

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
        Scope = User.ScopeDepartment();
        PageNumber = Math.Max(1, PageNumber);
        var filter = new DealFilter(Department, Industry, EventId, stage, Q, Park, Method, Chain);
        var asOf = AsOf ?? board.Today;
        AsOf = asOf;
        var (deals, dashboard, refusal) = await board.BoardAsync(User, filter, (PageNumber - 1) * PromotionBoard.PageSize, PromotionBoard.PageSize, grouping, asOf, cancellationToken);
        if (refusal is not null)
        {
            return this.Refuse(StatusCodes.Status403Forbidden, refusal);
        }
        Deals = deals;
        Events = dashboard!.Events;
        StageCounts = dashboard.StageCounts;
        ScopeCount = StageCounts.Values.Sum();
        Metrics = dashboard.Metrics;
        Dimensions = [.. dashboard.Dimensions.Select(t => (DimensionTitles[t.Grouping].Title, DimensionTitles[t.Grouping].Key, t))];
        // Embedded as JSON and drawn by promotion.js (the CSP forbids inline script); the serializer escapes '<'.
        ChartData = JsonSerializer.Serialize(new
        {
            rates = PromotionJson.Chart(PromotionCharts.Rates(Metrics)),
            funds = PromotionJson.Chart(dashboard.Funds),
        }, Json);
        return Page();
    }

    /// <summary>This page's address with the stage filter set (null: all stages), keeping the other filters.</summary>
    public string StageLink(DealStage? stage) => QueryLink(("stage", stage is { } s ? s.ToString() : null), ("p", null));

    /// <summary>This page's address showing page <paramref name="number"/> of the list.</summary>
    public string PageLink(int number) => QueryLink(("p", number.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The list limited to one group of a dimension table (园区, 招商方式, 产业链); none for the “not recorded” group.</summary>
    public string? GroupLink(string key, string group) => group.StartsWith("未填写", StringComparison.Ordinal) ? null : QueryLink((key, group), ("p", null));

    private string QueryLink(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["stage"] = Stage, ["eventId"] = EventId?.ToString(), ["department"] = Department, ["industry"] = Industry,
            ["park"] = Park, ["method"] = Method, ["chain"] = Chain,
            ["q"] = Q, ["by"] = By, ["asOf"] = AsOf?.ToString("yyyy-MM-dd"), ["p"] = PageNumber > 1 ? PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/promotion", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
