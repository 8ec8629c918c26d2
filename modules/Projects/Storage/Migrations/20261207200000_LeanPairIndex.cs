using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Projects.Storage.Migrations
{
    /// <summary>
    /// The character pairs of short-word search (migration ShortWordSearch) move from a B-tree of one row per pair and
    /// project (~97 rows a project, 9.7 million at 100,000 projects: inserting them was most of a large import's time)
    /// to a contentless FTS5 table with one document per project: FTS5 keeps each pair once with the compressed list of
    /// the projects holding it, and writes its segments in bulk. A pair is a token spelled as the hex of its UTF-8 bytes,
    /// so no tokenizer rule (case folding, punctuation, separators) can change what matches: a two-character word is the
    /// token of its pair, a one-character word the prefix its hex begins every pair with (UTF-8 is a prefix code). The
    /// search finds exactly the projects it found before (ShortWordSearchTests, BulkIndexingTests).
    /// </summary>
    internal partial class LeanPairIndex : Migration
    {
        // The searched text of one project, as in ShortWordSearch: columns apart by a space, which no search word holds.
        private static string Text(string row) =>
            $"""{row}."Name" || ' ' || {row}."Unit" || ' ' || coalesce({row}."Code", '') || ' ' || {row}."Id" || ' ' || {row}."Scale" """;

        // The document: every pair starting at a non-space, lower-cased as LIKE compares (ASCII only), in hex. SearchPairs
        // writes the same text for a large import; a contentless table is told it again to delete the document.
        private static string Pairs(string row) =>
            $"""
            (SELECT group_concat(hex(lower(substr(t.text, n."N", 2))), ' ')
             FROM (SELECT {Text(row)} AS text) t JOIN reserve_search_positions n ON n."N" <= length(t.text)
             WHERE substr(t.text, n."N", 1) <> ' ')
            """;

        private static string KeyOf(string row) => $"""(SELECT "Key" FROM reserve_projects_search_keys WHERE "Id" = {row}."Id")""";

        private static string InsertPairs(string row) =>
            $"""INSERT INTO reserve_projects_pairs (rowid, "Pairs") VALUES ({KeyOf(row)}, {Pairs(row)})""";

        private static string DeletePairs(string row) =>
            $"""INSERT INTO reserve_projects_pairs (reserve_projects_pairs, rowid, "Pairs") VALUES ('delete', {KeyOf(row)}, {Pairs(row)})""";

        private const string InsertTrigram = """
            INSERT INTO reserve_projects_fts (rowid, "Name", "Unit", "Code", "Id", "Scale")
            VALUES ((SELECT "Key" FROM reserve_projects_search_keys WHERE "Id" = new."Id"), new."Name", new."Unit", new."Code", new."Id", new."Scale")
            """;

        private const string DeleteTrigram = """
            INSERT INTO reserve_projects_fts (reserve_projects_fts, rowid, "Name", "Unit", "Code", "Id", "Scale")
            VALUES ('delete', (SELECT "Key" FROM reserve_projects_search_keys WHERE "Id" = old."Id"), old."Name", old."Unit", old."Code", old."Id", old."Scale")
            """;

        private static void DropTriggers(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER reserve_projects_search_insert");
            migrationBuilder.Sql("DROP TRIGGER reserve_projects_search_delete");
            migrationBuilder.Sql("DROP TRIGGER reserve_projects_search_update");
        }

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // detail=none: a document's pairs without positions (a search asks only whether a project holds a pair);
            // columnsize=0: no per-document sizes, which only ranking would read; the ascii tokenizer splits at the
            // spaces and folds nothing a hex digit needs.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE reserve_projects_pairs USING fts5("Pairs", content='', detail=none, columnsize=0, tokenize='ascii')
                """);
            DropTriggers(migrationBuilder);
            migrationBuilder.Sql($"""
                CREATE TRIGGER reserve_projects_search_insert AFTER INSERT ON reserve_projects BEGIN
                    INSERT INTO reserve_projects_search_keys ("Id") VALUES (new."Id");
                    {InsertTrigram};
                    {InsertPairs("new")};
                END
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER reserve_projects_search_delete AFTER DELETE ON reserve_projects BEGIN
                    {DeleteTrigram};
                    {DeletePairs("old")};
                    DELETE FROM reserve_projects_search_keys WHERE "Id" = old."Id";
                END
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER reserve_projects_search_update AFTER UPDATE OF "Name", "Unit", "Code", "Id", "Scale" ON reserve_projects BEGIN
                    {DeleteTrigram};
                    {DeletePairs("old")};
                    UPDATE reserve_projects_search_keys SET "Id" = new."Id" WHERE "Id" = old."Id";
                    {InsertTrigram};
                    {InsertPairs("new")};
                END
                """);
            migrationBuilder.Sql($"""
                INSERT INTO reserve_projects_pairs (rowid, "Pairs")
                SELECT k."Key", {Pairs("p")} FROM reserve_projects_search_keys k JOIN reserve_projects p ON p."Id" = k."Id"
                """);
            migrationBuilder.Sql("DROP TABLE reserve_projects_grams");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to ShortWordSearch's table of pairs and its triggers.
            static string Grams(string row) =>
                $"""
                SELECT lower(substr(t.text, n."N", 2)), t.key
                FROM (SELECT {Text(row)} AS text, {KeyOf(row)} AS key) t JOIN reserve_search_positions n ON n."N" <= length(t.text)
                WHERE substr(t.text, n."N", 1) <> ' '
                """;
            var deleteOldGrams =
                $"""DELETE FROM reserve_projects_grams WHERE "Key" = {KeyOf("old")} AND "Gram" IN (SELECT g FROM (SELECT lower(substr(t.text, n."N", 2)) AS g FROM (SELECT {Text("old")} AS text) t JOIN reserve_search_positions n ON n."N" <= length(t.text)))""";
            migrationBuilder.Sql("""CREATE TABLE reserve_projects_grams ("Gram" TEXT NOT NULL, "Key" INTEGER NOT NULL, PRIMARY KEY ("Gram", "Key")) WITHOUT ROWID""");
            DropTriggers(migrationBuilder);
            migrationBuilder.Sql($"""
                CREATE TRIGGER reserve_projects_search_insert AFTER INSERT ON reserve_projects BEGIN
                    INSERT INTO reserve_projects_search_keys ("Id") VALUES (new."Id");
                    {InsertTrigram};
                    INSERT OR IGNORE INTO reserve_projects_grams ("Gram", "Key") {Grams("new")};
                END
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER reserve_projects_search_delete AFTER DELETE ON reserve_projects BEGIN
                    {DeleteTrigram};
                    {deleteOldGrams};
                    DELETE FROM reserve_projects_search_keys WHERE "Id" = old."Id";
                END
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER reserve_projects_search_update AFTER UPDATE OF "Name", "Unit", "Code", "Id", "Scale" ON reserve_projects BEGIN
                    {DeleteTrigram};
                    {deleteOldGrams};
                    UPDATE reserve_projects_search_keys SET "Id" = new."Id" WHERE "Id" = old."Id";
                    {InsertTrigram};
                    INSERT OR IGNORE INTO reserve_projects_grams ("Gram", "Key") {Grams("new")};
                END
                """);
            migrationBuilder.Sql($"""
                INSERT OR IGNORE INTO reserve_projects_grams ("Gram", "Key")
                SELECT lower(substr(t.text, n."N", 2)), t.key
                FROM (SELECT k."Key" AS key, {Text("p")} AS text FROM reserve_projects_search_keys k JOIN reserve_projects p ON p."Id" = k."Id") t
                JOIN reserve_search_positions n ON n."N" <= length(t.text)
                WHERE substr(t.text, n."N", 1) <> ' '
                ORDER BY 1, 2
                """);
            migrationBuilder.Sql("DROP TABLE reserve_projects_pairs");
        }
    }
}
