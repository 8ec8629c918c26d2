using Reserve.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Matching.Storage;

internal sealed class MatchResults(MatchResultStore store, IProjectReserve reserve, MatchEngine engine) : IMatchResults
{
    private const int BatchSize = 500;

    /// <summary>
    /// The project's results with their full explanations, rebuilt from the stored project as of the date its rows
    /// were matched: rules are functions of the project, the plugin and the date, so this is what was stored
    /// (MatchResultStore keeps verdicts only). A project never matched has none.
    /// </summary>
    public async Task<IReadOnlyList<MatchResult>> ForProjectAsync(string projectId, CancellationToken cancellationToken = default)
    {
        var rows = await store.RowsForAsync(projectId, cancellationToken);
        if (rows.Count == 0 || await reserve.FindAsync(projectId, cancellationToken) is not { } stored)
        {
            return [];
        }
        return engine.Match(stored.Record, rows.Max(r => r.AsOf));
    }

    public Task<IReadOnlyDictionary<string, VerdictCounts>> SummaryAsync(CancellationToken cancellationToken = default) =>
        store.SummaryAsync(cancellationToken);

    public async Task RematchAsync(IReadOnlyList<string> projectIds, CancellationToken cancellationToken = default)
    {
        var records = new List<ProjectRecord>(projectIds.Count);
        foreach (var id in projectIds)
        {
            if (await reserve.FindAsync(id, cancellationToken) is { } stored)
            {
                records.Add(stored.Record);
            }
        }
        await store.StoreAsync(records, cancellationToken);
    }

    public async Task<int> RematchAllAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var total = await reserve.CountAsync(new ProjectQuery(), cancellationToken);
        // Results of projects or channels that no longer exist must not linger.
        await store.DeleteAllAsync(cancellationToken);
        var done = 0;
        var batch = new List<ProjectRecord>(BatchSize);
        await foreach (var record in reserve.AllAsync(cancellationToken))
        {
            batch.Add(record);
            if (batch.Count == BatchSize)
            {
                await store.StoreAsync(batch, cancellationToken);
                done += batch.Count;
                batch.Clear();
                progress?.Report((done, total));
            }
        }
        await store.StoreAsync(batch, cancellationToken);
        done += batch.Count;
        progress?.Report((done, total));
        return done;
    }

    public async Task<bool> IsStaleAsync(CancellationToken cancellationToken = default)
    {
        if (await store.HasRowsWithoutAnswersAsync(cancellationToken))
        {
            return true;
        }
        var stored = await store.StoredVersionsAsync(cancellationToken);
        var active = engine.Catalog.Channels.ToDictionary(c => c.Id, c => c.PluginVersion, StringComparer.Ordinal);
        if (stored.Any(s => !active.TryGetValue(s.ChannelId, out var version) || version != s.PluginVersion))
        {
            return true;
        }
        var storedChannels = stored.Select(s => s.ChannelId).ToHashSet(StringComparer.Ordinal);
        return active.Keys.Any(id => !storedChannels.Contains(id))
            && await reserve.CountAsync(new ProjectQuery(), cancellationToken) > 0;
    }
}
