using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Projects.Interchange;
using Reserve.Projects.Validation;
using Reserve.Promotion.Charts;
using Reserve.Promotion.Conversion;
using Reserve.Promotion.Deals;
using Reserve.Promotion.Metrics;
using Reserve.Sdk.Projects;

namespace Reserve.Promotion.Storage;

internal sealed class PromotionService(IDbContextFactory<PromotionDbContext> contexts, IProjectReserve reserve, TimeProvider clock, ChangeStamps stamps) : IPromotionService
{
    /// <summary>The 招商 data's change stamp: the audit log's highest id (every write adds a row; see <see cref="ChangeSnapshots{T}"/>).</summary>
    internal const string AuditStamp = "promotion.audit";

    /// <summary>Held in <see cref="Deal.ProjectId"/> while a conversion is under way, so that a second one is refused.</summary>
    internal const string ConversionClaim = "转换中";

    private readonly ChangeSnapshots<PromotionDashboard> _dashboards = new(clock);
    private readonly ChangeSnapshots<Page<StoredDeal>> _pages = new(clock);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IReadOnlyList<StoredEvent>> EventsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Events.AsNoTracking().OrderBy(e => e.HeldOn).ThenBy(e => e.Id)
            .Select(e => new { Event = e, Version = EF.Property<int>(e, PromotionDbContext.VersionProperty) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StoredEvent(r.Event, r.Version)).ToList();
    }

