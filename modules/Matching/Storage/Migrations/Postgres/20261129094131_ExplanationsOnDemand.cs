using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Matching.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ExplanationsOnDemand : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Derived data: the explanation is rebuilt from the stored project, plugin version and match date when a project is opened.
            migrationBuilder.DropColumn(
                name: "ResultJson",
                table: "match_results");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ResultJson",
                table: "match_results",
                type: "json",
                nullable: false,
                defaultValue: "");
        }
    }
}
