using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Projects.Storage.Migrations.Postgres
{
    /// <summary>The ids of the withdrawn projects, a partial index holding only them (the SQLite migration of the same name says why).</summary>
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
