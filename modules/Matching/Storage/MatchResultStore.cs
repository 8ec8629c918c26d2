using Microsoft.EntityFrameworkCore;
using Reserve.Sdk.Projects;

namespace Reserve.Matching.Storage;

/// <summary>Keeps one row per (project, channel), replaced whenever the project or the channel's plugin changes.</summary>
internal sealed class MatchResultStore(IDbContextFactory<MatchingDbContext> contexts, MatchEngine engine, TimeProvider clock)
{
    private const int BatchSize = 500;

    public async Task<IReadOnlyList<MatchResult>> ForProjectAsync(string projectId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Results.AsNoTracking().Where(r => r.ProjectId == projectId).ToListAsync(cancellationToken);
        return MatchEngine.Rank(rows.Select(r => MatchJson.Deserialize<MatchResult>(r.ResultJson)!));
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
    /// time, so that a large import never holds every result in memory at once.
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
        foreach (var batch in records.Chunk(BatchSize))
        {
            rows.Clear();
            foreach (var record in batch)
            {
                foreach (var result in engine.Match(record, asOf))
                {
                    rows.Add(new MatchRow
                    {
                        ProjectId = record.Id!,
                        ChannelId = result.ChannelId,
                        PluginId = result.PluginId,
                        PluginVersion = result.PluginVersion,
                        AsOf = asOf,
                        Verdict = ZhNames<MatchVerdict>.Of(result.Verdict),
                        Score = result.Score,
                        Amount = result.EstimatedAmount,
                        ResultJson = MatchJson.Serialize(result),
                        MatchedAtUtc = now,
                    });
                }
            }
            // Rows of channels that no longer exist must not linger; the others are upserted in place.
            var ids = batch.Select(r => r.Id!).ToList();
            await db.Results.Where(r => ids.Contains(r.ProjectId) && !activeChannels.Contains(r.ChannelId)).ExecuteDeleteAsync(cancellationToken);
            await MatchRowWriter.UpsertAsync(db, rows, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
