using Reserve.Projects.Validation;
using Reserve.Sdk.Projects;

namespace Reserve.Projects;

/// <summary>The public face of the reserve: find, list, save and import projects, and read their audit.</summary>
public interface IProjectReserve
{
    Task<StoredProject?> FindAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredProject>> ListAsync(ProjectQuery query, CancellationToken cancellationToken = default);

    Task<int> CountAsync(ProjectQuery query, CancellationToken cancellationToken = default);

    /// <summary>The few columns aggregates need, of every project (of one department when given).</summary>
    Task<IReadOnlyList<ProjectSummary>> SummariesAsync(string? department, CancellationToken cancellationToken = default);

    /// <summary>Every stored record, streamed in id order (matching all projects, exports).</summary>
    IAsyncEnumerable<ProjectRecord> AllAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Validates and stores one record. A new record (no id) gets the next id of the reserve year. An
    /// existing one is saved only if <paramref name="expectedVersion"/> is still its version; otherwise
    /// the save is refused with a conflict message and nothing is overwritten.
    /// </summary>
    Task<SaveOutcome> SaveAsync(ProjectRecord record, int? expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores records read from a file in one transaction: all of them or none. Records whose id is
    /// already stored are updated rather than duplicated. Returns the problems when any record is invalid
    /// (and then stores nothing).
    /// </summary>
    Task<ImportOutcome> ImportAsync(IReadOnlyList<ProjectRecord> records, string user, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> AuditAsync(string projectId, CancellationToken cancellationToken = default);

    /// <summary>Changes across the reserve, newest first, with the total count of the query.</summary>
    Task<(int Total, IReadOnlyList<AuditEntry> Entries)> AuditAsync(AuditQuery query, CancellationToken cancellationToken = default);
}

/// <summary>What an import stored, or why it stored nothing.</summary>
public sealed record ImportOutcome(int Created, int Updated, IReadOnlyList<string> Ids, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
