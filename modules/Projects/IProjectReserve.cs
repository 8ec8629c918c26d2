using Reserve.Projects.Validation;
using Reserve.Sdk.Projects;

namespace Reserve.Projects;

/// <summary>The public face of the reserve: find, list, save and import projects, and read their audit.</summary>
public interface IProjectReserve
{
    Task<StoredProject?> FindAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredProject>> ListAsync(ProjectQuery query, CancellationToken cancellationToken = default);

    Task<int> CountAsync(ProjectQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the list as rows (<see cref="ProjectListRow"/>: no JSON columns) and how many the whole query finds,
    /// the search evaluated once for both; the same projects in the same order as <see cref="ListAsync"/>.
    /// </summary>
    /// <remarks>Implemented by the reserve; the default exists so that stand-ins written before it still compile.</remarks>
    async Task<ProjectPage<ProjectListRow>> ListRowsAsync(ProjectQuery query, CancellationToken cancellationToken = default)
    {
        var page = await PageAsync(query, cancellationToken);
        return new ProjectPage<ProjectListRow>(page.Total, page.Items.Select(ProjectListRow.Of).ToList());
    }

    /// <summary>
    /// One page of the list (whole records) and how many the whole query finds, the search evaluated once for both; the
    /// same projects in the same order as <see cref="ListAsync"/>.
    /// </summary>
    /// <remarks>Implemented by the reserve; the default exists so that stand-ins written before it still compile.</remarks>
    async Task<ProjectPage<StoredProject>> PageAsync(ProjectQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var total = await CountAsync(query with { Skip = 0 }, cancellationToken);
        return new ProjectPage<StoredProject>(total, await ListAsync(query, cancellationToken));
    }

    /// <summary>
    /// One page of the list as interchange JSON, each record's text as <see cref="Interchange.ProjectJson.Options"/> writes it,
    /// and how many the whole query finds: the same projects in the same order as <see cref="PageAsync"/>.
    /// </summary>
    /// <remarks>Implemented by the reserve from the stored columns; the default serialises <see cref="PageAsync"/>'s records.</remarks>
    async Task<ProjectPage<ProjectJsonItem>> PageJsonAsync(ProjectQuery query, CancellationToken cancellationToken = default)
    {
        var page = await PageAsync(query, cancellationToken);
        return new ProjectPage<ProjectJsonItem>(page.Total, page.Items.Select(ProjectJsonItem.Of).ToList());
    }

    /// <summary>The names of the stored projects among <paramref name="ids"/> (one query), for pages that list projects by id.</summary>
    /// <remarks>Implemented by the reserve; the default, one lookup per id, exists so that stand-ins written before it still compile.</remarks>
    async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (await FindAsync(id, cancellationToken) is { } project)
            {
                names[id] = project.Record.Name;
            }
        }
        return names;
    }

    /// <summary>The few columns aggregates need, of every project (of one department when given).</summary>
    Task<IReadOnlyList<ProjectSummary>> SummariesAsync(string? department, CancellationToken cancellationToken = default);

    /// <summary>
    /// The reserve summed up in the database (of one department when given). Kept between calls while nothing changed
    /// (projects or stored answers); after a change, recomputed once however many ask.
    /// </summary>
    /// <remarks>Implemented by the reserve; the default exists so that stand-ins written before it still compile.</remarks>
    Task<ReserveTotals> TotalsAsync(string? department, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{GetType().Name} 不支持汇总");

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

    /// <summary>
    /// Stores records made by a program, numbered 1, 2, … in problems, choosing what a problem does
    /// (<paramref name="mode"/>). Each record is checked with the record rules; ids repeated in the list are a problem.
    /// </summary>
    /// <remarks>Implemented by the reserve; the default exists so that stand-ins written before it still compile.</remarks>
    Task<ImportOutcome> ImportAsync(IReadOnlyList<ProjectRecord> records, string user, ImportMode mode,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{GetType().Name} 不支持按导入方式导入");

    /// <summary>
    /// Stores the rows of a source (<c>ProjectImport.OpenXlsx</c> for a file streamed row by row,
    /// <c>ImportSource.FromResult</c> for a file already read and previewed) in one transaction, in batches,
    /// as they are read. In <see cref="ImportMode.AllOrNothing"/> any problem of the file or of a row stores
    /// nothing; in <see cref="ImportMode.ValidRowsOnly"/> the rows with problems are skipped. A file that cannot
    /// be read to the end stores nothing in either mode. Every problem is returned, by row and column.
    /// </summary>
    /// <remarks>Implemented by the reserve; the default exists so that stand-ins written before it still compile.</remarks>
    Task<ImportOutcome> ImportAsync(Interchange.ImportSource source, string user, ImportMode mode,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{GetType().Name} 不支持流式导入");

    /// <summary>
    /// Withdraws (撤回) a project from the reserve: never erased, audited with the reason, left out of every list, total,
    /// export and batch until restored. Refused without a reason, on a stale <paramref name="expectedVersion"/>, or when
    /// already withdrawn. Who may withdraw (the department, its list still a draft) is the caller's to check.
    /// </summary>
    /// <remarks>Implemented by the reserve; the default exists so that stand-ins written before it still compile.</remarks>
    Task<SaveOutcome> WithdrawAsync(string id, int expectedVersion, string reason, string user, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{GetType().Name} 不支持撤回");

    /// <summary>Puts a withdrawn project back into the reserve (audited); refused on a stale version or when it is not withdrawn.</summary>
    /// <remarks>Implemented by the reserve; the default exists so that stand-ins written before it still compile.</remarks>
    Task<SaveOutcome> RestoreAsync(string id, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{GetType().Name} 不支持恢复");

    Task<IReadOnlyList<AuditEntry>> AuditAsync(string projectId, CancellationToken cancellationToken = default);

    /// <summary>Changes across the reserve, newest first, with the total count of the query.</summary>
    Task<(int Total, IReadOnlyList<AuditEntry> Entries)> AuditAsync(AuditQuery query, CancellationToken cancellationToken = default);
}

/// <summary>What an import stored, or why it stored nothing.</summary>
/// <param name="Ids">The ids of the stored records, in file order.</param>
/// <param name="Problems">Every problem found; in <see cref="ImportMode.ValidRowsOnly"/> those of the skipped rows and of the file.</param>
public sealed record ImportOutcome(int Created, int Updated, IReadOnlyList<string> Ids, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>Every row was stored and nothing was wrong.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>Rows stored (created or updated); with <see cref="ImportMode.ValidRowsOnly"/> this may be more than 0 while problems are listed.</summary>
    public int Stored => Created + Updated;

    /// <summary>The row numbers that were not stored because of their problems (file order).</summary>
    public IReadOnlyList<int> SkippedRows { get; init; } = [];
}
