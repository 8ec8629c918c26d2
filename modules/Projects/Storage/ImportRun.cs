using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;
using Reserve.Projects.Interchange;
using Reserve.Projects.Validation;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Storage;

/// <summary>
/// One import: rows are read on another thread while this one checks and stores them, a batch at a time,
/// in one transaction that is committed only at the end (or rolled back, storing nothing). Between batches
/// the change tracker is emptied, so memory stays flat however long the file is.
/// </summary>
internal sealed class ImportRun(
    IDbContextFactory<ProjectsDbContext> contexts,
    ChannelFacts channelFacts,
    TimeProvider clock,
    string user,
    ImportMode mode,
    IProgress<ImportProgress>? progress)
{
    /// <summary>Rows per SaveChanges: large enough that round trips do not dominate, small enough that a batch's entities stay small.</summary>
    internal const int BatchSize = 1000;

    /// <summary>Rows a stage may run ahead of the next: enough to smooth their pace, few enough to keep memory (and the GC's work) small.</summary>
    private const int PipelineCapacity = 256;

    /// <summary>
    /// From this many rows in the first batch (a full batch: the file goes on), SQLite indexes and counts the new
    /// projects in bulk after storing them (<see cref="SqliteBulkIndexing"/>). The choice is made when the first batch is
    /// stored, before the file's length is known, and one batch is where row-by-row indexing starts to cost (about 1.3 s
    /// per 1,000 rows). Below it the triggers run: setting them aside rewrites the schema, which makes every other
    /// connection prepare its statements again, not worth it for a handful of rows; single saves never take this path.
    /// </summary>
    internal const int BulkIndexingFrom = BatchSize;

    private readonly List<ImportProblem> _rowProblems = [];
    private readonly List<int> _skipped = [];
    private readonly Dictionary<string, int> _firstRowOf = new(StringComparer.Ordinal);
    private readonly List<string> _duplicates = [];
    private readonly List<string> _ids = [];
    private readonly List<ProjectWrites.PreparedInsert> _batch = new(BatchSize);

    // Set once storing has stopped (all or nothing, a problem seen): the preparing thread then stops preparing rows.
    private volatile bool _stopped;
    private int _created;
    private int _updated;
    private int _read;
    private bool _indexingChosen;
    private SqliteBulkIndexing? _bulkIndexing;

    public async Task<ImportOutcome> RunAsync(ImportSource source, CancellationToken cancellationToken)
    {
        var idColumn = source.Format == ImportFormat.Xlsx ? RecordFields.Id.Header : RecordFields.Id.JsonName;
        try
        {
            return await StoreAsync(source, idColumn, cancellationToken);
        }
        catch (Exception ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // Rows read later may bring an id that an earlier row without one was just given (the file is
            // streamed, so its ids are not all known in advance), or another writer took the id meanwhile.
            return new ImportOutcome(0, 0, [], [new ImportProblem(0, idColumn,
                "保存时储备编号冲突：文件中的储备编号与本次导入新编的编号相同，或刚被他人使用；未导入任何项目，请检查文件中的储备编号后重新导入")]);
        }
    }

    private async Task<ImportOutcome> StoreAsync(ImportSource source, string idColumn, CancellationToken cancellationToken)
    {
        // Problems of the header refuse the whole file unless only the valid rows are wanted.
        var storing = mode == ImportMode.ValidRowsOnly || source.FileProblems.Count == 0;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Database.OpenConnectionAsync(cancellationToken);
        using var projects = RowInserter<ProjectRecord>.Create(db);
        using var audit = RowInserter<AuditRow>.Create(db);
        var inserters = (projects, audit);

        _stopped = !storing;
        await foreach (var (row, checkedProblems, insert) in PipelineAsync(source.Rows(), Check, c => Prepare(c, inserters, now), cancellationToken))
        {
            _read++;
            var problems = checkedProblems;
            if (Duplicate(row, problems, idColumn) is { } duplicate)
            {
                problems = [duplicate];
            }
            if (problems.Count > 0)
            {
                _rowProblems.AddRange(problems);
                _skipped.Add(row.Row);
                storing &= mode == ImportMode.ValidRowsOnly;
            }
            else if (storing && mode == ImportMode.AllOrNothing && _duplicates.Count > 0)
            {
                storing = false;
            }
            _stopped = !storing;
            if (problems.Count > 0 || !storing || insert is null)
            {
                continue;
            }
            _batch.Add(insert);
            if (_batch.Count == BatchSize)
            {
                await StoreBatchAsync(db, inserters, now, cancellationToken);
            }
        }

        if (source.Failure is { } failure)
        {
            return new ImportOutcome(0, 0, [], [failure]);
        }
        List<ImportProblem> all =
        [
            .. source.FileProblems.OrderBy(p => p.Row),
            .. _rowProblems,
            .. _duplicates.Select(id => new ImportProblem(0, idColumn, $"储备编号“{id}”在文件中出现多次")),
        ];
        if (mode == ImportMode.AllOrNothing && all.Count > 0)
        {
            return new ImportOutcome(0, 0, [], all) { SkippedRows = _skipped };
        }
        await StoreBatchAsync(db, inserters, now, cancellationToken);
        if (_bulkIndexing is not null)
        {
            await _bulkIndexing.ResumeAsync(db, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(new ImportProgress(_read, _ids.Count));
        return new ImportOutcome(_created, _updated, _ids, all) { SkippedRows = _skipped };
    }

    private readonly JsonColumnNames _names = new(channelFacts);

    /// <summary>
    /// The record rules, unless the reader has just run them (on the reading thread); a record made by a program may
    /// name its 拟申请渠道 as people do, and is stored with their ids.
    /// </summary>
    private Checked Check(ImportedRow row)
    {
        if (row.Problems.Count > 0 || row.Validated)
        {
            return new(row, row.Problems);
        }
        channelFacts.Channels.ToIds(row.Record);
        return new(row, ProjectValidator.Validate(row.Record, row.Row, channelFacts, _names));
    }

    /// <summary>
    /// For a valid row while storing goes on, everything an insert needs but the new id (on the preparing
    /// thread): computed tags, the JSON of the columns and of the audit entry, every value encoded for the database.
    /// </summary>
    private Prepared Prepare(Checked row, (RowInserter<ProjectRecord> Projects, RowInserter<AuditRow> Audit) inserters, DateTime now)
    {
        var insert = row.Problems.Count == 0 && !_stopped
            ? ProjectWrites.Prepare(inserters.Projects, inserters.Audit, row.Row.Record, user, now, "导入")
            : null;
        return new Prepared(row.Row, row.Problems, insert);
    }

    private sealed record Checked(ImportedRow Row, IReadOnlyList<ImportProblem> Problems);

    private sealed record Prepared(ImportedRow Row, IReadOnlyList<ImportProblem> Problems, ProjectWrites.PreparedInsert? Insert);

    /// <summary>
    /// An id carried by several rows. All or nothing: every row's id counts and each repeated id is one
    /// problem of the file, as before. Valid rows only: a later row repeating the id of a stored row is skipped.
    /// </summary>
    private ImportProblem? Duplicate(ImportedRow row, IReadOnlyList<ImportProblem> problems, string idColumn)
    {
        if (row.Record.Id is not { } id || (mode == ImportMode.ValidRowsOnly && problems.Count > 0))
        {
            return null;
        }
        if (!_firstRowOf.TryGetValue(id, out var first))
        {
            _firstRowOf[id] = row.Row;
            return null;
        }
        if (mode == ImportMode.AllOrNothing)
        {
            if (!_duplicates.Contains(id))
            {
                _duplicates.Add(id);
            }
            return null;
        }
        return new ImportProblem(row.Row, idColumn, $"储备编号“{id}”与第{first}行相同，本行未导入");
    }

    /// <summary>
    /// Writes the batch: records whose id is stored are updated through the change tracker, the others
    /// inserted directly (<see cref="RowInserter{T}"/>) with ids of the year reserved for the batch,
    /// after any id of the year the batch's records bring themselves.
    /// </summary>
    private async Task StoreBatchAsync(ProjectsDbContext db, (RowInserter<ProjectRecord> Projects, RowInserter<AuditRow> Audit) inserters,
        DateTime now, CancellationToken cancellationToken)
    {
        if (_batch.Count == 0)
        {
            return;
        }
        if (!_indexingChosen)
        {
            _indexingChosen = true;
            if (_batch.Count >= BulkIndexingFrom && db.Database.GetDbConnection() is SqliteConnection)
            {
                _bulkIndexing = await SqliteBulkIndexing.SuspendAsync(db, cancellationToken);
            }
        }
        var carried = _batch.Where(r => !r.NeedsId).Select(r => r.Record.Id!).ToList();
        var existing = carried.Count == 0
            ? []
            : await db.Projects.Where(p => carried.Contains(p.Id!)).ToDictionaryAsync(p => p.Id!, StringComparer.Ordinal, cancellationToken);
        var ids = await ProjectWrites.ReserveIdsAsync(db, now, _batch.Count(r => r.NeedsId), ProjectWrites.HighestNumber(carried, now.Year + 1), cancellationToken);
        foreach (var prepared in _batch)
        {
            var record = prepared.Record;
            if (!prepared.NeedsId && existing.TryGetValue(record.Id!, out var current))
            {
                ProjectWrites.Update(db, current, record, user, now, "导入更新");
                _updated++;
            }
            else
            {
                await ProjectWrites.InsertAsync(inserters.Projects, inserters.Audit, prepared, prepared.NeedsId ? $"{ids.Year}-{ids.Next++:D4}" : null, cancellationToken);
                _created++;
            }
            _ids.Add(record.Id!);
        }
        await inserters.Projects.FlushAsync(cancellationToken);
        await inserters.Audit.FlushAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        _batch.Clear();
        progress?.Report(new ImportProgress(_read, _ids.Count));
    }

    /// <summary>
    /// The rows read and checked on one worker thread, prepared on another, a few hundred ahead of this
    /// thread, which stores them: reading, preparing and storing each take about a third of the work, so
    /// the two cores stay busy. Stopping early (an error, a cancellation) stops the workers.
    /// </summary>
    private static async IAsyncEnumerable<Prepared> PipelineAsync(IEnumerable<ImportedRow> rows, Func<ImportedRow, Checked> check,
        Func<Checked, Prepared> prepare, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var options = new BoundedChannelOptions(PipelineCapacity) { SingleReader = true, SingleWriter = true };
        var checkedRows = Channel.CreateBounded<Checked>(options);
        var prepared = Channel.CreateBounded<Prepared>(options);
        var reading = Task.Run(async () =>
        {
            try
            {
                foreach (var row in rows)
                {
                    await checkedRows.Writer.WriteAsync(check(row), stop.Token);
                }
                checkedRows.Writer.Complete();
            }
            catch (Exception ex)
            {
                checkedRows.Writer.Complete(ex);
            }
        }, CancellationToken.None);
        var preparing = Task.Run(async () =>
        {
            try
            {
                await foreach (var row in checkedRows.Reader.ReadAllAsync(stop.Token))
                {
                    await prepared.Writer.WriteAsync(prepare(row), stop.Token);
                }
                prepared.Writer.Complete();
            }
            catch (Exception ex)
            {
                prepared.Writer.Complete(ex);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var row in prepared.Reader.ReadAllAsync(cancellationToken))
            {
                yield return row;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(reading, preparing);
        }
    }
}
