namespace Reserve.Matching;

/// <summary>The stored results: read them, and recompute them when projects or plugins change.</summary>
public interface IMatchResults
{
    Task<IReadOnlyList<MatchResult>> ForProjectAsync(string projectId, CancellationToken cancellationToken = default);

    /// <summary>Verdict counts per channel over every stored result.</summary>
    Task<IReadOnlyDictionary<string, VerdictCounts>> SummaryAsync(CancellationToken cancellationToken = default);

    /// <summary>Recomputes and stores the results of these projects against every active channel.</summary>
    Task RematchAsync(IReadOnlyList<string> projectIds, CancellationToken cancellationToken = default);

    /// <summary>Recomputes every project; reports progress as (done, total). Returns the number of projects.</summary>
    Task<int> RematchAllAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// True when some stored result came from a plugin version, or a channel set, other than the active one, or was
    /// stored before the readiness and timing answers were kept.
    /// </summary>
    Task<bool> IsStaleAsync(CancellationToken cancellationToken = default);
}
