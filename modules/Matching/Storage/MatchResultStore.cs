using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Matching.Storage;

/// <summary>Keeps one row per (project, channel), replaced whenever the project or the channel's plugin changes.</summary>
internal sealed class MatchResultStore(IDbContextFactory<MatchingDbContext> contexts, MatchEngine engine, TimeProvider clock)
{
    private const int BatchSize = 500;

    /// <summary>The stored rows of one project (no explanation: it is rebuilt from the project when asked for).</summary>
    public async Task<IReadOnlyList<MatchRow>> RowsForAsync(string projectId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Results.AsNoTracking().Where(r => r.ProjectId == projectId).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, VerdictCounts>> SummaryAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var groups = await db.Results.AsNoTracking()
            .GroupBy(r => new { r.ChannelId, r.Verdict })
            .Select(g => new { g.Key.ChannelId, g.Key.Verdict, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var summary = new Dictionary<string, VerdictCounts>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            if (!summary.TryGetValue(g.ChannelId, out var counts))
            {
                summary[g.ChannelId] = counts = new VerdictCounts();
            }
            if (ZhNames<MatchVerdict>.TryParse(g.Verdict, out var verdict))
            {
                counts.Add(verdict, g.Count);
            }
        }
        return summary;
    }

    /// <summary>
    /// (channel, plugin version) pairs present in the stored results: each channel's lowest and highest version
    /// (equal when all its rows agree). Read by index seeks — the distinct channels by a loose scan of the
    /// (channel, version) index, then two ends of each channel's range — so a start costs the same with 2,000 rows or
    /// 2,000,000 (a DISTINCT over every row took seconds at that size).
    /// </summary>
    public async Task<IReadOnlyList<(string ChannelId, string PluginVersion)>> StoredVersionsAsync(CancellationToken cancellationToken)
    {
        const string channels = """
            WITH RECURSIVE c(id) AS (
                SELECT MIN("ChannelId") FROM match_results
                UNION ALL
                SELECT (SELECT MIN("ChannelId") FROM match_results WHERE "ChannelId" > c.id) FROM c WHERE c.id IS NOT NULL)
            SELECT id FROM c WHERE id IS NOT NULL
            """;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pairs = new List<(string, string)>();
        foreach (var channel in await db.Database.ColumnAsync<string>(channels, new Dictionary<string, object?>(), cancellationToken))
        {
            var rows = db.Results.AsNoTracking().Where(r => r.ChannelId == channel);
            var lowest = await rows.OrderBy(r => r.PluginVersion).Select(r => r.PluginVersion).FirstAsync(cancellationToken);
            var highest = await rows.OrderByDescending(r => r.PluginVersion).Select(r => r.PluginVersion).FirstAsync(cancellationToken);
            pairs.Add((channel, lowest));
            if (highest != lowest)
            {
                pairs.Add((channel, highest));
            }
        }
        return pairs;
    }

    /// <summary>
    /// Whether rows stored before the readiness and timing answers were kept remain (their timing is empty; every row
    /// stored since has one). Those rows are the oldest, so the oldest row tells, by a seek of the time index.
    /// </summary>
    public async Task<bool> HasRowsWithoutAnswersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Results.AsNoTracking().OrderBy(r => r.MatchedAtUtc).Select(r => r.Timing).FirstOrDefaultAsync(cancellationToken) == "";
    }

    public async Task DeleteAllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Results.ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Matches the records as of today and replaces their rows in one transaction, a batch of projects at a
    /// time, so that a large import never holds every result in memory at once. Only the three answers (verdict;
    /// readiness with its count and earliest date; timing with the window's dates), score and amount are stored: a row of the full explanation is ~5 KB, 100 KB a project over twenty channels, which would
    /// make a 100,000-project reserve's table ~10 GB; the explanation is a function of the project, the plugin
    /// version and the date, all kept, so it is rebuilt exactly when someone opens the project.
    /// </summary>
    public async Task StoreAsync(IReadOnlyList<ProjectRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }
        var asOf = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var activeChannels = engine.Catalog.Channels.Select(c => c.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var durability = await ResultCommitDurability.RelaxAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ResultCommitDurability.InTransactionAsync(db, cancellationToken);
        var rows = new List<MatchRow>();
        long evaluations = 0, pluginErrors = 0;
        var bulk = records.Count >= SqliteAnswerTotalsInBulk.From && db.Database.GetDbConnection() is SqliteConnection
            ? await SuspendedTriggers.SuspendAsync(db.Database, SqliteAnswerTotalsInBulk.Triggers, cancellationToken)
            : null;
        foreach (var chunk in records.Chunk(BatchSize))
        {
            rows.Clear();
            // One thread: a batch is smaller than the engine's parallel chunk, and reading, matching and writing take turns.
            var batch = engine.Evaluate(chunk, asOf);
            for (var p = 0; p < chunk.Length; p++)
            {
                var summaries = batch.Summarize(p);
                for (var c = 0; c < batch.Channels.Count; c++)
                {
                    var channel = batch.Channels[c];
                    var summary = summaries[c];
                    pluginErrors += summary.Verdict == MatchVerdict.Error ? 1 : 0;
                    rows.Add(new MatchRow
                    {
                        ProjectId = chunk[p].Id!,
                        ChannelId = channel.Id,
                        PluginId = channel.PluginId,
                        PluginVersion = channel.PluginVersion,
                        AsOf = asOf,
                        Verdict = ZhNames<MatchVerdict>.Of(summary.Verdict),
                        Score = summary.Score,
                        Amount = summary.Amount,
                        Readiness = summary.Verdict == MatchVerdict.Error ? "" : ZhNames<ReadinessState>.Of(summary.Readiness),
                        ReadinessItems = summary.ReadinessItems,
                        ReadyBy = summary.ReadyBy,
                        Timing = summary.Timing is { } timing ? ZhNames<TimingState>.Of(timing.State) : "",
                        OpensOn = summary.Timing?.OpensOn,
                        ClosesOn = summary.Timing?.ClosesOn,
                        MatchedAtUtc = now,
                    });
                }
            }
            // Rows of channels that no longer exist must not linger; the others are upserted in place.
            var ids = chunk.Select(r => r.Id!).ToList();
            if (bulk is not null)
            {
                await SqliteAnswerTotalsInBulk.TakeOutAsync(db, ids, cancellationToken);
            }
            await db.Results.Where(r => ids.Contains(r.ProjectId) && !activeChannels.Contains(r.ChannelId)).ExecuteDeleteAsync(cancellationToken);
            await MatchRowWriter.UpsertAsync(db, rows, cancellationToken);
            if (bulk is not null)
            {
                await SqliteAnswerTotalsInBulk.PutBackAsync(db, ids, cancellationToken);
            }
            evaluations += rows.Count;
        }
        if (bulk is not null)
        {
            await bulk.RestoreAsync(db.Database, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        MatchingMetrics.Passes.Add(records.Count);
        MatchingMetrics.Evaluations.Add(evaluations);
        MatchingMetrics.PluginErrors.Add(pluginErrors);
    }
}
