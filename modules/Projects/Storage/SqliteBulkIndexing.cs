using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;

namespace Reserve.Projects.Storage;

/// <summary>
/// A large import on SQLite indexes and counts its new projects in bulk instead of row by row. Each stored project
/// fires two row triggers: the search indexes (a key, the FTS5 trigram row and the document of its character pairs,
/// migrations SearchIndex, ShortWordSearch and LeanPairIndex) and the kept totals (migration KeptTotals). Row by row
/// they cost ~1.3 ms a project (before LeanPairIndex, the pairs landing all over a large B-tree); in bulk, after the rows
/// are stored, the same entries cost tens of µs each, written in key order. Both happen inside the import's transaction:
/// SQLite's DDL is transactional and it has one writer, so dropping the two triggers for the transaction is seen by no
/// one else, and a rolled-back import restores them with everything else. Only the insert triggers are set aside: an import's updates of stored projects keep theirs.
/// <see cref="ResumeAsync"/> must write exactly what the triggers would have written (tested against them), so a change
/// to those triggers' SQL changes it too.
/// </summary>
internal sealed class SqliteBulkIndexing
{
    /// <summary>The insert triggers on <c>reserve_projects</c> this class stands in for; any other makes a bulk import refuse to start.</summary>
    internal static readonly string[] Replaced = ["reserve_projects_search_insert", "reserve_totals_insert"];

    // Triggers on inserts of projects it leaves running: another module's (match_answer_totals_project_insert counts the
    // answers already stored for a new project's id: an index probe that finds none for a new project).
    private static readonly string[] LeftRunning = ["match_answer_totals_project_insert"];

    private const string System = "%（系统）";

    private readonly SuspendedTriggers _triggers;
    private readonly long _lastKey;
    private readonly long _lastRow;

    private SqliteBulkIndexing(SuspendedTriggers triggers, long lastKey, long lastRow)
    {
        _triggers = triggers;
        _lastKey = lastKey;
        _lastRow = lastRow;
    }

    /// <summary>Sets the insert triggers aside for the current transaction (refusing if one it does not stand in for exists).</summary>
    public static async Task<SqliteBulkIndexing> SuspendAsync(ProjectsDbContext db, CancellationToken cancellationToken)
    {
        var triggers = await db.Database.ColumnAsync<string>(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'reserve_projects' AND sql LIKE '% AFTER INSERT ON %'",
            NoParameters, cancellationToken);
        if (triggers.FirstOrDefault(name => !Replaced.Contains(name, StringComparer.Ordinal) && !LeftRunning.Contains(name, StringComparer.Ordinal)) is { } unknown)
        {
            throw new InvalidOperationException($"大批导入不认识项目表的插入触发器 {unknown}：它在批量建索引时会被漏掉");
        }
        var lastKey = (await db.Database.ColumnAsync<long>("""SELECT coalesce(max("Key"), 0) FROM reserve_projects_search_keys""", NoParameters, cancellationToken)).Single();
        var lastRow = (await db.Database.ColumnAsync<long>("SELECT coalesce(max(rowid), 0) FROM reserve_projects", NoParameters, cancellationToken)).Single();
        return new SqliteBulkIndexing(await SuspendedTriggers.SuspendAsync(db.Database, Replaced, cancellationToken), lastKey, lastRow);
    }