    public async Task<StoredEvent?> FindEventAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Events.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { Event = e, Version = EF.Property<int>(e, PromotionDbContext.VersionProperty) })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new StoredEvent(row.Event, row.Version);
    }

    public async Task<Page<EventSummary>> EventPageAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await db.Events.CountAsync(cancellationToken);
        var rows = await db.Events.AsNoTracking().OrderByDescending(e => e.HeldOn).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 1000))
            .Select(e => new
            {
                Event = e,
                Version = EF.Property<int>(e, PromotionDbContext.VersionProperty),
                Deals = db.Deals.Count(d => d.EventId == e.Id),
            })
            .ToListAsync(cancellationToken);
        return new Page<EventSummary>(rows.Select(r => new EventSummary(new StoredEvent(r.Event, r.Version), r.Deals)).ToList(), total);
    }

    public async Task<Outcome<StoredEvent>> SaveEventAsync(PromotionEvent promotionEvent, int? expectedVersion, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(promotionEvent);
        promotionEvent.Name = promotionEvent.Name.Trim();
        promotionEvent.Place = string.IsNullOrWhiteSpace(promotionEvent.Place) ? null : promotionEvent.Place.Trim();
        promotionEvent.Kind = string.IsNullOrWhiteSpace(promotionEvent.Kind) ? null : promotionEvent.Kind.Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var taken = await db.Events.AnyAsync(e => e.Name == promotionEvent.Name && e.Id != promotionEvent.Id, cancellationToken);
        var problems = DealRules.CheckEvent(promotionEvent, taken);
        if (problems.Count > 0)
        {
            return Outcome<StoredEvent>.Refused(problems);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        PromotionEvent stored;
        if (promotionEvent.Id == 0)
        {
            stored = promotionEvent;
            db.Events.Add(stored).Property<int>(PromotionDbContext.VersionProperty).CurrentValue = 1;
            await db.SaveChangesAsync(cancellationToken);
            db.Audit.Add(AuditRow(PromotionAuditRow.EventEntity, stored.Id, "创建", user, now, null, Audit(stored)));
        }
        else
        {
            var existing = await db.Events.FirstOrDefaultAsync(e => e.Id == promotionEvent.Id, cancellationToken);
            if (existing is null)
            {
                return Outcome<StoredEvent>.Conflicted($"招商活动 {promotionEvent.Id} 已不存在，可能已被他人删除");
            }
            var version = db.Entry(existing).Property<int>(PromotionDbContext.VersionProperty);
            if (expectedVersion != version.CurrentValue)
            {
                return Outcome<StoredEvent>.Conflicted($"保存被拒绝：招商活动“{existing.Name}”已被他人修改（版本 {version.CurrentValue}），您编辑的是版本 {expectedVersion?.ToString() ?? "未知"}。请刷新后重新修改。");
            }
            var before = Audit(existing);
            db.Entry(existing).CurrentValues.SetValues(promotionEvent);
            version.CurrentValue = version.OriginalValue + 1;
            db.Audit.Add(AuditRow(PromotionAuditRow.EventEntity, existing.Id, "修改", user, now, before, Audit(existing)));
            stored = existing;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<StoredEvent>.Conflicted($"保存被拒绝：招商活动“{promotionEvent.Name}”刚被他人修改，请刷新后重新修改。");
        }
        return Outcome<StoredEvent>.Ok(new StoredEvent(stored, db.Entry(stored).Property<int>(PromotionDbContext.VersionProperty).CurrentValue));
    }

    public async Task<StoredDeal?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await Stored(db, db.Deals.AsNoTracking().Where(d => d.Id == id), cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<StoredDeal>> ListAsync(DealQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = Filtered(db, query).OrderBy(d => d.Id).Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 1000));
        return await Stored(db, q, cancellationToken);
    }

    public async Task<int> CountAsync(DealQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Filtered(db, query).CountAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<DealStage, int>> StageCountsAsync(string? department, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deals = db.Deals.AsNoTracking();
        if (department is not null)
        {
            deals = deals.Where(d => d.Department == department);
        }
        var counts = await deals.GroupBy(d => d.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.Key, c => c.Count);
    }

    public async Task<IReadOnlyList<string>> ValuesAsync(DealDimension dimension, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var values = dimension == DealDimension.Park
            ? db.Deals.Where(d => d.Park != null).Select(d => d.Park!)
            : db.Deals.Where(d => d.Chain != null).Select(d => d.Chain!);
        return await values.Distinct().OrderBy(v => v).Take(500).ToListAsync(cancellationToken);
    }

    private static IQueryable<Deal> Filtered(PromotionDbContext db, DealQuery query)
    {
        var q = db.Deals.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            q = q.Where(d => d.Department == query.Department);
        }
        if (!string.IsNullOrWhiteSpace(query.Industry))
        {
            q = q.Where(d => d.Industry == query.Industry);
        }
        if (query.EventId is { } eventId)
        {
            q = q.Where(d => d.EventId == eventId);
        }
        if (query.Stage is { } stage)
        {
            q = q.Where(d => d.Stage == stage);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            q = q.Where(d => d.Name.Contains(text) || d.Investor.Contains(text));
        }
        if (!string.IsNullOrWhiteSpace(query.Park))
        {
            q = q.Where(d => d.Park == query.Park);
        }
        if (!string.IsNullOrWhiteSpace(query.Method))
        {
            q = q.Where(d => d.Method == query.Method);
        }
        if (!string.IsNullOrWhiteSpace(query.Chain))
        {
            q = q.Where(d => d.Chain == query.Chain);
        }
        return q;
    }

    public async Task<Outcome<StoredDeal>> CreateAsync(DealDraft draft, DealStage stage, DateOnly since, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var deal = new Deal();
        draft.ApplyTo(deal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var problems = DealRules.CheckMove(deal, stage, since, null, Today);
        deal.Stage = stage;
        problems.AddRange(DealRules.Check(deal, await EventExistsAsync(db, deal.EventId, cancellationToken)));
        if (problems.Count > 0)
        {
            return Outcome<StoredDeal>.Refused(Distinct(problems));
        }
        deal.History.Add(new StageChange { To = stage, On = since, User = user });
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = db.Deals.Add(deal);
        entry.Property<int>(PromotionDbContext.VersionProperty).CurrentValue = 1;
        entry.Property<DateTime>(PromotionDbContext.CreatedAtProperty).CurrentValue = now;
        entry.Property<DateTime>(PromotionDbContext.UpdatedAtProperty).CurrentValue = now;
        entry.Property<string>(PromotionDbContext.UpdatedByProperty).CurrentValue = user;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit.Add(AuditRow(PromotionAuditRow.DealEntity, deal.Id, "创建", user, now, null, Audit(deal)));
        db.Facts.AddRange(DealFact.Of(deal));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome<StoredDeal>.Ok((await FindAsync(deal.Id, cancellationToken))!);
    }

    public Task<Outcome<StoredDeal>> UpdateAsync(long id, DealDraft draft, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, user, "修改", async (db, deal) =>
        {
            draft.ApplyTo(deal);
            return DealRules.Check(deal, await EventExistsAsync(db, deal.EventId, cancellationToken));
        }, cancellationToken);

    public Task<Outcome<StoredDeal>> MoveStageAsync(long id, DealStage to, DateOnly on, string? reason, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, user, "阶段变更", (_, deal) =>
        {
            var problems = DealRules.CheckMove(deal, to, on, reason, Today);
            if (problems.Count == 0)
            {
                deal.History.Add(new StageChange { From = deal.Stage, To = to, On = on, Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), User = user });
                deal.Stage = to;
            }
            return Task.FromResult<IReadOnlyList<Problem>>(problems);
        }, cancellationToken);

    public Task<Outcome<StoredDeal>> AddFundsAsync(long id, FundArrival arrival, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, user, "资金到位", (_, deal) =>
        {
            var problems = DealRules.CheckFunds(deal, arrival, Today);
            if (problems.Count == 0)
            {
                // Appended, never re-sorted (see AddSupportAsync): sums and readers do not depend on the order.
                deal.Funds.Add(new FundArrival { On = arrival.On, Amount = arrival.Amount, Note = string.IsNullOrWhiteSpace(arrival.Note) ? null : arrival.Note.Trim() });
            }
            return Task.FromResult<IReadOnlyList<Problem>>(problems);
        }, cancellationToken);

    public Task<Outcome<StoredDeal>> AddPerformanceCheckAsync(long id, PerformanceCheck check, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, user, "履约核查", (_, deal) =>
        {
            var problems = DealRules.CheckPerformance(deal, check, Today);
            if (problems.Count == 0)
            {
                // Appended, never re-sorted (see AddSupportAsync): the check holding on a date is the latest dated one.
                deal.Checks.Add(new PerformanceCheck { On = check.On, OnSchedule = check.OnSchedule, Note = string.IsNullOrWhiteSpace(check.Note) ? null : check.Note.Trim() });
            }
            return Task.FromResult<IReadOnlyList<Problem>>(problems);
        }, cancellationToken);

    public Task<Outcome<StoredDeal>> AddSupportAsync(long id, SupportGrant grant, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, user, "扶持办法", (_, deal) =>
        {
            var entered = new SupportGrant
            {
                Item = grant.Item.Trim(), Basis = grant.Basis.Trim(), Amount = grant.Amount, GrantedOn = grant.GrantedOn,
                Note = string.IsNullOrWhiteSpace(grant.Note) ? null : grant.Note.Trim(),
            };
            var problems = DealRules.CheckSupport(deal, entered, Today);
            if (problems.Count == 0)
            {
                // Appended, never re-sorted: reordering tracked JSON items changes their keys; readers order by date.
                deal.Support.Add(entered);
            }
            return Task.FromResult<IReadOnlyList<Problem>>(problems);
        }, cancellationToken);

    public async Task<Outcome<StoredDeal>> ConvertToProjectAsync(long id, int expectedVersion, string user, ProjectField? field = null, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(id, cancellationToken) is not { } stored)
        {
            return Outcome<StoredDeal>.Conflicted($"招商项目 {id} 不存在");
        }
        var deal = stored.Deal;
        var today = Today;
        if (deal.ProjectId is { } linked)
        {
            return Outcome<StoredDeal>.Refused("储备编号", linked == ConversionClaim
                ? "该项目正在转为储备项目，请稍后刷新查看"
                : $"该项目已转为储备项目 {linked}，不能重复转入");
        }
        if (!deal.Reached(DealStage.Landed, today))
        {
            return Outcome<StoredDeal>.Refused("阶段", $"项目处于“{ZhNames<DealStage>.Of(deal.Stage)}”阶段，落地后才能转为储备项目");
        }
        var record = DealToProject.Build(deal, stored.EventName, today, field);
        // The reserve validates again when it saves; checking first means a refused conversion writes nothing at all.
        var problems = ProjectValidator.Validate(record, 1, []);
        if (problems.Count > 0)
        {
            return Outcome<StoredDeal>.Refused(ReserveProblems(problems));
        }
        var claimed = await ChangeAsync(id, expectedVersion, user, "开始转为储备项目", (_, d) =>
        {
            d.ProjectId = ConversionClaim;
            return Task.FromResult<IReadOnlyList<Problem>>([]);
        }, cancellationToken);
        if (!claimed.Succeeded)
        {
            return claimed;
        }
        var saved = await reserve.SaveAsync(record, null, user, cancellationToken);
        var projectId = saved.Saved?.Record.Id;
        var finished = await ChangeAsync(id, claimed.Value!.Version, user, projectId is null ? "转为储备项目失败" : "转为储备项目", (_, d) =>
        {
            d.ProjectId = projectId;
            return Task.FromResult<IReadOnlyList<Problem>>([]);
        }, cancellationToken);
        if (projectId is null)
        {
            return saved.Conflict is { } conflict ? Outcome<StoredDeal>.Conflicted(conflict) : Outcome<StoredDeal>.Refused(ReserveProblems(saved.Problems));
        }
        return finished;
    }

    public Task<IReadOnlyList<PromotionAuditEntry>> DealAuditAsync(long id, CancellationToken cancellationToken = default) =>
        AuditAsync(PromotionAuditRow.DealEntity, id, cancellationToken);

    public Task<IReadOnlyList<PromotionAuditEntry>> EventAuditAsync(long id, CancellationToken cancellationToken = default) =>
        AuditAsync(PromotionAuditRow.EventEntity, id, cancellationToken);

    public async Task<MetricTable> MetricsAsync(MetricGrouping grouping, DateOnly? asOf = null, string? department = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await MetricQueries.TableAsync(db, grouping, asOf ?? Today, department, cancellationToken);
    }

    public async Task<PromotionDashboard> DashboardAsync(MetricGrouping grouping, DateOnly asOf, string? department, CancellationToken cancellationToken = default) =>
        await DashboardAsync(grouping, asOf, department, await RevisionAsync(cancellationToken));

    public async Task<Page<StoredDeal>> PageAsync(DealQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await PageAsync(query, await RevisionAsync(cancellationToken));
    }

    public async Task<(Page<StoredDeal> Deals, PromotionDashboard Dashboard)> BoardAsync(DealQuery query, MetricGrouping grouping, DateOnly asOf, string? department, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var stamp = await RevisionAsync(cancellationToken);
        return (await PageAsync(query, stamp), await DashboardAsync(grouping, asOf, department, stamp));
    }

    private Task<PromotionDashboard> DashboardAsync(MetricGrouping grouping, DateOnly asOf, string? department, long stamp)
    {
        var key = string.Join('|', grouping, asOf.ToString("O", System.Globalization.CultureInfo.InvariantCulture), department);
        return _dashboards.GetAsync(key, stamp, async () =>
        {
            // Shared by every reader: computed to the end even when the request that started it goes away.
            var none = CancellationToken.None;
            await using var db = await contexts.CreateDbContextAsync(none);
            var metrics = await MetricQueries.TableAsync(db, grouping, asOf, department, none);
            var dimensions = new List<MetricTable>();
            foreach (var by in PromotionDashboard.DimensionGroupings)
            {
                dimensions.Add(by == grouping ? metrics : await MetricQueries.TableAsync(db, by, asOf, department, none));
            }
            var funds = await MetricQueries.FundsByMonthAsync(db, new DateOnly(asOf.Year, 1, 1), asOf, department, none);
            return new PromotionDashboard(await StageCountsAsync(department, none), metrics, dimensions, funds, await EventsAsync(none));
        });
    }

    private Task<Page<StoredDeal>> PageAsync(DealQuery query, long stamp) =>
        _pages.GetAsync(JsonSerializer.Serialize(query), stamp, async () =>
            new Page<StoredDeal>(await ListAsync(query, CancellationToken.None), await CountAsync(query, CancellationToken.None)));

    /// <summary>The 招商 data's change stamp (<see cref="AuditStamp"/>), read with every module's by <see cref="ChangeStamps"/>.</summary>
    private async Task<long> RevisionAsync(CancellationToken cancellationToken) =>
        (await stamps.ReadAsync(cancellationToken)).Number(AuditStamp);

    public async Task<ChartData> RatesChartAsync(MetricGrouping grouping, DateOnly? asOf = null, string? department = null, CancellationToken cancellationToken = default) =>
        PromotionCharts.Rates(await MetricsAsync(grouping, asOf, department, cancellationToken));

    public async Task<ChartData> FundsChartAsync(DateOnly from, DateOnly? to = null, string? department = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await MetricQueries.FundsByMonthAsync(db, from, to ?? Today, department, cancellationToken);
    }

    public async Task<int> SeedDemoAsync(PromotionDemoSet demo, string user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Deals.AnyAsync(cancellationToken) || await db.Events.AnyAsync(cancellationToken))
        {
            return 0;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The database numbers the events (an explicit id would not advance a PostgreSQL identity); deals follow by name.
        var demoNames = demo.Events.ToDictionary(e => e.Id, e => e.Name);
        foreach (var promotionEvent in demo.Events)
        {
            promotionEvent.Id = 0;
            db.Events.Add(promotionEvent).Property<int>(PromotionDbContext.VersionProperty).CurrentValue = 1;
        }
        await db.SaveChangesAsync(cancellationToken);
        var storedIds = demo.Events.ToDictionary(e => e.Name, e => e.Id);
        foreach (var deal in demo.Deals)
        {
            deal.EventId = deal.EventId is { } demoId ? storedIds[demoNames[demoId]] : null;
            var entry = db.Deals.Add(deal);
            entry.Property<int>(PromotionDbContext.VersionProperty).CurrentValue = 1;
            entry.Property<DateTime>(PromotionDbContext.CreatedAtProperty).CurrentValue = now;
            entry.Property<DateTime>(PromotionDbContext.UpdatedAtProperty).CurrentValue = now;
            entry.Property<string>(PromotionDbContext.UpdatedByProperty).CurrentValue = user;
        }
        await db.SaveChangesAsync(cancellationToken);
        db.Facts.AddRange(demo.Deals.SelectMany(DealFact.Of));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return demo.Deals.Count;
    }

    /// <summary>
    /// Loads the deal, refuses a stale version, applies <paramref name="change"/>, and writes the deal and its audit
    /// entry together; when the change reports problems nothing is written. A change that lowers the stage is
    /// audited as 退回.
    /// </summary>
    private async Task<Outcome<StoredDeal>> ChangeAsync(long id, int expectedVersion, string user, string action,
        Func<PromotionDbContext, Deal, Task<IReadOnlyList<Problem>>> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deal = await db.Deals.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (deal is null)
        {
            return Outcome<StoredDeal>.Conflicted($"招商项目 {id} 已不存在，可能已被他人删除");
        }
        var entry = db.Entry(deal);
        var version = entry.Property<int>(PromotionDbContext.VersionProperty);
        if (version.CurrentValue != expectedVersion)
        {
            var by = entry.Property<string>(PromotionDbContext.UpdatedByProperty).CurrentValue;
            var at = entry.Property<DateTime>(PromotionDbContext.UpdatedAtProperty).CurrentValue;
            return Outcome<StoredDeal>.Conflicted($"保存被拒绝：招商项目“{deal.Name}”已由 {by} 于 {at.ToLocalTime():yyyy-MM-dd HH:mm} 修改（版本 {version.CurrentValue}），您编辑的是版本 {expectedVersion}。请刷新后重新修改，他人的修改未被覆盖。");
        }
        var stageBefore = deal.Stage;
        var before = Audit(deal);
        var problems = await change(db, deal);
        if (problems.Count > 0)
        {
            return Outcome<StoredDeal>.Refused(Distinct(problems));
        }
        if (deal.Stage < stageBefore)
        {
            action = "退回";
        }
        var now = clock.GetUtcNow().UtcDateTime;
        version.CurrentValue = version.OriginalValue + 1;
        entry.Property<DateTime>(PromotionDbContext.UpdatedAtProperty).CurrentValue = now;
        entry.Property<string>(PromotionDbContext.UpdatedByProperty).CurrentValue = user;
        db.Audit.Add(AuditRow(PromotionAuditRow.DealEntity, deal.Id, action, user, now, before, Audit(deal)));
        db.Facts.AddRange(DealFact.Of(deal));
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Facts.Where(f => f.DealId == deal.Id).ExecuteDeleteAsync(cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Outcome<StoredDeal>.Conflicted($"保存被拒绝：招商项目“{deal.Name}”刚被他人修改，请刷新后重新修改。");
            }
            await transaction.CommitAsync(cancellationToken);
        }
        return Outcome<StoredDeal>.Ok((await FindAsync(id, cancellationToken))!);
    }

    private static async Task<IReadOnlyList<StoredDeal>> Stored(PromotionDbContext db, IQueryable<Deal> deals, CancellationToken cancellationToken)
    {
        var rows = await deals
            .Select(d => new
            {
                Deal = d,
                Version = EF.Property<int>(d, PromotionDbContext.VersionProperty),
                At = EF.Property<DateTime>(d, PromotionDbContext.UpdatedAtProperty),
                By = EF.Property<string>(d, PromotionDbContext.UpdatedByProperty),
            })
            .ToListAsync(cancellationToken);
        var eventIds = rows.Where(r => r.Deal.EventId is not null).Select(r => r.Deal.EventId!.Value).Distinct().ToList();
        var names = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        return rows.Select(r => new StoredDeal(r.Deal, r.Version, r.At, r.By, r.Deal.EventId is { } e && names.TryGetValue(e, out var n) ? n : null)).ToList();
    }

    private static async Task<bool> EventExistsAsync(PromotionDbContext db, long? eventId, CancellationToken cancellationToken) =>
        eventId is not { } id || await db.Events.AnyAsync(e => e.Id == id, cancellationToken);

    private async Task<IReadOnlyList<PromotionAuditEntry>> AuditAsync(string entity, long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Audit.AsNoTracking().Where(a => a.Entity == entity && a.EntityId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return rows.Select(a => new PromotionAuditEntry(a.Id, a.Entity, a.EntityId, a.Action, a.User, a.AtUtc, a.Before, a.After)).ToList();
    }

    private static PromotionAuditRow AuditRow(string entity, long id, string action, string user, DateTime at, string? before, string? after) =>
        new() { Entity = entity, EntityId = id, Action = action, User = user, AtUtc = at, Before = before, After = after };

    /// <summary>The reserve's problems, named as the reserve's fields, prefixed so the user sees where to fix them.</summary>
    private static List<Problem> ReserveProblems(IEnumerable<ImportProblem> problems) =>
        problems.Select(p => new Problem($"储备项目·{p.Column}", p.Message)).ToList();

    private static List<Problem> Distinct(IEnumerable<Problem> problems) => problems.Distinct().ToList();

    /// <summary>The audit's JSON: the reserve's interchange options (enums as their Chinese words, ISO dates), so every module's audit reads alike.</summary>
    private static string Audit<T>(T value) => JsonSerializer.Serialize(value, ProjectJson.Options);
}
