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
    TimeProvider clock) : IProjectReserve
{
    public async Task<StoredProject?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return record is null ? null : await StoredAsync(db, record, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredProject>> ListAsync(ProjectQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Order(Filter(db, query), query)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, 1000))
            .Select(p => new
            {
                Record = p,
                Version = EF.Property<int>(p, ProjectsDbContext.VersionProperty),
                At = EF.Property<DateTime>(p, ProjectsDbContext.UpdatedAtProperty),
                By = EF.Property<string>(p, ProjectsDbContext.UpdatedByProperty),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StoredProject(r.Record, r.Version, r.At, r.By)).ToList();
    }

    public async Task<int> CountAsync(ProjectQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Filter(db, query).CountAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ProjectSummary>> SummariesAsync(string? department, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = db.Projects.AsNoTracking();
        if (department is not null)
        {
            q = q.Where(p => p.Department == department);
        }
        return await q.OrderBy(p => p.Id)
            .Select(p => new ProjectSummary(p.Id!, p.Name, p.Department, p.Field, p.Stage, p.TotalInvestment, p.AnnualPlan, p.Tags))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Pages through the reserve by id (keyset), each page its own short query: a re-match of every project
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
                var query = db.Projects.AsNoTracking();
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
        var problems = ProjectValidator.Validate(record, 1, facts.ChannelFacts);
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
            record.Id ??= await NextIdAsync(db, now, cancellationToken);
            Add(db, record, user, now);
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
            Update(db, existing, record, user, now);
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
        await NotifyAsync([record], cancellationToken);
        return new SaveOutcome((await FindAsync(record.Id!, cancellationToken))!, [], null);
    }

    public async Task<ImportOutcome> ImportAsync(IReadOnlyList<ProjectRecord> records, string user, CancellationToken cancellationToken = default)
    {
        var problems = new List<ImportProblem>();
        for (var i = 0; i < records.Count; i++)
        {
            problems.AddRange(ProjectValidator.Validate(records[i], i + 1, facts.ChannelFacts));
        }
        var duplicates = records.Where(r => r.Id is not null).GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key);
        problems.AddRange(duplicates.Select(id => new ImportProblem(0, "储备编号(id)", $"储备编号“{id}”在文件中出现多次")));
        if (problems.Count > 0)
        {
            return new ImportOutcome(0, 0, [], problems);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = records.Where(r => r.Id is not null).Select(r => r.Id!).ToList();
        var existing = new Dictionary<string, ProjectRecord>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var found in await db.Projects.Where(p => chunk.Contains(p.Id)).ToListAsync(cancellationToken))
            {
                existing[found.Id!] = found;
            }
        }
        int created = 0, updated = 0;
        // Records may bring ids of the year (the demo data, a re-imported export): new ids, now or later, must not take them.
        var sequence = await ReserveIdsAsync(db, now, records.Count(r => r.Id is null), HighestNumber(ids, now.Year + 1), cancellationToken);
        var stored = new List<string>(records.Count);
        foreach (var record in records)
        {
            if (record.Id is not null && existing.TryGetValue(record.Id, out var current))
            {
                Update(db, current, record, user, now, "导入更新");
                updated++;
            }
            else
            {
                record.Id ??= $"{sequence.Year}-{sequence.Next++:D4}";
                Add(db, record, user, now, "导入");
                created++;
            }
            stored.Add(record.Id!);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await NotifyAsync(records, cancellationToken);
        return new ImportOutcome(created, updated, stored, []);
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string projectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Audit.AsNoTracking().Where(a => a.ProjectId == projectId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return rows.Select(a => new AuditEntry(a.Id, a.ProjectId, a.Action, a.User, a.AtUtc, a.Before, a.After)).ToList();
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
        return (total, rows.Select(a => new AuditEntry(a.Id, a.ProjectId, a.Action, a.User, a.AtUtc, a.Before, a.After)).ToList());
    }

    private static IQueryable<ProjectRecord> Order(IQueryable<ProjectRecord> q, ProjectQuery query)
    {
        // SQLite cannot order by a decimal column, so amounts are ordered as doubles; ties fall back to the id.
        var ordered = (query.Sort, query.Descending) switch
        {
            (ProjectSort.Name, false) => q.OrderBy(p => p.Name),
            (ProjectSort.Name, true) => q.OrderByDescending(p => p.Name),
            (ProjectSort.Department, false) => q.OrderBy(p => p.Department),
            (ProjectSort.Department, true) => q.OrderByDescending(p => p.Department),
            (ProjectSort.TotalInvestment, false) => q.OrderBy(p => (double)p.TotalInvestment),
            (ProjectSort.TotalInvestment, true) => q.OrderByDescending(p => (double)p.TotalInvestment),
            (ProjectSort.UpdatedAt, false) => q.OrderBy(p => EF.Property<DateTime>(p, ProjectsDbContext.UpdatedAtProperty)),
            (ProjectSort.UpdatedAt, true) => q.OrderByDescending(p => EF.Property<DateTime>(p, ProjectsDbContext.UpdatedAtProperty)),
            (_, false) => q.OrderBy(p => p.Id),
            (_, true) => q.OrderByDescending(p => p.Id),
        };
        return query.Sort == ProjectSort.Id ? ordered : ordered.ThenBy(p => p.Id);
    }

    private static IQueryable<ProjectRecord> Filter(ProjectsDbContext db, ProjectQuery query)
    {
        var q = db.Projects.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            q = q.Where(p => p.Department == query.Department);
        }
        if (ZhNames<ProjectField>.TryParse(query.Field, out var field))
        {
            q = q.Where(p => p.Field == field);
        }
        if (ZhNames<ProjectStage>.TryParse(query.Stage, out var stage))
        {
            q = q.Where(p => p.Stage == stage);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            q = q.Where(p => p.Name.Contains(text) || p.Unit.Contains(text) || (p.Code != null && p.Code.Contains(text)) || p.Id!.Contains(text));
        }
        return q;
    }

    private static void Add(ProjectsDbContext db, ProjectRecord record, string user, DateTime now, string action = "创建")
    {
        ComputedTags.Refresh(record);
        var entry = db.Projects.Add(record);
        entry.Property<int>(ProjectsDbContext.VersionProperty).CurrentValue = 1;
        entry.Property<DateTime>(ProjectsDbContext.CreatedAtProperty).CurrentValue = now;
        entry.Property<DateTime>(ProjectsDbContext.UpdatedAtProperty).CurrentValue = now;
        entry.Property<string>(ProjectsDbContext.UpdatedByProperty).CurrentValue = user;
        db.Audit.Add(new AuditRow { ProjectId = record.Id!, Action = action, User = user, AtUtc = now, After = ProjectJson.Serialize(record) });
    }

    private static void Update(ProjectsDbContext db, ProjectRecord existing, ProjectRecord record, string user, DateTime now, string action = "修改")
    {
        var before = ProjectJson.Serialize(existing);
        ComputedTags.Refresh(record);
        var entry = db.Entry(existing);
        entry.CurrentValues.SetValues(record);
        var version = entry.Property<int>(ProjectsDbContext.VersionProperty);
        version.CurrentValue = version.OriginalValue + 1;
        entry.Property<DateTime>(ProjectsDbContext.UpdatedAtProperty).CurrentValue = now;
        entry.Property<string>(ProjectsDbContext.UpdatedByProperty).CurrentValue = user;
        db.Audit.Add(new AuditRow { ProjectId = existing.Id!, Action = action, User = user, AtUtc = now, Before = before, After = ProjectJson.Serialize(record) });
    }

    private static async Task<string> NextIdAsync(ProjectsDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var sequence = await ReserveIdsAsync(db, now, 1, 0, cancellationToken);
        return $"{sequence.Year}-{sequence.Next++:D4}";
    }

    /// <summary>The largest number among ids of the form year-NNNN (0 when none).</summary>
    private static int HighestNumber(IEnumerable<string> ids, int year)
    {
        var prefix = year + "-";
        return ids.Where(id => id.StartsWith(prefix, StringComparison.Ordinal))
            .Select(id => int.TryParse(id[prefix.Length..], out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
    }

    /// <summary>Moves the year's sequence (when it exists) past a number already used; a CASE keeps it portable between the providers.</summary>
    private static async Task MoveSequencePastAsync(ProjectsDbContext db, int year, int used, CancellationToken cancellationToken)
    {
        if (used > 0)
        {
            await db.Database.ExecuteAsync(
                "UPDATE reserve_sequences SET \"Next\" = CASE WHEN \"Next\" <= @used THEN @used + 1 ELSE \"Next\" END WHERE \"Year\" = @year",
                new Dictionary<string, object?> { ["used"] = used, ["year"] = year }, cancellationToken);
        }
    }

    /// <summary>
    /// Takes <paramref name="count"/> consecutive serial numbers of the reserve year in one atomic
    /// <c>UPDATE … RETURNING</c>, inside the caller's transaction: on PostgreSQL the row stays locked until
    /// commit, on SQLite the write lock does the same, so two writers (two host instances) never get the same
    /// number. The reserve collected in autumn is next year's, so ids carry next year's number.
    /// </summary>
    /// <param name="used">The highest serial number the caller's records bring themselves (0: none); the block starts after it.</param>
    private static async Task<IdBlock> ReserveIdsAsync(ProjectsDbContext db, DateTime now, int count, int used, CancellationToken cancellationToken)
    {
        var year = now.Year + 1;
        await MoveSequencePastAsync(db, year, used, cancellationToken);
        if (count == 0)
        {
            return new IdBlock(year, 0);
        }
        if (!await db.Sequences.AnyAsync(s => s.Year == year, cancellationToken))
        {
            // Start after any id of that year already present (imported files carry their own ids).
            var prefix = year + "-";
            var taken = await db.Projects.Where(p => p.Id!.StartsWith(prefix)).Select(p => p.Id!).ToListAsync(cancellationToken);
            var max = taken.Select(id => int.TryParse(id[prefix.Length..], out var n) ? n : 0).DefaultIfEmpty(0).Max();
            await db.Database.ExecuteAsync(
                "INSERT INTO reserve_sequences (\"Year\", \"Next\") VALUES (@year, @next) ON CONFLICT DO NOTHING",
                new Dictionary<string, object?> { ["year"] = year, ["next"] = Math.Max(max, used) + 1 }, cancellationToken);
        }
        var next = await db.Database.ColumnAsync<int>(
            "UPDATE reserve_sequences SET \"Next\" = \"Next\" + @count WHERE \"Year\" = @year RETURNING \"Next\"",
            new Dictionary<string, object?> { ["count"] = count, ["year"] = year }, cancellationToken);
        return new IdBlock(year, next.Single() - count);
    }

    /// <summary>Serial numbers taken for this transaction: <see cref="Next"/> is the first not yet handed out.</summary>
    private sealed class IdBlock(int year, int first)
    {
        public int Year { get; } = year;
        public int Next { get; set; } = first;
    }

    private static async Task<StoredProject> StoredAsync(ProjectsDbContext db, ProjectRecord record, CancellationToken cancellationToken)
    {
        var meta = await db.Projects.AsNoTracking().Where(p => p.Id == record.Id)
            .Select(p => new
            {
                Version = EF.Property<int>(p, ProjectsDbContext.VersionProperty),
                At = EF.Property<DateTime>(p, ProjectsDbContext.UpdatedAtProperty),
                By = EF.Property<string>(p, ProjectsDbContext.UpdatedByProperty),
            })
            .FirstAsync(cancellationToken);
        return new StoredProject(record, meta.Version, meta.At, meta.By);
    }

    private async Task NotifyAsync(IReadOnlyList<ProjectRecord> records, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.ProjectsChangedAsync(records, cancellationToken);
        }
    }
}