    /// <summary>Writes the search entries and totals of every project stored since <see cref="SuspendAsync"/>, then restores the triggers.</summary>
    public async Task ResumeAsync(ProjectsDbContext db, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["last"] = _lastKey, ["lastRow"] = _lastRow };
        foreach (var statement in Statements)
        {
            await db.Database.ExecuteAsync(statement, parameters, cancellationToken);
        }
        await WritePairsAsync(db, cancellationToken);
        await _triggers.RestoreAsync(db.Database, cancellationToken);
    }

    private static readonly Dictionary<string, object?> NoParameters = [];

    /// <summary>Projects whose text is read at a time to write their pair documents.</summary>
    private const int PairsChunk = 2000;

    /// <summary>
    /// The pair index's documents of the new projects (migration LeanPairIndex), made here rather than in SQL: the
    /// triggers' SQL builds a document from one substr and hex per character and a group_concat, ~8 CPU s for 100,000
    /// projects (measured on a loaded machine), where <see cref="SearchPairs"/> takes a fraction of that. The searched text itself still comes from SQLite (the
    /// same concatenation as the triggers'), a chunk of keys at a time, and each document goes in through one prepared
    /// statement in key order.
    /// </summary>
    private async Task WritePairsAsync(ProjectsDbContext db, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["after"] = _lastKey, ["key"] = 0L, ["pairs"] = "" };
        await using var read = await db.Database.CommandAsync(NewTexts, parameters, cancellationToken);
        await using var write = await db.Database.CommandAsync(InsertPairs, parameters, cancellationToken);
        var key = write.Parameters["key"];
        var pairs = write.Parameters["pairs"];
        write.Prepare();
        var texts = new List<(long Key, string? Text)>(PairsChunk);
        var builder = new System.Text.StringBuilder();
        while (true)
        {
            texts.Clear();
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    texts.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
                }
            }
            if (texts.Count == 0)
            {
                return;
            }
            foreach (var (k, text) in texts)
            {
                builder.Clear();
                if (text is not null)
                {
                    SearchPairs.Append(builder, text);
                }
                key.Value = k;
                pairs.Value = text is null ? DBNull.Value : builder.ToString();
                await write.ExecuteNonQueryAsync(cancellationToken);
            }
            read.Parameters["after"].Value = texts[^1].Key;
        }
    }

    // The searched text as the triggers put it together (migration LeanPairIndex), for a chunk of new keys.
    private static readonly string NewTexts = $"""
        SELECT k."Key", p."Name" || ' ' || p."Unit" || ' ' || coalesce(p."Code", '') || ' ' || p."Id" || ' ' || p."Scale"
        FROM {From} WHERE k."Key" > @after ORDER BY k."Key" LIMIT {PairsChunk}
        """;

    private const string InsertPairs = """INSERT INTO reserve_projects_pairs (rowid, "Pairs") VALUES (@key, @pairs)""";

    // The projects new since the triggers were set aside, given keys in the order they were stored (rowid), as the trigger
    // gave them one at a time. SQLite numbers a new row after the table's largest rowid, so they are past the largest
    // before the import: a range, not a scan of the reserve (a second on 100,000 projects from a cold cache).
    private const string NewKeys = """
        INSERT INTO reserve_projects_search_keys ("Id")
        SELECT p."Id" FROM reserve_projects p
        WHERE p.rowid > @lastRow AND NOT EXISTS (SELECT 1 FROM reserve_projects_search_keys k WHERE k."Id" = p."Id") ORDER BY p.rowid
        """;

    // The projects keyed since (k, p): the keys are handed out in increasing order. CROSS JOIN keeps the new keys' range
    // outermost: left to choose, SQLite read every project of the reserve (through its department index) for the tags'
    // totals, which an import of 1,000 projects into a reserve of 100,000 would pay in full.
    private const string From = """reserve_projects_search_keys k CROSS JOIN reserve_projects p ON p."Id" = k."Id" """;

    private const string New = """k."Key" > @last""";

    private static string Units(string value) => $"CAST(ROUND(CAST(coalesce({value}, 0) AS REAL) * 10000) AS INTEGER)";

    private static readonly string Sums = $"""COUNT(*), SUM({Units("p.\"TotalInvestment\"")}), SUM({Units("p.\"AnnualPlan\"")})""";

    private const string Add =
        """DO UPDATE SET "Projects" = "Projects" + excluded."Projects", "Investment" = "Investment" + excluded."Investment", "AnnualPlan" = "AnnualPlan" + excluded."AnnualPlan" """;

    private static readonly string[] Statements =
    [
        NewKeys,
        $"""
        INSERT INTO reserve_projects_fts (rowid, "Name", "Unit", "Code", "Id", "Scale")
        SELECT k."Key", p."Name", p."Unit", p."Code", p."Id", p."Scale" FROM {From} WHERE {New} ORDER BY k."Key"
        """,
        $"""
        INSERT INTO reserve_totals_fields ("Department", "Field", "Projects", "Investment", "AnnualPlan")
        SELECT p."Department", coalesce(p."Field", ''), {Sums} FROM {From} WHERE {New} AND p."WithdrawnAtUtc" IS NULL
        GROUP BY 1, 2
        ON CONFLICT ("Department", "Field") {Add}
        """,
        $"""
        INSERT INTO reserve_totals_tags ("Department", "Tag", "Projects", "Investment", "AnnualPlan")
        SELECT p."Department", t.value, {Sums} FROM {From} CROSS JOIN json_each(p."Tags") t
        WHERE {New} AND t.value LIKE '{System}' AND p."WithdrawnAtUtc" IS NULL
        GROUP BY 1, 2
        ON CONFLICT ("Department", "Tag") {Add}
        """,
        $"""
        INSERT INTO reserve_totals_tags ("Department", "Tag", "Projects", "Investment", "AnnualPlan")
        SELECT p."Department", '', {Sums} FROM {From}
        WHERE {New} AND p."WithdrawnAtUtc" IS NULL AND NOT EXISTS (SELECT 1 FROM json_each(p."Tags") t WHERE t.value LIKE '{System}')
        GROUP BY 1
        ON CONFLICT ("Department", "Tag") {Add}
        """,
    ];
}
