using Reserve.Promotion.Charts;
using Reserve.Promotion.Deals;
using Reserve.Promotion.Metrics;
using Reserve.Sdk.Projects;

namespace Reserve.Promotion;

/// <summary>
/// The public face of 招商引资 for pages, HTTP routes and the command line. Every change names the user (for the
/// audit) and, for an existing deal or event, the version it was read at: a change made on a stale version is
/// refused with a conflict message, never written over someone else's. Bad input comes back as Chinese
/// <see cref="Problem"/>s and nothing is written. “Today” comes from the injected <see cref="TimeProvider"/>.
/// </summary>
public interface IPromotionService
{
    /// <summary>Every event, oldest first (a few a year: the choices of the deal form).</summary>
    Task<IReadOnlyList<StoredEvent>> EventsAsync(CancellationToken cancellationToken = default);

    Task<StoredEvent?> FindEventAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>A page of events, newest first, each with the number of its deals.</summary>
    Task<Page<EventSummary>> EventPageAsync(int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Adds an event (<paramref name="expectedVersion"/> null, <c>Id</c> 0) or changes one.</summary>
    Task<Outcome<StoredEvent>> SaveEventAsync(PromotionEvent promotionEvent, int? expectedVersion, string user, CancellationToken cancellationToken = default);

    Task<StoredDeal?> FindAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredDeal>> ListAsync(DealQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many deals <see cref="ListAsync"/> would list without its page limits.</summary>
    Task<int> CountAsync(DealQuery query, CancellationToken cancellationToken = default);

    /// <summary>The number of deals at each stage now (of <paramref name="department"/>, or all).</summary>
    Task<IReadOnlyDictionary<DealStage, int>> StageCountsAsync(string? department, CancellationToken cancellationToken = default);

    /// <summary>The 园区 or 产业链 names deals use, for the form's suggestions (at most 500).</summary>
    Task<IReadOnlyList<string>> ValuesAsync(DealDimension dimension, CancellationToken cancellationToken = default);

    /// <summary>Records a new deal at <paramref name="stage"/> since <paramref name="since"/> (usually 线索; a deal first heard of at its signing starts at 签约).</summary>
    Task<Outcome<StoredDeal>> CreateAsync(DealDraft draft, DealStage stage, DateOnly since, string user, CancellationToken cancellationToken = default);

    /// <summary>Changes what the user typed about the deal; its history, funds and checks are left as they are.</summary>
    Task<Outcome<StoredDeal>> UpdateAsync(long id, DealDraft draft, int expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the deal to <paramref name="to"/> effective <paramref name="on"/>. Forward moves may skip stages;
    /// a backward move needs <paramref name="reason"/>; dates never precede the previous change nor pass today.
    /// </summary>
    Task<Outcome<StoredDeal>> MoveStageAsync(long id, DealStage to, DateOnly on, string? reason, int expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>Records funds that arrived (万元, dated, on or after the signing).</summary>
    Task<Outcome<StoredDeal>> AddFundsAsync(long id, FundArrival arrival, int expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>Records a 履约 check: whether, on that date, the deal progresses as the contract says.</summary>
    Task<Outcome<StoredDeal>> AddPerformanceCheckAsync(long id, PerformanceCheck check, int expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>Records a 扶持办法 item granted to a signed deal (what, under which policy, how much, when).</summary>
    Task<Outcome<StoredDeal>> AddSupportAsync(long id, SupportGrant grant, int expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Turns a landed (or later) deal into a reserve project without re-typing: the record is built from the
    /// deal, validated and saved by the reserve, and the deal keeps the new 储备编号. The reserve's validation
    /// problems come back in Chinese and nothing is written; a deal is converted once.
    /// </summary>
    /// <param name="field">所属领域 when the deal's industry does not decide it (通道物流, 其他); otherwise null.</param>
    Task<Outcome<StoredDeal>> ConvertToProjectAsync(long id, int expectedVersion, string user, ProjectField? field = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PromotionAuditEntry>> DealAuditAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PromotionAuditEntry>> EventAuditAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The metric table grouped as asked, as of <paramref name="asOf"/> (today when null), over the deals of
    /// <paramref name="department"/> (all when null); computed by the database, whatever the number of deals.
    /// </summary>
    Task<MetricTable> MetricsAsync(MetricGrouping grouping, DateOnly? asOf = null, string? department = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The dashboard as of <paramref name="asOf"/> over the deals of <paramref name="department"/> (all when null), with
    /// the metric table grouped as asked: computed once per change of the 招商 data and shared by every reader.
    /// </summary>
    Task<PromotionDashboard> DashboardAsync(MetricGrouping grouping, DateOnly asOf, string? department, CancellationToken cancellationToken = default);

    /// <summary>A page of <see cref="ListAsync"/> with the count of <see cref="CountAsync"/>, read once per change of the 招商 data (read-only).</summary>
    Task<Page<StoredDeal>> PageAsync(DealQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The /promotion page: <see cref="PageAsync"/> of <paramref name="query"/> and <see cref="DashboardAsync"/> over the
    /// deals of <paramref name="department"/>, from one check of the change stamp (a request reads it once, not twice).
    /// </summary>
    Task<(Page<StoredDeal> Deals, PromotionDashboard Dashboard)> BoardAsync(DealQuery query, MetricGrouping grouping, DateOnly asOf, string? department, CancellationToken cancellationToken = default);

    /// <summary>The rates of <see cref="MetricsAsync"/> as a grouped bar chart.</summary>
    Task<ChartData> RatesChartAsync(MetricGrouping grouping, DateOnly? asOf = null, string? department = null, CancellationToken cancellationToken = default);

    /// <summary>Signed investment and cumulative funds arrived at each month's end from <paramref name="from"/> to <paramref name="to"/> (today when null).</summary>
    Task<ChartData> FundsChartAsync(DateOnly from, DateOnly? to = null, string? department = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The demo hook: stores ready demo events and deals when the 招商 tables are empty; the deals refer to the
    /// events by the set's ids, which become the ids the database gives. Returns how many deals were written; 0 when
    /// deals or events are already there.
    /// </summary>
    Task<int> SeedDemoAsync(PromotionDemoSet demo, string user, CancellationToken cancellationToken = default);
}
