using Reserve.Testing;

namespace Reserve.Projects.Tests;

/// <summary>
/// SQLite's pair index (<c>reserve_projects_pairs</c>, a contentless FTS5 table) read back: its entries through an
/// fts5vocab table, and the entries its definition gives for the projects stored now, to compare.
/// </summary>
internal static class PairIndex
{
    /// <summary>The test database's view of the index's entries (a table of the test database only).</summary>
    public const string Vocabulary = "reserve_test_pairs_vocabulary";

    public static Task MakeReadableAsync(TestDatabase database) =>
        database.ExecuteAsync($"CREATE VIRTUAL TABLE IF NOT EXISTS {Vocabulary} USING fts5vocab('reserve_projects_pairs', 'instance')");

    /// <summary>Every (pair token, search key) the index holds.</summary>
    public static async Task<string[]> EntriesAsync(TestDatabase database)
    {
        await MakeReadableAsync(database);
        return await database.LinesAsync($"SELECT term, doc FROM {Vocabulary}");
    }

    /// <summary>
    /// Every (pair token, search key) the stored projects' text defines: each pair starting at a non-space, ASCII
    /// lower-cased, in hex (the tokenizer keeps hex digits in lower case).
    /// </summary>
    public static Task<string[]> DefinedAsync(TestDatabase database) =>
        database.LinesAsync("""
            SELECT DISTINCT lower(hex(lower(substr(t.text, n."N", 2)))), t.key
            FROM (SELECT k."Key" AS key, p."Name" || ' ' || p."Unit" || ' ' || coalesce(p."Code", '') || ' ' || p."Id" || ' ' || p."Scale" AS text
                  FROM reserve_projects_search_keys k JOIN reserve_projects p ON p."Id" = k."Id") t
            JOIN reserve_search_positions n ON n."N" <= length(t.text)
            WHERE substr(t.text, n."N", 1) <> ' '
            """);
}
