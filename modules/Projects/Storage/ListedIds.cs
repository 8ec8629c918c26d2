using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;

namespace Reserve.Projects.Storage;

/// <summary>
/// The ordered ids of a searched or filtered list, read once per change of the reserve and shared by every page and every
/// user asking the same: a common word finds 10,000–17,000 projects, and ranking them all for each page would cost a
/// second or more per request at province scale. One read gives both the count and every page; the stamp is the highest
/// id of the reserve's audit log (every save, import, withdrawal and restore adds a row; read with every module's stamps
/// by <see cref="ChangeStamps"/>), so a user's own change moves it and their next list shows it. A filter on stored match answers adds the answers' own stamp to the key, as a re-match
/// writes no audit row.
/// <para>
/// A list of more than <see cref="Limit"/> projects (by default) is not kept (its ids would cost too much memory): that is recorded as
/// null, and such a query is counted and paged by the database as before. The department alone is never kept: its count
/// is in the kept totals and its page an index walk.
/// </para>
/// </summary>
internal sealed class ListedIds(IDbContextFactory<ProjectsDbContext> contexts, ChangeStamps stamps, IMatchAnswersSql? matched, TimeProvider clock, int limit = ListedIds.Limit)
{
    /// <summary>The most ids one list keeps (~1 MB of memory).</summary>
    public const int Limit = 25_000;

    /// <summary>How many lists are kept (the least recently read go first).</summary>
    public const int Capacity = 32;

    private readonly ChangeSnapshots<string[]?> lists = new(clock, Capacity);

    /// <summary>The ids the query finds, in its order; null when the database answers it better page by page.</summary>
    public async Task<IReadOnlyList<string>?> GetAsync(ProjectQuery query, CancellationToken cancellationToken)
    {
        if (ProjectListQuery.ByDepartmentOnly(query))
        {
            return null;
        }
        var (key, stamp) = await ChangeKeyAsync(query, cancellationToken);
        return await lists.GetAsync(key, stamp, () => ReadAsync(query));
    }

    /// <summary>
    /// What the query's answer depends on: a key naming the query (not its page), with the answers' own stamp when it filters
    /// by stored answers, and the reserve's stamp (the audit log's highest id), for anything kept of the answer.
    /// </summary>
    public async Task<(string Key, long Stamp)> ChangeKeyAsync(ProjectQuery query, CancellationToken cancellationToken)
    {
        var reading = await stamps.ReadAsync(cancellationToken);
        var key = Key(query);
        if (matched is not null && ByAnswer(query))
        {
            key += "answers:" + reading.Text(ReserveStamps.Answers);
        }
        return (key, reading.Number(ReserveStamps.Audit));
    }

    /// <summary>How many lists are held (for tests).</summary>
    public int Count => lists.Count;

    /// <summary>The ids the query finds, in its order (the first <paramref name="take"/>): one statement.</summary>
    public static IQueryable<string> Query(ProjectsDbContext db, IMatchAnswersSql? matched, ProjectQuery query, int take) =>
        ProjectListQuery.Order(new ProjectListQuery(db, matched).Build(query), query).Select(r => r.Project.Id!).Take(take);

    private async Task<string[]?> ReadAsync(ProjectQuery query)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var ids = await Query(db, matched, query, limit + 1).ToArrayAsync();
        return ids.Length > limit ? null : ids;
    }

    private static bool ByAnswer(ProjectQuery query) => !string.IsNullOrWhiteSpace(query.Channel) && !string.IsNullOrWhiteSpace(query.Answer);

    /// <summary>Everything that decides which projects and in which order (not the page), so no two different queries share a key.</summary>
    private static string Key(ProjectQuery query)
    {
        var key = new StringBuilder();
        foreach (var part in new[]
                 {
                     query.Department, query.Field, query.Stage, query.Search, query.Channel, query.Answer, query.Category,
                     query.PlanYear?.ToString(CultureInfo.InvariantCulture), query.Withdrawn ? "1" : "0",
                     query.Sort.ToString(), query.Descending ? "1" : "0",
                 })
        {
            // Each part led by its length, so no text inside a part can pass for a boundary.
            key.Append(part is null ? "-" : part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part).Append(';');
        }
        return key.ToString();
    }
}
