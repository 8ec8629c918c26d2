using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Projects.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_reserve_projects_PlannedStart",
                table: "reserve_projects",
                column: "PlannedStart");

            migrationBuilder.CreateIndex(
                name: "IX_reserve_projects_UpdatedAtUtc",
                table: "reserve_projects",
                column: "UpdatedAtUtc");

            // Search (ProjectListQuery): an FTS5 trigram index over name, unit, code, id and 建设内容, kept current by
            // triggers on every write (a save, an import's raw inserts, an update). Its rows are keyed by an INTEGER
            // PRIMARY KEY of their own (reserve_projects_search_keys), which VACUUM keeps, not by the projects' implicit
            // rowid, which VACUUM may renumber. A later migration that rebuilds reserve_projects drops these triggers:
            // it must create them again and rebuild the index (docs/storage.md).
            migrationBuilder.Sql("""CREATE TABLE reserve_projects_search_keys ("Key" INTEGER PRIMARY KEY, "Id" TEXT NOT NULL UNIQUE)""");
            migrationBuilder.Sql("""
                CREATE VIEW reserve_projects_search_text AS
                SELECT k."Key" AS "Key", p."Name" AS "Name", p."Unit" AS "Unit", p."Code" AS "Code", p."Id" AS "Id", p."Scale" AS "Scale"
                FROM reserve_projects_search_keys k JOIN reserve_projects p ON p."Id" = k."Id"
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE reserve_projects_fts USING fts5("Name", "Unit", "Code", "Id", "Scale",
                    content='reserve_projects_search_text', content_rowid='Key', tokenize='trigram')
                """);
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
            migrationBuilder.Sql("""INSERT INTO reserve_projects_search_keys ("Id") SELECT "Id" FROM reserve_projects ORDER BY "Id" """);
            migrationBuilder.Sql("INSERT INTO reserve_projects_fts (reserve_projects_fts) VALUES ('rebuild')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER reserve_projects_search_update");
            migrationBuilder.Sql("DROP TRIGGER reserve_projects_search_delete");
            migrationBuilder.Sql("DROP TRIGGER reserve_projects_search_insert");
            migrationBuilder.Sql("DROP TABLE reserve_projects_fts");
            migrationBuilder.Sql("DROP VIEW reserve_projects_search_text");
            migrationBuilder.Sql("DROP TABLE reserve_projects_search_keys");

            migrationBuilder.DropIndex(
                name: "IX_reserve_projects_PlannedStart",
                table: "reserve_projects");

            migrationBuilder.DropIndex(
                name: "IX_reserve_projects_UpdatedAtUtc",
                table: "reserve_projects");
        }
    }
}
