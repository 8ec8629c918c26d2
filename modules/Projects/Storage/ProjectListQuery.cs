using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Storage;

/// <summary>A listed project and how well it matches the search text (higher first; 0 without search text).</summary>
internal sealed class RankedProject
{
    public ProjectRecord Project { get; init; } = null!;
    public double Rank { get; init; }
}

/// <summary>One search hit: the project id and its rank.</summary>
internal sealed record SearchHit(string Id, double Rank);

/// <summary>
/// A <see cref="ProjectQuery"/> as one database query: the column filters in LINQ, the filters LINQ cannot say on both
/// providers (the stored match answer, the 两新一重 category inside the tags' JSON) as raw conditions, and the search
/// text through the search index — SQLite's FTS5 trigram table <c>reserve_projects_fts</c>, PostgreSQL's pg_trgm GIN
/// index over the same text (migration SearchIndex). Words of one or two characters are below a trigram: they go
/// through the index of character pairs instead (migrations ShortWordSearch and LeanPairIndex: SQLite's FTS5 table
/// <c>reserve_projects_pairs</c>, a PostgreSQL GIN index over <c>reserve_search_grams</c>), together with any longer
/// word's trigram lookup.
/// </summary>
internal sealed partial class ProjectListQuery(ProjectsDbContext db, IMatchAnswersSql? matched)
{
    /// <summary>The text PostgreSQL's trigram index covers; a query must use this exact expression to use the index.</summary>
    public const string PostgresSearchText = """("Name" || ' ' || "Unit" || ' ' || coalesce("Code", '') || ' ' || "Id" || ' ' || "Scale")""";

    /// <summary>The character pairs PostgreSQL's short-word index covers; again the exact expression of the index.</summary>
    public const string PostgresGrams = """reserve_search_grams("Name" || ' ' || "Unit" || ' ' || coalesce("Code", '') || ' ' || "Id" || ' ' || "Scale")""";

    private const string ComputedMark = "（系统）";

    private bool Postgres => db is PostgresProjectsDbContext;

    public IQueryable<RankedProject> Build(ProjectQuery query)
    {
        var q = Filter(Base(query), query);
        var terms = Terms(query.Search);
        if (terms.Count == 0)
        {
            return q.Select(p => new RankedProject { Project = p, Rank = 0 });
        }
        var hits = Postgres ? PostgresHits(terms) : SqliteHits(terms);
        return q.Join(hits, p => p.Id, h => h.Id, (p, h) => new RankedProject { Project = p, Rank = h.Rank });
    }

    public static IQueryable<RankedProject> Order(IQueryable<RankedProject> q, ProjectQuery query)
    {
        // SQLite cannot order by a decimal column, so amounts are ordered as doubles; ties fall back to the id.
        var sort = query.Sort == ProjectSort.Relevance && Terms(query.Search).Count == 0 ? ProjectSort.Id : query.Sort;
        var ordered = (sort, query.Descending) switch
        {
            (ProjectSort.Name, false) => q.OrderBy(p => p.Project.Name),
            (ProjectSort.Name, true) => q.OrderByDescending(p => p.Project.Name),
            (ProjectSort.Department, false) => q.OrderBy(p => p.Project.Department),
            (ProjectSort.Department, true) => q.OrderByDescending(p => p.Project.Department),
            (ProjectSort.TotalInvestment, false) => q.OrderBy(p => (double)p.Project.TotalInvestment),
            (ProjectSort.TotalInvestment, true) => q.OrderByDescending(p => (double)p.Project.TotalInvestment),
            (ProjectSort.UpdatedAt, false) => q.OrderBy(p => EF.Property<DateTime>(p.Project, ProjectsDbContext.UpdatedAtProperty)),
            (ProjectSort.UpdatedAt, true) => q.OrderByDescending(p => EF.Property<DateTime>(p.Project, ProjectsDbContext.UpdatedAtProperty)),
            (ProjectSort.PlannedStart, false) => q.OrderBy(p => p.Project.PlannedStart),
            (ProjectSort.PlannedStart, true) => q.OrderByDescending(p => p.Project.PlannedStart),
            (ProjectSort.Relevance, false) => q.OrderByDescending(p => p.Rank),
            (ProjectSort.Relevance, true) => q.OrderBy(p => p.Rank),
            (_, false) => q.OrderBy(p => p.Project.Id),
            (_, true) => q.OrderByDescending(p => p.Project.Id),
        };
        return sort == ProjectSort.Id ? ordered : ordered.ThenBy(p => p.Project.Id);
    }

