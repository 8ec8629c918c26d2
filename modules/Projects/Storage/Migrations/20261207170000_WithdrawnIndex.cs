using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Projects.Storage.Migrations
{
    /// <summary>
    /// The ids of the withdrawn projects, a partial index holding only them (a handful; a new project is not in it, so an
    /// import does not maintain it). The list leaves them out through it (ProjectListQuery) instead of reading each
    /// project's withdrawal column, which SQLite stores at the end of the wide row, in its overflow pages: for a search
    /// hitting 10,000 projects that read was most of the search's time.
    /// </summary>
    internal partial class WithdrawnIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""CREATE INDEX "IX_reserve_projects_Withdrawn" ON reserve_projects ("Id") WHERE "WithdrawnAtUtc" IS NOT NULL""");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""DROP INDEX "IX_reserve_projects_Withdrawn" """);
    }
}
