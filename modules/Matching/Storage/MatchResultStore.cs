using Microsoft.EntityFrameworkCore;
using Reserve.Sdk.Projects;

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

    /// <summary>Every stored verdict without its explanation, for aggregates over the whole reserve.</summary>
    public async Task<IReadOnlyList<StoredVerdict>> VerdictsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Results.AsNoTracking().Select(r => new { r.ProjectId, r.ChannelId, r.Verdict, r.Amount }).ToListAsync(cancellationToken);
        return rows.Select(r => new StoredVerdict(r.ProjectId, r.ChannelId, ZhNames<MatchVerdict>.TryParse(r.Verdict, out var v) ? v : MatchVerdict.Error, r.Amount)).ToList();
    }

    /// <summary>(channel, plugin version) pairs present in the stored results.</summary>
    public async Task<IReadOnlyList<(string ChannelId, string PluginVersion)>> StoredVersionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Results.AsNoTracking().Select(r => new { r.ChannelId, r.PluginVersion }).Distinct().ToListAsync(cancellationToken);
        return rows.Select(r => (r.ChannelId, r.PluginVersion)).ToList();
    }

    public async Task DeleteAllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Results.ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Matches the records as of today and replaces their rows in one transaction, a batch of projects at a
    /// time, so that a large import never holds every result in memory at once. Only verdict, score and amount
    /// are stored: a row of the full explanation is ~5 KB, 100 KB a project over twenty channels, which would
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
        foreach (var chunk in records.Chunk(BatchSize))
        {
            rows.Clear();
            // One thread: a batch is smaller than the engine's parallel chunk, and reading, matching and writing take turns.
            var batch = engine.Evaluate(chunk, asOf);
            for (var p = 0; p < chunk.Length; p++)
            {
                for (var c = 0; c < batch.Channels.Count; c++)
                {
                    var channel = batch.Channels[c];
                    var summary = batch.Summarize(p, c);
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
                        MatchedAtUtc = now,
                    });
                }
            }
            // Rows of channels that no longer exist must not linger; the others are upserted in place.
            var ids = chunk.Select(r => r.Id!).ToList();
            await db.Results.Where(r => ids.Contains(r.ProjectId) && !activeChannels.Contains(r.ChannelId)).ExecuteDeleteAsync(cancellationToken);
            await MatchRowWriter.UpsertAsync(db, rows, cancellationToken);
            evaluations += rows.Count;
        }
        await transaction.CommitAsync(cancellationToken);
        MatchingMetrics.Passes.Add(records.Count);
        MatchingMetrics.Evaluations.Add(evaluations);
        MatchingMetrics.PluginErrors.Add(pluginErrors);
    }
}