    /// <summary>True when the query filters by nothing but (perhaps) the department.</summary>
    public static bool ByDepartmentOnly(ProjectQuery query) =>
        string.IsNullOrWhiteSpace(query.Field) && string.IsNullOrWhiteSpace(query.Stage) && Terms(query.Search).Count == 0
        && (string.IsNullOrWhiteSpace(query.Channel) || string.IsNullOrWhiteSpace(query.Answer))
        && query.PlanYear is null && string.IsNullOrWhiteSpace(query.Category) && !query.Withdrawn
        && (query.Department is null || !string.IsNullOrWhiteSpace(query.Department));

    /// <summary>The search text's words (split at white space), each at most 50 characters, at most 8.</summary>
    public static IReadOnlyList<string> Terms(string? search) =>
        string.IsNullOrWhiteSpace(search)
            ? []
            : search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => t.Length > 50 ? t[..50] : t).Distinct(StringComparer.Ordinal).Take(8).ToList();

    /// <summary>The table, or the table with the raw conditions: the stored match answer and the 两新一重 category.</summary>
    private IQueryable<ProjectRecord> Base(ProjectQuery query)
    {
        var conditions = new List<string>();
        var values = new List<object>();
        if (!string.IsNullOrWhiteSpace(query.Channel) && !string.IsNullOrWhiteSpace(query.Answer))
        {
            if (matched is null)
            {
                // No module keeps answers here: no project has one.
                conditions.Add("1 = 0");
            }
            else
            {
                // The answer word names its answer (资格, 申报前准备 or 申报时间): the three sets of words are distinct.
                var answer = Placeholder(values.Count + 1);
                conditions.Add($"\"Id\" IN (SELECT a.\"ProjectId\" FROM ({matched.Answers}) a WHERE a.\"ChannelId\" = {Placeholder(values.Count)} AND (a.\"Verdict\" = {answer} OR a.\"Readiness\" = {answer} OR a.\"Timing\" = {answer}))");
                values.Add(query.Channel.Trim());
                values.Add(query.Answer.Trim());
            }
        }
        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            var category = query.Category.Trim();
            if (!CategoryName().IsMatch(category))
            {
                conditions.Add("1 = 0");
            }
            else if (Postgres)
            {
                // A computed tag is written "<category>（系统）" or "<category>-<kind>（系统）" (ComputedTags).
                conditions.Add($"\"Tags\"::text ~ {Placeholder(values.Count)}");
                values.Add($"\"{category}(-[^\"]*)?{ComputedMark}\"");
            }
            else
            {
                conditions.Add($"(\"Tags\" GLOB {Placeholder(values.Count)} OR \"Tags\" GLOB {Placeholder(values.Count + 1)})");
                values.Add($"*\"{category}{ComputedMark}\"*");
                values.Add($"*\"{category}-[^\"]*{ComputedMark}\"*");
            }
        }
        if (conditions.Count == 0)
        {
            return db.Projects.AsNoTracking();
        }
        // Every value is a parameter ({n}); the text is put together from constants only.
        var sql = "SELECT * FROM reserve_projects WHERE " + string.Join(" AND ", conditions);
        return db.Projects.FromSqlRaw(sql, [.. values]).AsNoTracking();
    }

    private IQueryable<ProjectRecord> Filter(IQueryable<ProjectRecord> q, ProjectQuery query)
    {
        // The withdrawn are a handful, listed by a partial index (migration WithdrawnIndex): looked up there rather than
        // in each project's row, where SQLite keeps the column at the end of the wide row, in its overflow pages.
        var withdrawn = db.Projects.Where(w => EF.Property<DateTime?>(w, ProjectsDbContext.WithdrawnAtProperty) != null).Select(w => w.Id);
        q = query.Withdrawn ? q.Where(p => withdrawn.Contains(p.Id)) : q.Where(p => !withdrawn.Contains(p.Id));
        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            q = q.Where(p => p.Department == query.Department);
        }
        if (ZhNames<ProjectField>.TryParse(query.Field, out var field))
        {
            q = q.Where(p => p.Field == field);
        }
        if (ZhNames<ProjectStage>.TryParse(query.Stage, out var stage))
        {
            q = q.Where(p => p.Stage == stage);
        }
        if (query.PlanYear is { } year and >= 1900 and <= 9998)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year + 1, 1, 1);
            q = q.Where(p => p.PlannedStart >= from && p.PlannedStart < to);
        }
        return q;
    }

    /// <summary>
    /// SQLite: words of three characters or more through the FTS5 trigram index (ranked by bm25, the name weighing
    /// most), shorter ones through the pair index, whose tokens are the hex of each pair's UTF-8 — a two-character word is
    /// one token, a one-character word the prefix of the tokens of the pairs it begins; every word must be found, and a
    /// short word in the name ranks the project higher.
    /// </summary>
    private IQueryable<SearchHit> SqliteHits(IReadOnlyList<string> terms)
    {
        var values = new List<object>();
        var conditions = new List<string>();
        var indexed = terms.Where(t => Characters(t) >= 3).ToList();
        var shortWords = terms.Where(t => Characters(t) < 3).ToList();
        // The project's row is read only for a short word's rank (is it in the name?): the index tables alone give the
        // id and bm25, and a wide row read per hit is most of a search's time when a word hits 10,000 projects.
        var project = shortWords.Count > 0 ? " JOIN reserve_projects p ON p.\"Id\" = k.\"Id\"" : "";
        string rank;
        string from;
        if (indexed.Count > 0)
        {
            from = "reserve_projects_fts f JOIN reserve_projects_search_keys k ON k.\"Key\" = f.rowid" + project;
            conditions.Add($"reserve_projects_fts MATCH {Placeholder(values.Count)}");
            values.Add(string.Join(' ', indexed.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")));
            rank = "-bm25(reserve_projects_fts, 10.0, 4.0, 4.0, 4.0, 1.0)";
        }
        else
        {
            from = "reserve_projects_search_keys k" + project;
            rank = "0.0";
        }
        foreach (var term in shortWords)
        {
            var gram = Placeholder(values.Count);
            values.Add(term);
            // A hex string is an FTS5 bareword: nothing in the word can be read as query syntax.
            conditions.Add(Characters(term) == 2
                ? $"k.\"Key\" IN (SELECT rowid FROM reserve_projects_pairs WHERE reserve_projects_pairs MATCH hex(lower({gram})))"
                : $"k.\"Key\" IN (SELECT rowid FROM reserve_projects_pairs WHERE reserve_projects_pairs MATCH hex(lower({gram})) || '*')");
            var like = Placeholder(values.Count);
            values.Add("%" + EscapeLike(term) + "%");
            rank += $" + (CASE WHEN p.\"Name\" LIKE {like} ESCAPE '\\' THEN 1.0 ELSE 0.0 END)";
        }
        var sql = $"SELECT k.\"Id\" AS \"Id\", {rank} AS \"Rank\" FROM {from} WHERE {string.Join(" AND ", conditions)}";
        return db.Database.SqlQueryRaw<SearchHit>(sql, [.. values]);
    }

    /// <summary>
    /// PostgreSQL: words of three characters or more by ILIKE over the indexed text (pg_trgm's GIN index), shorter ones
    /// through the pair index; names containing the words rank first, then by likeness of the name.
    /// </summary>
    private IQueryable<SearchHit> PostgresHits(IReadOnlyList<string> terms)
    {
        var values = new List<object>();
        var conditions = new List<string>();
        var rank = new StringBuilder();
        foreach (var term in terms)
        {
            var k = Placeholder(values.Count);
            values.Add("%" + EscapeLike(term) + "%");
            if (Characters(term) >= 3)
            {
                conditions.Add($"{PostgresSearchText} ILIKE {k}");
            }
            else
            {
                var gram = Placeholder(values.Count);
                values.Add(term);
                conditions.Add($"{PostgresGrams} @> ARRAY[lower(CAST({gram} AS text))]");
            }
            rank.Append(CultureInfo.InvariantCulture, $"(CASE WHEN \"Name\" ILIKE {k} THEN 1.0 ELSE 0.0 END) + ");
        }
        var whole = Placeholder(values.Count);
        values.Add(string.Join(' ', terms));
        rank.Append(CultureInfo.InvariantCulture, $"similarity(\"Name\", {whole})");
        var sql = $"SELECT \"Id\" AS \"Id\", CAST({rank} AS double precision) AS \"Rank\" FROM reserve_projects WHERE {string.Join(" AND ", conditions)}";
        return db.Database.SqlQueryRaw<SearchHit>(sql, [.. values]);
    }

    /// <summary>Characters as the databases count them (code points): a character outside the BMP is one, not two.</summary>
    private static int Characters(string term) => term.EnumerateRunes().Count();

    private static string Placeholder(int index) => "{" + index.ToString(CultureInfo.InvariantCulture) + "}";

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    [GeneratedRegex(@"^[\p{L}\p{N}\-]{1,30}$")]
    private static partial Regex CategoryName();
}
