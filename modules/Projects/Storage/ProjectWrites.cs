using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;
using Reserve.Projects.Interchange;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Storage;

/// <summary>How a record is written: with its version, audit entry and computed tags, and how new ids are numbered.</summary>
internal static class ProjectWrites
{
    public static void Add(ProjectsDbContext db, ProjectRecord record, string user, DateTime now, string action = "创建")
    {
        ComputedTags.Refresh(record);
        var entry = db.Projects.Add(record);
        entry.Property<int>(ProjectsDbContext.VersionProperty).CurrentValue = 1;
        entry.Property<DateTime>(ProjectsDbContext.CreatedAtProperty).CurrentValue = now;
        entry.Property<DateTime>(ProjectsDbContext.UpdatedAtProperty).CurrentValue = now;
        entry.Property<string>(ProjectsDbContext.UpdatedByProperty).CurrentValue = user;
        db.Audit.Add(new AuditRow { ProjectId = record.Id!, Action = action, User = user, AtUtc = now, After = ProjectJson.Serialize(record) });
    }

    /// <summary>
    /// The same row and audit entry as <see cref="Add"/>, made ready to insert without the change tracker
    /// (bulk imports): tags computed, JSON serialized, values converted. A record without an id gets it when
    /// it is stored (<see cref="InsertAsync"/>), since ids are reserved in the storing transaction.
    /// </summary>
    public static PreparedInsert Prepare(RowInserter<ProjectRecord> projects, RowInserter<AuditRow> audit,
        ProjectRecord record, string user, DateTime now, string action)
    {
        ComputedTags.Refresh(record);
        var project = projects.Prepare(record, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [ProjectsDbContext.VersionProperty] = 1,
            [ProjectsDbContext.CreatedAtProperty] = now,
            [ProjectsDbContext.UpdatedAtProperty] = now,
            [ProjectsDbContext.UpdatedByProperty] = user,
        });
        var after = ProjectJson.Serialize(record);
        var entry = audit.Prepare(new AuditRow { ProjectId = record.Id ?? "", Action = action, User = user, AtUtc = now, After = after }, EmptyShadow);
        return new PreparedInsert(record, record.Id is null, project, entry, after);
    }

    /// <summary>Inserts a prepared record, giving it <paramref name="newId"/> first when it came without one.</summary>
    public static async Task InsertAsync(RowInserter<ProjectRecord> projects, RowInserter<AuditRow> audit,
        PreparedInsert prepared, string? newId, CancellationToken cancellationToken)
    {
        if (prepared.NeedsId)
        {
            var id = newId ?? throw new InvalidOperationException("新建的项目需要储备编号");
            prepared.Record.Id = id;
            projects.Set(prepared.Project, nameof(ProjectRecord.Id), id);
            audit.Set(prepared.Audit, nameof(AuditRow.ProjectId), id);
            audit.Set(prepared.Audit, nameof(AuditRow.After), WithId(prepared.After, id));
        }
        await projects.InsertAsync(prepared.Project, cancellationToken);
        await audit.InsertAsync(prepared.Audit, cancellationToken);
    }

    /// <summary>
    /// The record's JSON as if serialized with its id: the id is the record's first property, so it goes
    /// first, written by the same serializer (tested equal to serializing the record with the id set).
    /// </summary>
    private static string WithId(string json, string id)
    {
        var quoted = System.Text.Json.JsonSerializer.Serialize(id, ProjectJson.Options);
        return json.Length > 2 ? $"{{\"id\":{quoted},{json[1..]}" : $"{{\"id\":{quoted}}}";
    }

    private static readonly Dictionary<string, object?> EmptyShadow = [];

    public static void Update(ProjectsDbContext db, ProjectRecord existing, ProjectRecord record, string user, DateTime now, string action = "修改")
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

    public static async Task<string> NextIdAsync(ProjectsDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var sequence = await ReserveIdsAsync(db, now, 1, 0, cancellationToken);
        return $"{sequence.Year}-{sequence.Next++:D4}";
    }

    /// <summary>The largest number among ids of the form year-NNNN (0 when none).</summary>
    public static int HighestNumber(IEnumerable<string> ids, int year)
    {
        var prefix = year + "-";
        return ids.Where(id => id.StartsWith(prefix, StringComparison.Ordinal))
            .Select(id => int.TryParse(id[prefix.Length..], out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
    }

    /// <summary>Moves the year's sequence (when it exists) past a number already used; a CASE keeps it portable between the providers.</summary>
    public static async Task MoveSequencePastAsync(ProjectsDbContext db, int year, int used, CancellationToken cancellationToken)
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
    public static async Task<IdBlock> ReserveIdsAsync(ProjectsDbContext db, DateTime now, int count, int used, CancellationToken cancellationToken)
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
    public sealed class IdBlock(int year, int first)
    {
        public int Year { get; } = year;
        public int Next { get; set; } = first;
    }

    /// <summary>A record's row and audit entry ready to insert; <see cref="After"/> is the audit JSON as prepared.</summary>
    public sealed record PreparedInsert(ProjectRecord Record, bool NeedsId, PreparedRow Project, PreparedRow Audit, string After);
}
