using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Projects.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class ShortWordSearch : Migration
    {
        // The searched text of one project, columns apart by a space: a search word never holds one (ProjectListQuery
        // splits at white space), so a pair across two columns is never found. Its length is bounded by the columns'
        // limits (Name 100, Unit 200, Code 24, Id 32, Scale 2,000, four spaces): 2,360 positions; the positions table
        // holds 2,400. A migration that raises those limits must extend it.
        private static string Text(string row) =>
            $"""{row}."Name" || ' ' || {row}."Unit" || ' ' || coalesce({row}."Code", '') || ' ' || {row}."Id" || ' ' || {row}."Scale" """;

        // Every pair of characters starting at a non-space, lower-cased as LIKE compares (ASCII only); the last
        // character of each column is kept with the space after it, so a one-character word finds it by prefix.
        private static string Grams(string text, string key) =>
            $"""
            SELECT lower(substr(t.text, n."N", 2)), t.key
            FROM (SELECT {text} AS text, {key} AS key) t JOIN reserve_search_positions n ON n."N" <= length(t.text)
            WHERE substr(t.text, n."N", 1) <> ' '
            """;

        // The old row's pairs go before its new ones come (a delete, or an update of a searched column).
        private static string DeleteOldGrams =>
            $"""DELETE FROM reserve_projects_grams WHERE "Key" = {KeyOf("old")} AND "Gram" IN (SELECT g FROM (SELECT lower(substr(t.text, n."N", 2)) AS g FROM (SELECT {Text("old")} AS text) t JOIN reserve_search_positions n ON n."N" <= length(t.text)))""";

        private static string KeyOf(string row) => $"""(SELECT "Key" FROM reserve_projects_search_keys WHERE "Id" = {row}."Id")""";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Words of one or two characters ("老旧", the commonest Chinese search) are below the trigram index: they
            // scanned the whole table with LIKE. This index holds every pair of characters of the searched text, so a
            // two-character word is one key lookup and a one-character word a key range. The triggers are replaced by
            // ones that keep both indexes, because SQLite does not promise an order among triggers of one event and the
            // pairs need the search key the trigram trigger creates.
            migrationBuilder.Sql("""CREATE TABLE reserve_search_positions ("N" INTEGER PRIMARY KEY)""");
            migrationBuilder.Sql("""
                WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2400)
                INSERT INTO reserve_search_positions ("N") SELECT x FROM n
                """);
            migrationBuilder.Sql("""CREATE TABLE reserve_projects_grams ("Gram" TEXT NOT NULL, "Key" INTEGER NOT NULL, PRIMARY KEY ("Gram", "Key")) WITHOUT ROWID""");
            migrationBuilder.Sql("DROP TRIGGER reserve_projects_search_insert");
            migrationBuilder.Sql("DROP TRIGGER reserve_projects_search_delete");
            migrationBuilder.Sql("DROP TRIGGER reserve_projects_search_update");
            migrationBuilder.Sql($"""
                CREATE TRIGGER reserve_projects_search_insert AFTER INSERT ON reserve_projects BEGIN
                    INSERT INTO reserve_projects_search_keys ("Id") VALUES (new."Id");
                    INSERT INTO reserve_projects_fts (rowid, "Name", "Unit", "Code", "Id", "Scale")
                    VALUES ({KeyOf("new")}, new."Name", new."Unit", new."Code", new."Id", new."Scale");
                    INSERT OR IGNORE INTO reserve_projects_grams ("Gram", "Key") {Grams(Text("new"), KeyOf("new"))};
                END
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER reserve_projects_search_delete AFTER DELETE ON reserve_projects BEGIN
                    INSERT INTO reserve_projects_fts (reserve_projects_fts, rowid, "Name", "Unit", "Code", "Id", "Scale")
                    VALUES ('delete', {KeyOf("old")}, old."Name", old."Unit", old."Code", old."Id", old."Scale");
                    {DeleteOldGrams};
                    DELETE FROM reserve_projects_search_keys WHERE "Id" = old."Id";
                END
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER reserve_projects_search_update AFTER UPDATE OF "Name", "Unit", "Code", "Id", "Scale" ON reserve_projects BEGIN
                    INSERT INTO reserve_projects_fts (reserve_projects_fts, rowid, "Name", "Unit", "Code", "Id", "Scale")
                    VALUES ('delete', {KeyOf("old")}, old."Name", old."Unit", old."Code", old."Id", old."Scale");
                    {DeleteOldGrams};
                    UPDATE reserve_projects_search_keys SET "Id" = new."Id" WHERE "Id" = old."Id";
                    INSERT INTO reserve_projects_fts (rowid, "Name", "Unit", "Code", "Id", "Scale")
                    VALUES ({KeyOf("new")}, new."Name", new."Unit", new."Code", new."Id", new."Scale");
                    INSERT OR IGNORE INTO reserve_projects_grams ("Gram", "Key") {Grams(Text("new"), KeyOf("new"))};
                END
                """);
            migrationBuilder.Sql($"""
                INSERT OR IGNORE INTO reserve_projects_grams ("Gram", "Key")
                SELECT lower(substr(t.text, n."N", 2)), t.key
                FROM (SELECT k."Key" AS key, {Text("p")} AS text FROM reserve_projects_search_keys k JOIN reserve_projects p ON p."Id" = k."Id") t
                JOIN reserve_search_positions n ON n."N" <= length(t.text)
                WHERE substr(t.text, n."N", 1) <> ' '
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER reserve_projects_search_update");
            migrationBuilder.Sql("DROP TRIGGER reserve_projects_search_delete");
            migrationBuilder.Sql("DROP TRIGGER reserve_projects_search_insert");
            migrationBuilder.Sql("""
                CREATE TRIGGER reserve_projects_search_insert AFTER INSERT ON reserve_projects BEGIN
                    INSERT INTO reserve_projects_search_keys ("Id") VALUES (new."Id");
                    INSERT INTO reserve_projects_fts (rowid, "Name", "Unit", "Code", "Id", "Scale")
                    VALUES ((SELECT "Key" FROM reserve_projects_search_keys WHERE "Id" = new."Id"), new."Name", new."Unit", new."Code", new."Id", new."Scale");
                END
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER reserve_projects_search_delete AFTER DELETE ON reserve_projects BEGIN
                    INSERT INTO reserve_projects_fts (reserve_projects_fts, rowid, "Name", "Unit", "Code", "Id", "Scale")
                    VALUES ('delete', (SELECT "Key" FROM reserve_projects_search_keys WHERE "Id" = old."Id"), old."Name", old."Unit", old."Code", old."Id", old."Scale");
                    DELETE FROM reserve_projects_search_keys WHERE "Id" = old."Id";
                END
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER reserve_projects_search_update AFTER UPDATE OF "Name", "Unit", "Code", "Id", "Scale" ON reserve_projects BEGIN
                    INSERT INTO reserve_projects_fts (reserve_projects_fts, rowid, "Name", "Unit", "Code", "Id", "Scale")
                    VALUES ('delete', (SELECT "Key" FROM reserve_projects_search_keys WHERE "Id" = old."Id"), old."Name", old."Unit", old."Code", old."Id", old."Scale");
                    UPDATE reserve_projects_search_keys SET "Id" = new."Id" WHERE "Id" = old."Id";
                    INSERT INTO reserve_projects_fts (rowid, "Name", "Unit", "Code", "Id", "Scale")
                    VALUES ((SELECT "Key" FROM reserve_projects_search_keys WHERE "Id" = new."Id"), new."Name", new."Unit", new."Code", new."Id", new."Scale");
                END
                """);
            migrationBuilder.Sql("DROP TABLE reserve_projects_grams");
            migrationBuilder.Sql("DROP TABLE reserve_search_positions");
        }
    }
}
