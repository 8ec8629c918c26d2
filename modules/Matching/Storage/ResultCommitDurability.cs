using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;

namespace Reserve.Matching.Storage;

/// <summary>
/// Stored results are derived data: every one can be computed again from the project and the plugins. So a
/// results transaction does not wait for the disk at commit. On SQLite in WAL mode that is
/// <c>synchronous=NORMAL</c>: the commit is atomic and survives a crash of the process; a power cut may undo
/// the last commits, never corrupt the file (sqlite.org/pragma.html#pragma_synchronous). On PostgreSQL it is
/// <c>synchronous_commit = off</c> for the transaction, with the same guarantee. The wait was most of a
/// re-match after one edit (BENCHMARKS.md, re-match). Project saves are not affected: the previous setting is
/// put back before the connection returns to the pool, which both modules share.
/// </summary>
internal sealed class ResultCommitDurability : IAsyncDisposable
{
    private readonly MatchingDbContext? _restoreOn;
    private readonly long _previous;

    private ResultCommitDurability(MatchingDbContext? restoreOn, long previous)
    {
        _restoreOn = restoreOn;
        _previous = previous;
    }

    /// <summary>Call with the connection not yet in a transaction; for PostgreSQL call again inside it (<see cref="InTransactionAsync"/>).</summary>
    public static async Task<ResultCommitDurability> RelaxAsync(MatchingDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return new ResultCommitDurability(null, 0);
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        var mode = await db.Database.ColumnAsync<string>("PRAGMA journal_mode", new Dictionary<string, object?>(), cancellationToken);
        if (!string.Equals(mode.SingleOrDefault(), "wal", StringComparison.OrdinalIgnoreCase))
        {
            // Outside WAL, NORMAL is not crash-safe in the same way; keep the database's setting.
            return new ResultCommitDurability(null, 0);
        }
        var previous = (await db.Database.ColumnAsync<long>("PRAGMA synchronous", new Dictionary<string, object?>(), cancellationToken)).Single();
        await db.Database.ExecuteAsync("PRAGMA synchronous = NORMAL", new Dictionary<string, object?>(), cancellationToken);
        return new ResultCommitDurability(db, previous);
    }

    /// <summary>PostgreSQL: the setting is local to the transaction just begun, so nothing needs restoring.</summary>
    public static async Task InTransactionAsync(MatchingDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteAsync("SET LOCAL synchronous_commit TO OFF", new Dictionary<string, object?>(), cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_restoreOn is not null)
        {
            // Between 0 and 3 by the pragma's definition, so writing it into the statement is safe.
            await _restoreOn.Database.ExecuteAsync($"PRAGMA synchronous = {Math.Clamp(_previous, 0, 3)}", new Dictionary<string, object?>(), CancellationToken.None);
        }
    }
}
