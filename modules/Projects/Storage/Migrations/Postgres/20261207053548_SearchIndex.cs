using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Projects.Storage.Migrations.Postgres
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

            // Search (ProjectListQuery): a pg_trgm GIN index over the text it searches; the index keeps itself current.
            // Chinese text needs a database whose LC_CTYPE is a UTF-8 locale (pg_trgm ignores letters the locale does
            // not class as such; under LC_CTYPE=C every Chinese character is ignored): docs/storage.md.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            // The expression is ProjectListQuery.PostgresSearchText: a query uses the index only with this exact text.
            migrationBuilder.Sql("""CREATE INDEX "IX_reserve_projects_search" ON reserve_projects USING gin (("Name" || ' ' || "Unit" || ' ' || coalesce("Code", '') || ' ' || "Id" || ' ' || "Scale") gin_trgm_ops)""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_reserve_projects_search" """);
            migrationBuilder.DropIndex(
                name: "IX_reserve_projects_PlannedStart",
                table: "reserve_projects");

            migrationBuilder.DropIndex(
                name: "IX_reserve_projects_UpdatedAtUtc",
                table: "reserve_projects");
        }
    }
}
