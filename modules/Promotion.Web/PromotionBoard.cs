using System.Security.Claims;
using Reserve.Accounts;
using Reserve.WebKit.Security;
using Reserve.Promotion;
using Reserve.Promotion.Charts;
using Reserve.Promotion.Deals;
using Reserve.Promotion.Metrics;

namespace Reserve.Promotion.Web;

/// <summary>What a user asked to see of the deals: the filters of the /promotion page and of GET /api/promotion/deals.</summary>
internal sealed record DealFilter(string? Department, string? Industry, long? EventId, DealStage? Stage, string? Search,
    string? Park = null, string? Method = null, string? Chain = null);

/// <summary>
/// 招商 as one user may see it: a clerk's own department's deals and the metrics over them; the city's for
/// reviewers and leaders. Lists come a page at a time and metrics and charts are computed by the database over
/// exactly the deals the user may read, so a clerk's figures never include another department's deals.
/// </summary>
internal sealed class PromotionBoard(IPromotionService promotion, IAccounts accounts, TimeProvider clock)
{
    public const int PageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>How the reviewers are grouped among the people who may follow a deal.</summary>
    public const string ReviewerGroup = "发改委审核员";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>One page of the deals the user may see under the filter and how many there are, or why they may not.</summary>
    public async Task<(Page<StoredDeal> Deals, string? Refusal)> DealsAsync(ClaimsPrincipal user, DealFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var (query, refusal) = Query(user, filter, skip, take);
        if (query is null)
        {
            return (new Page<StoredDeal>([], 0), refusal);
        }
        var items = await promotion.ListAsync(query, cancellationToken);
        return (new Page<StoredDeal>(items, await promotion.CountAsync(query, cancellationToken)), null);
    }

    /// <summary>The query of the deals the user may see under the filter, or why they may not.</summary>
    private static (DealQuery? Query, string? Refusal) Query(ClaimsPrincipal user, DealFilter filter, int skip, int take)
    {
        var (department, refusal) = DepartmentRecordAccess.ListScope(user, filter.Department);
        return refusal is not null
            ? (null, refusal)
            : (new DealQuery(department, Blank(filter.Industry), filter.EventId, filter.Stage, Blank(filter.Search),
                Math.Max(0, skip), Math.Clamp(take, 1, MaxPageSize), Blank(filter.Park), Blank(filter.Method), Blank(filter.Chain)), null);
    }

    /// <summary>
    /// The /promotion page: a page of the deals the user may see under the filter (as <see cref="DealsAsync"/>) and the
    /// dashboard over the deals the user may read as of <paramref name="asOf"/>, both read once per change of the 招商 data,
    /// shared between requests (read-only) and checked against one reading of the change stamp; or why the user may not see the list.
    /// </summary>
    public async Task<(Page<StoredDeal> Deals, PromotionDashboard? Dashboard, string? Refusal)> BoardAsync(ClaimsPrincipal user, DealFilter filter, int skip, int take,
        MetricGrouping grouping, DateOnly asOf, CancellationToken cancellationToken)
    {
        var (query, refusal) = Query(user, filter, skip, take);
        if (query is null)
        {
            return (new Page<StoredDeal>([], 0), null, refusal);
        }
        var (deals, dashboard) = await promotion.BoardAsync(query, grouping, asOf, user.ScopeDepartment(), cancellationToken);
        return (deals, dashboard, null);
    }

    /// <summary>The metric table over the deals the user may read, as of <paramref name="asOf"/>.</summary>
    public Task<MetricTable> MetricsAsync(ClaimsPrincipal user, MetricGrouping grouping, DateOnly asOf, CancellationToken cancellationToken) =>
        promotion.MetricsAsync(grouping, asOf, user.ScopeDepartment(), cancellationToken);

    /// <summary>Signed investment and funds arrived per month over the year up to <paramref name="asOf"/>, over the deals the user may read.</summary>
    public Task<ChartData> FundsAsync(ClaimsPrincipal user, DateOnly asOf, CancellationToken cancellationToken) =>
        promotion.FundsChartAsync(new DateOnly(asOf.Year, 1, 1), asOf, user.ScopeDepartment(), cancellationToken);

    /// <summary>The number of deals at each stage the user may read.</summary>
    public Task<IReadOnlyDictionary<DealStage, int>> StageCountsAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        promotion.StageCountsAsync(user.ScopeDepartment(), cancellationToken);

    /// <summary>
    /// Who may be named 跟踪责任人 (盯人) of a deal of <paramref name="department"/>: the active accounts of its clerks
    /// and of 发改委's reviewers, by their names, as the audit and the lists show them.
    /// </summary>
    public async Task<IReadOnlyList<string>> FollowerChoicesAsync(string? department, CancellationToken cancellationToken) =>
        (await accounts.UsersAsync(cancellationToken))
            .Where(a => a.Active && (a.Role == Role.Reviewer || (a.Role == Role.DepartmentClerk && a.Department == department)))
            .Select(a => a.DisplayName)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Everyone who may follow a deal of some department, by department (发改委审核员 for the reviewers), for a reviewer's form.</summary>
    public async Task<IReadOnlyList<(string Group, string Name)>> AllFollowersAsync(CancellationToken cancellationToken) =>
        (await accounts.UsersAsync(cancellationToken))
            .Where(a => a.Active && (a.Role == Role.Reviewer || (a.Role == Role.DepartmentClerk && a.Department is not null)))
            .Select(a => (Group: a.Role == Role.Reviewer ? ReviewerGroup : a.Department!, Name: a.DisplayName))
            .Distinct().OrderBy(a => a.Group, StringComparer.Ordinal).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();

    /// <summary>The departments a deal may be followed by (the active ones).</summary>
    public async Task<IReadOnlyList<string>> DepartmentsAsync(CancellationToken cancellationToken) =>
        (await accounts.DepartmentsAsync(cancellationToken)).Where(d => d.Active).Select(d => d.Name).ToList();

    /// <summary>
    /// The 跟踪责任人 problem of a deal as typed, or null: the person must be one of <see cref="FollowerChoicesAsync"/>,
    /// except a name the deal already had (deals recorded before accounts were asked for keep theirs until changed).
    /// </summary>
    public async Task<Problem?> FollowerProblemAsync(DealDraft draft, string? kept, CancellationToken cancellationToken)
    {
        var name = draft.FollowedBy.Trim();
        if (name.Length == 0 || name == kept)
        {
            return null;
        }
        return (await FollowerChoicesAsync(draft.Department.Trim(), cancellationToken)).Contains(name, StringComparer.Ordinal)
            ? null
            : new Problem("跟踪责任人", $"“{name}”不是{draft.Department}或发改委的在用账号，请从列表中选择");
    }

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

    /// <summary>Events are the city's: any clerk or reviewer may add one; only 发改委 reviewers change one, since every department's deals point at it.</summary>
    public static string? EventEditRefusal(ClaimsPrincipal user) =>
        user.Role() == Role.Reviewer ? null : "只有发改委审核员可以修改已登记的招商活动";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
