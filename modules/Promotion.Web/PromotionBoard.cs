using System.Security.Claims;
using Reserve.WebKit.Security;
using Reserve.Promotion;
using Reserve.Promotion.Charts;
using Reserve.Promotion.Deals;
using Reserve.Promotion.Metrics;

namespace Reserve.Promotion.Web;

/// <summary>What a user asked to see of the deals: the filters of the /promotion page and of GET /api/promotion/deals.</summary>
internal sealed record DealFilter(string? Department, string? Industry, long? EventId, DealStage? Stage, string? Search);

/// <summary>
/// 招商 as one user may see it: a clerk's own department's deals and the metrics over them; the city's for
/// reviewers and leaders. Metrics and charts are computed by the module's own rules over exactly the deals the
/// user may read, so a clerk's figures never include another department's deals.
/// </summary>
internal sealed class PromotionBoard(IPromotionService promotion, TimeProvider clock)
{
    private const int Page = 1000;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The deals the user may see under the filter, or why they may not.</summary>
    public async Task<(IReadOnlyList<StoredDeal> Deals, string? Refusal)> DealsAsync(ClaimsPrincipal user, DealFilter filter, CancellationToken cancellationToken)
    {
        var (department, refusal) = DepartmentRecordAccess.ListScope(user, filter.Department);
        if (refusal is not null)
        {
            return ([], refusal);
        }
        var query = new DealQuery(department, Blank(filter.Industry), filter.EventId, filter.Stage, Blank(filter.Search));
        return (await AllAsync(query, cancellationToken), null);
    }

    /// <summary>The metric table over the deals the user may read, as of <paramref name="asOf"/>.</summary>
    public async Task<MetricTable> MetricsAsync(ClaimsPrincipal user, MetricGrouping grouping, DateOnly asOf, CancellationToken cancellationToken)
    {
        var deals = await ScopeAsync(user, cancellationToken);
        return Metrics(deals, await EventNamesAsync(cancellationToken), grouping, asOf);
    }

    /// <summary>The metric table of <paramref name="deals"/> (already limited to what the user may read).</summary>
    public static MetricTable Metrics(IReadOnlyList<StoredDeal> deals, IReadOnlyDictionary<long, string> eventNames, MetricGrouping grouping, DateOnly asOf) =>
        PromotionMetrics.Compute(deals.Select(d => d.Deal), eventNames, asOf, grouping);

    /// <summary>Signed investment and funds arrived per month over the year up to <paramref name="asOf"/>.</summary>
    public static ChartData Funds(IReadOnlyList<StoredDeal> deals, DateOnly asOf) =>
        PromotionCharts.FundsByMonth(deals.Select(d => d.Deal).ToList(), new DateOnly(asOf.Year, 1, 1), asOf);

    /// <summary>Every deal the user may read (the clerk's department, or all).</summary>
    public Task<IReadOnlyList<StoredDeal>> ScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        AllAsync(new DealQuery(user.ScopeDepartment()), cancellationToken);

    public async Task<IReadOnlyDictionary<long, string>> EventNamesAsync(CancellationToken cancellationToken) =>
        (await promotion.EventsAsync(cancellationToken)).ToDictionary(e => e.Event.Id, e => e.Event.Name);

    /// <summary>A deal the user may read: the deal, or the status (404/403) and why not.</summary>
    public async Task<(StoredDeal? Deal, int Status, string? Refusal)> ReadAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken)
    {
        var deal = await promotion.FindAsync(id, cancellationToken);
        if (deal is null)
        {
            return (null, StatusCodes.Status404NotFound, $"没有编号为 {id} 的招商项目");
        }
        return DepartmentRecordAccess.ReadRefusal(user, deal.Deal.Department) is { } refusal
            ? (null, StatusCodes.Status403Forbidden, refusal)
            : (deal, StatusCodes.Status200OK, null);
    }

    /// <summary>A deal the user may change: as <see cref="ReadAsync"/>, and 403 for a leader or another department's clerk.</summary>
    public async Task<(StoredDeal? Deal, int Status, string? Refusal)> EditAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(user, id, cancellationToken);
        if (read.Deal is null)
        {
            return read;
        }
        return DepartmentRecordAccess.EditRefusal(user, read.Deal.Deal.Department) is { } refusal
            ? (null, StatusCodes.Status403Forbidden, refusal)
            : read;
    }

    private async Task<IReadOnlyList<StoredDeal>> AllAsync(DealQuery query, CancellationToken cancellationToken)
    {
        var all = new List<StoredDeal>();
        while (true)
        {
            var batch = await promotion.ListAsync(query with { Skip = all.Count, Take = Page }, cancellationToken);
            all.AddRange(batch);
            if (batch.Count < Page)
            {
                return all;
            }
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
