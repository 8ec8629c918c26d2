using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;

namespace Reserve.Projects.Storage;

/// <summary>
/// Keeps <see cref="ReserveTotals"/> per department while its stamp (newest project change, newest stored answer: two
/// index seeks, read with every module's stamps by <see cref="ChangeStamps"/>) stays the same, so a dashboard costs no
/// statement instead of grouping 100,000 projects and 2,000,000 answers per request. After a change one computation runs
/// however many ask; they wait for it up to <see cref="FreshWait"/> and are otherwise answered with the previous totals
/// (and the next request gets the new ones); after a change made through this instance the totals are forgotten and the
/// next request waits for new ones. The stamp is read from the database, so every instance sees another's changes
/// (within <see cref="ChangeStamps.Freshness"/>).
/// </summary>
internal sealed class ReserveTotalsCache(IDbContextFactory<ProjectsDbContext> contexts, ChangeStamps stamps, IMatchAnswersSql? answers)
{
    /// <summary>How long a request waits for new totals before it is shown the previous ones.</summary>
    public static readonly TimeSpan FreshWait = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async Task<ReserveTotals> GetAsync(string? department, CancellationToken cancellationToken)
    {
        var stamp = ReserveStamps.Totals(await stamps.ReadAsync(cancellationToken), answers is not null);
        var key = department ?? "";
        while (true)
        {
            var entry = entries.GetOrAdd(key, _ => new Entry(null, null, Compute(department, stamp)));
            if (entry.Stamp == stamp && entry.Totals is { } current)
            {
                return current;
            }
            if (entry.Pending.Stamp != stamp || entry.Pending.Task.IsFaulted || entry.Pending.Task.IsCanceled)
            {
                // A newer stamp than the one being computed, or a computation that failed: start again (one caller wins the swap).
                var next = new Entry(entry.Stamp, entry.Totals, Compute(department, stamp));
                if (!entries.TryUpdate(key, next, entry))
                {
                    continue;
                }
                entry = next;
            }
            var pending = entry.Pending.Task;
            if (entry.Totals is { } previous && await Task.WhenAny(pending, Task.Delay(FreshWait, cancellationToken)) != pending)
            {
                return previous;
            }
            var totals = await pending.WaitAsync(cancellationToken);
            entries.TryUpdate(key, new Entry(stamp, totals, entry.Pending), entry);
            return totals;
        }
    }

    /// <summary>
    /// Forgets every kept total: called after this instance stored projects, so its own users never see totals from
    /// before their change (another instance's change is seen by the stamp).
    /// </summary>
    public void Forget() => entries.Clear();

    private Pending Compute(string? department, string stamp) => new(stamp, Task.Run(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await new ReserveTotalsQuery(db, answers).RunAsync(department, CancellationToken.None);
    }));

    private sealed record Pending(string Stamp, Task<ReserveTotals> Task);

    /// <summary>The totals last computed (for <see cref="Stamp"/>), and the computation under way or last finished.</summary>
    private sealed record Entry(string? Stamp, ReserveTotals? Totals, Pending Pending);
}
