using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Matching.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class InitialMatching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "match_results",
                columns: table => new
                {
                    ProjectId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PluginId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PluginVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: false),
                    MatchedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_results", x => new { x.ProjectId, x.ChannelId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_match_results_ChannelId_Verdict",
                table: "match_results",
                columns: new[] { "ChannelId", "Verdict" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "match_results");
        }
    }
}
