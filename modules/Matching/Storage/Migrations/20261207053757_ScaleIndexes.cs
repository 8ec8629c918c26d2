using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Matching.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_match_results_ChannelId_PluginVersion",
                table: "match_results",
                columns: new[] { "ChannelId", "PluginVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_match_results_MatchedAtUtc",
                table: "match_results",
                column: "MatchedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_match_results_ChannelId_PluginVersion",
                table: "match_results");

            migrationBuilder.DropIndex(
                name: "IX_match_results_MatchedAtUtc",
                table: "match_results");
        }
    }
}
