using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;
using Reserve.Projects.Interchange;
using Reserve.Projects.Validation;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Storage;

internal sealed class ProjectReserve(
    IDbContextFactory<ProjectsDbContext> contexts,
    IChannelFactProvider facts,
    IEnumerable<IProjectChangeObserver> observers,
    TimeProvider clock,
    ChangeStamps stamps,
    IMatchAnswersSql? matched = null) : IProjectReserve
{
    private readonly ReserveTotalsCache totals = new(contexts, stamps, matched);
    private readonly ListedIds listed = new(contexts, stamps, matched, clock);

    /// <summary>The longest page of GET /api/projects kept between requests (50 records are about 90 KB of text).</summary>
    public const int KeptPageSize = 100;

    private readonly ChangeSnapshots<ProjectPage<ProjectJsonItem>> pages = new(clock, capacity: 64);

    public async Task<StoredProject?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(StoredColumns.Shape).FirstOrDefaultAsync(cancellationToken);
        return row?.Stored();
    }

    public async Task<IReadOnlyList<StoredProject>> ListAsync(ProjectQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await OrderedPage(db, query).Select(StoredColumns.Shape).ToListAsync(cancellationToken);
        return rows.Select(r => r.Stored()).ToList();
    }

    public Task<ProjectPage<ProjectListRow>> ListRowsAsync(ProjectQuery query, CancellationToken cancellationToken = default) =>
        PageOfAsync(query, ListRowShape, r => r.Id, cancellationToken);

    public async Task<ProjectPage<StoredProject>> PageAsync(ProjectQuery query, CancellationToken cancellationToken = default)
    {
        var page = await PageOfAsync(query, StoredColumns.Shape, r => r.Record.Id!, cancellationToken);
        return new ProjectPage<StoredProject>(page.Total, page.Items.Select(r => r.Stored()).ToList());
    }

    /// <summary>
    /// A page of GET /api/projects, kept per change of the reserve (<see cref="ListedIds.ChangeKeyAsync"/>: the same stamp as
    /// the kept lists) for pages of at most <see cref="KeptPageSize"/> records: clients polling the same list read the same
    /// rows until something changes. A longer page is read each time.
    /// </summary>
    public async Task<ProjectPage<ProjectJsonItem>> PageJsonAsync(ProjectQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Take > KeptPageSize)
        {
            return await ReadPageJsonAsync(query, cancellationToken);
        }
        var (key, stamp) = await listed.ChangeKeyAsync(query, cancellationToken);
        var page = string.Create(CultureInfo.InvariantCulture, $"{key}page:{Math.Max(0, query.Skip)}+{Math.Clamp(query.Take, 1, 1000)}");
        return await pages.GetAsync(page, stamp, () => ReadPageJsonAsync(query, CancellationToken.None));
    }

    /// <summary>
    /// The page's ids in order (from the kept list, or the database's ordered page of ids alone), then their rows with the
    /// JSON columns as stored text: no record built, no list parsed (<see cref="ProjectRowJson"/>).
    /// </summary>
    private async Task<ProjectPage<ProjectJsonItem>> ReadPageJsonAsync(ProjectQuery query, CancellationToken cancellationToken)
    {
        var ids = await listed.GetAsync(query, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var total = ids?.Count ?? await CountAsync(query, cancellationToken);
        var wanted = ids is null
            ? await OrderedPage(db, query).Select(p => p.Id!).ToListAsync(cancellationToken)
            : ids.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 1000)).ToList();
        if (wanted.Count == 0)
        {
            return new ProjectPage<ProjectJsonItem>(total, []);
        }
        var rows = await db.Database.SqlQueryRaw<ProjectRow>($"SELECT {ProjectRow.Columns} FROM reserve_projects")
            .Where(r => wanted.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, StringComparer.Ordinal, cancellationToken);
        return new ProjectPage<ProjectJsonItem>(total, wanted.Where(rows.ContainsKey).Select(id => (ProjectJsonItem)new StoredRowItem(rows[id])).ToList());
    }

    private sealed class StoredRowItem(ProjectRow row) : ProjectJsonItem(row.Version)
    {
        public override void WriteProject(System.Text.Json.Utf8JsonWriter writer) => ProjectRowJson.Write(writer, row);
    }

    /// <summary>The columns of a list row, read by the database without the record's JSON columns.</summary>
    private static readonly Expression<Func<ProjectRecord, ProjectListRow>> ListRowShape = p => new ProjectListRow(
        p.Id!, p.Name, p.Department, p.Field, p.Stage, p.PlannedStart, p.TotalInvestment,
        EF.Property<int>(p, ProjectsDbContext.VersionProperty),
        EF.Property<DateTime>(p, ProjectsDbContext.UpdatedAtProperty),
        EF.Property<string>(p, ProjectsDbContext.UpdatedByProperty));

    /// <summary>
    /// A page and the total: a searched or filtered list from its kept ordered ids (<see cref="ListedIds"/>: the search
    /// evaluated once per change, whatever the page), the page's rows then read by id; the whole reserve or a department,
    /// or a list too long to keep, counted and paged by the database.
    /// </summary>
    private async Task<ProjectPage<T>> PageOfAsync<T>(ProjectQuery query, Expression<Func<ProjectRecord, T>> shape, Func<T, string> idOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var ids = await listed.GetAsync(query, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (ids is null)
        {
            var total = await CountAsync(query, cancellationToken);
            return new ProjectPage<T>(total, await OrderedPage(db, query).Select(shape).ToListAsync(cancellationToken));
        }
        var wanted = ids.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 1000)).ToList();
        var found = wanted.Count == 0
            ? new Dictionary<string, T>(StringComparer.Ordinal)
            : await db.Projects.AsNoTracking().Where(p => wanted.Contains(p.Id!)).Select(shape).ToDictionaryAsync(idOf, StringComparer.Ordinal, cancellationToken);
        return new ProjectPage<T>(ids.Count, wanted.Where(found.ContainsKey).Select(id => found[id]).ToList());
    }

    private IQueryable<ProjectRecord> OrderedPage(ProjectsDbContext db, ProjectQuery query) =>
        ProjectListQuery.Order(new ProjectListQuery(db, matched).Build(query), query)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, 1000))
            .Select(r => r.Project);

    public async Task<int> CountAsync(ProjectQuery query, CancellationToken cancellationToken = default)
    {
        if (ProjectListQuery.ByDepartmentOnly(query))
        {
            // The whole reserve or one department: counted already in the totals (two index seeks to check them),
            // instead of counting 100,000 rows on every page of the list.
            var all = await totals.GetAsync(null, cancellationToken);
            return query.Department is null ? all.Projects : all.ByDepartment.FirstOrDefault(g => g.Name == query.Department)?.Projects ?? 0;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await new ProjectListQuery(db, matched).Build(query).CountAsync(cancellationToken);
    }

    public Task<ReserveTotals> TotalsAsync(string? department, CancellationToken cancellationToken = default) =>
        totals.GetAsync(department, cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Projects.AsNoTracking()
            .Where(p => wanted.Contains(p.Id!))
            .Select(p => new { Id = p.Id!, p.Name })
            .ToDictionaryAsync(p => p.Id, p => p.Name, StringComparer.Ordinal, cancellationToken);
    }

    public async Task<IReadOnlyList<ProjectSummary>> SummariesAsync(string? department, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = db.Projects.AsNoTracking().Where(p => EF.Property<DateTime?>(p, ProjectsDbContext.WithdrawnAtProperty) == null);
        if (department is not null)
        {
            q = q.Where(p => p.Department == department);
        }
        return await q.OrderBy(p => p.Id)
            .Select(p => new ProjectSummary(p.Id!, p.Name, p.Department, p.Field, p.Stage, p.TotalInvestment, p.AnnualPlan, p.Tags))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Pages through the reserve (withdrawn projects left out) by id (keyset), each page its own short query: a re-match of every project
    /// writes while it reads, and a read kept open for the whole run would stop SQLite from resetting its WAL
    /// ("checkpoint starvation") and hold one PostgreSQL snapshot (and its old row versions) for as long.
    /// </summary>
    public async IAsyncEnumerable<ProjectRecord> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const int page = 500;
        string? after = null;
        while (true)
        {
            List<ProjectRecord> records;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                var query = db.Projects.AsNoTracking().Where(p => EF.Property<DateTime?>(p, ProjectsDbContext.WithdrawnAtProperty) == null);
                if (after is not null)
                {
                    query = query.Where(p => string.Compare(p.Id, after) > 0);
                }
                records = await query.OrderBy(p => p.Id).Take(page).ToListAsync(cancellationToken);
            }
            foreach (var record in records)
            {
                yield return record;
            }
            if (records.Count < page)
            {
                yield break;
            }
            after = records[^1].Id;
        }
    }

    public async Task<SaveOutcome> SaveAsync(ProjectRecord record, int? expectedVersion, string user, CancellationToken cancellationToken = default)
    {
        var channels = new ChannelFacts(facts.ChannelFacts, facts.Channels);
        channels.Channels.ToIds(record);
        var problems = ProjectValidator.Validate(record, 1, channels, new JsonColumnNames(channels));
        if (problems.Count > 0)
        {
            return new SaveOutcome(null, problems, null);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = record.Id is null ? null : await db.Projects.FirstOrDefaultAsync(p => p.Id == record.Id, cancellationToken);
        if (existing is null)
        {
            if (record.Id is not null && expectedVersion is not null)
            {
                return new SaveOutcome(null, [], $"项目 {record.Id} 已不存在，可能已被他人删除");
            }
            record.Id ??= await ProjectWrites.NextIdAsync(db, now, cancellationToken);
            ProjectWrites.Add(db, record, user, now);
        }
        else
        {
            var entry = db.Entry(existing);
            var current = entry.Property<int>(ProjectsDbContext.VersionProperty).CurrentValue;
            if (expectedVersion is null || expectedVersion != current)
            {
                var by = entry.Property<string>(ProjectsDbContext.UpdatedByProperty).CurrentValue;
                var at = entry.Property<DateTime>(ProjectsDbContext.UpdatedAtProperty).CurrentValue;
                return new SaveOutcome(null, [], $"保存被拒绝：项目“{existing.Name}”已由 {by} 于 {at.ToLocalTime():yyyy-MM-dd HH:mm} 修改（版本 {current}），您编辑的是版本 {expectedVersion?.ToString() ?? "未知"}。请刷新后重新修改，您的内容未丢失也未覆盖他人的修改。");
            }
            if (entry.Property<DateTime?>(ProjectsDbContext.WithdrawnAtProperty).CurrentValue is not null)
            {
                return new SaveOutcome(null, [], $"保存被拒绝：项目“{existing.Name}”已撤回，请先恢复再修改。");
            }
            ProjectWrites.Update(db, existing, record, user, now);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveOutcome(null, [], $"保存被拒绝：项目 {record.Id} 刚被他人修改，请刷新后重新修改。");
        }
        catch (DbUpdateException ex) when (existing is null && DatabaseErrors.IsUniqueViolation(ex))
        {
            return new SaveOutcome(null, [], $"保存被拒绝：储备编号 {record.Id} 刚被他人使用，请刷新后重新保存。");
        }
        totals.Forget();
        await NotifyAsync([record], cancellationToken);
        return new SaveOutcome((await FindAsync(record.Id!, cancellationToken))!, [], null);
    }

    public Task<ImportOutcome> ImportAsync(IReadOnlyList<ProjectRecord> records, string user, CancellationToken cancellationToken = default) =>
        ImportAsync(records, user, ImportMode.AllOrNothing, null, cancellationToken);

    public async Task<ImportOutcome> ImportAsync(IReadOnlyList<ProjectRecord> records, string user, ImportMode mode,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var source = ImportSource.FromRecords(records);
        return await ImportAsync(source, user, mode, progress, cancellationToken);
    }

    public async Task<ImportOutcome> ImportAsync(ImportSource source, string user, ImportMode mode,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var outcome = await new ImportRun(contexts, new ChannelFacts(facts.ChannelFacts, facts.Channels), clock, user, mode, progress).RunAsync(source, cancellationToken);
        ProjectsMetrics.Imported(outcome);
        if (outcome.Stored > 0)
        {
            totals.Forget();
            await NotifyStoredAsync(outcome.Ids, cancellationToken);
        }
        return outcome;
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string projectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Audit.AsNoTracking().Where(a => a.ProjectId == projectId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return rows.Select(a => new AuditEntry(a.Id, a.ProjectId, a.Action, a.User, a.AtUtc, a.Before, a.After) { Note = a.Note }).ToList();
    }

    public async Task<(int Total, IReadOnlyList<AuditEntry> Entries)> AuditAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = db.Audit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            q = q.Where(a => a.User == query.User.Trim());
        }
        if (!string.IsNullOrWhiteSpace(query.ProjectId))
        {
            q = q.Where(a => a.ProjectId == query.ProjectId.Trim());
        }
        if (query.FromUtc is { } from)
        {
            q = q.Where(a => a.AtUtc >= from);
        }
        if (query.ToUtc is { } to)
        {
            q = q.Where(a => a.AtUtc < to);
        }
        var total = await q.CountAsync(cancellationToken);
        var rows = await q.OrderByDescending(a => a.Id).Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 500)).ToListAsync(cancellationToken);
        return (total, rows.Select(a => new AuditEntry(a.Id, a.ProjectId, a.Action, a.User, a.AtUtc, a.Before, a.After) { Note = a.Note }).ToList());
    }

    private static ProjectWithdrawal? Withdrawal(DateTime? at, string? by, string? reason) =>
        at is { } when ? new ProjectWithdrawal(DateTime.SpecifyKind(when, DateTimeKind.Utc), by ?? "", reason ?? "") : null;

    /// <summary>A record with the columns kept beside it (version, last change, withdrawal), as one list query reads them.</summary>
    private sealed class StoredColumns
    {
        public static readonly Expression<Func<ProjectRecord, StoredColumns>> Shape = p => new StoredColumns
        {
            Record = p,
            Version = EF.Property<int>(p, ProjectsDbContext.VersionProperty),
            At = EF.Property<DateTime>(p, ProjectsDbContext.UpdatedAtProperty),
            By = EF.Property<string>(p, ProjectsDbContext.UpdatedByProperty),
            WithdrawnAt = EF.Property<DateTime?>(p, ProjectsDbContext.WithdrawnAtProperty),
            WithdrawnBy = EF.Property<string?>(p, ProjectsDbContext.WithdrawnByProperty),
            WithdrawnReason = EF.Property<string?>(p, ProjectsDbContext.WithdrawnReasonProperty),
        };

        public ProjectRecord Record { get; init; } = null!;
        public int Version { get; init; }
        public DateTime At { get; init; }
        public string By { get; init; } = "";
        public DateTime? WithdrawnAt { get; init; }
        public string? WithdrawnBy { get; init; }
        public string? WithdrawnReason { get; init; }

        public StoredProject Stored() => new(Record, Version, At, By) { Withdrawal = Withdrawal(WithdrawnAt, WithdrawnBy, WithdrawnReason) };
    }

    public async Task<SaveOutcome> WithdrawAsync(string id, int expectedVersion, string reason, string user, CancellationToken cancellationToken = default)
    {
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return new SaveOutcome(null, [new ImportProblem(1, "撤回理由", "请填写撤回理由")], "请填写撤回理由");
        }
        if (trimmed.Length > ProjectWithdrawal.MaxReasonLength)
        {
            var problem = $"撤回理由不能超过 {ProjectWithdrawal.MaxReasonLength} 字（现有 {trimmed.Length} 字）";
            return new SaveOutcome(null, [new ImportProblem(1, "撤回理由", problem)], problem);
        }
        return await MarkAsync(id, expectedVersion, user, withdraw: true, trimmed, cancellationToken);
    }

    public Task<SaveOutcome> RestoreAsync(string id, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        MarkAsync(id, expectedVersion, user, withdraw: false, null, cancellationToken);

    /// <summary>Withdraws or restores one project: a new version, an audit entry with the reason, the record itself untouched.</summary>
    private async Task<SaveOutcome> MarkAsync(string id, int expectedVersion, string user, bool withdraw, string? reason, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (existing is null)
        {
            return new SaveOutcome(null, [], $"没有储备编号为 {id} 的项目");
        }
        var entry = db.Entry(existing);
        var version = entry.Property<int>(ProjectsDbContext.VersionProperty);
        if (version.CurrentValue != expectedVersion)
        {
            return new SaveOutcome(null, [], $"操作被拒绝：项目“{existing.Name}”已由 {entry.Property<string>(ProjectsDbContext.UpdatedByProperty).CurrentValue} 修改（版本 {version.CurrentValue}），您看到的是版本 {expectedVersion}。请刷新后重试。");
        }
        var withdrawnAt = entry.Property<DateTime?>(ProjectsDbContext.WithdrawnAtProperty);
        if (withdraw == withdrawnAt.CurrentValue is not null)
        {
            return new SaveOutcome(null, [], withdraw ? $"项目“{existing.Name}”已经撤回" : $"项目“{existing.Name}”没有撤回，无需恢复");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        withdrawnAt.CurrentValue = withdraw ? now : null;
        entry.Property<string?>(ProjectsDbContext.WithdrawnByProperty).CurrentValue = withdraw ? user : null;
        entry.Property<string?>(ProjectsDbContext.WithdrawnReasonProperty).CurrentValue = reason;
        version.CurrentValue = version.OriginalValue + 1;
        entry.Property<DateTime>(ProjectsDbContext.UpdatedAtProperty).CurrentValue = now;
        entry.Property<string>(ProjectsDbContext.UpdatedByProperty).CurrentValue = user;
        // The record itself does not change: before and after are the same, the reason is the entry's note.
        var json = ProjectJson.Serialize(existing);
        db.Audit.Add(new AuditRow { ProjectId = id, Action = withdraw ? "撤回" : "恢复", User = user, AtUtc = now, Before = json, After = json, Note = reason });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveOutcome(null, [], $"操作被拒绝：项目 {id} 刚被他人修改，请刷新后重试。");
        }
        totals.Forget();
        return new SaveOutcome((await FindAsync(id, cancellationToken))!, [], null);
    }

    /// <summary>
    /// Tells the observers about imported records as stored, a few hundred at a time read back from the
    /// reserve: a large import is not held in memory, and each observer's work stays bounded.
    /// </summary>
    private async Task NotifyStoredAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (!observers.Any())
        {
            return;
        }
        foreach (var chunk in ids.Chunk(500))
        {
            List<ProjectRecord> records;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                var found = await db.Projects.AsNoTracking().Where(p => chunk.Contains(p.Id!)).ToDictionaryAsync(p => p.Id!, cancellationToken);
                records = [.. chunk.Select(id => found[id])];
            }
            await NotifyAsync(records, cancellationToken);
        }
    }

    private async Task NotifyAsync(IReadOnlyList<ProjectRecord> records, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.ProjectsChangedAsync(records, cancellationToken);
        }
    }
}
