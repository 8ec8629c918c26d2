using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Channels.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class FlipReportsWithActivations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FlipReportId",
                table: "channels_changes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "channels_flip_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PluginId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FromVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ToVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Projects = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedResults = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Workbook = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channels_flip_reports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_channels_changes_FlipReportId",
                table: "channels_changes",
                column: "FlipReportId");

            migrationBuilder.AddForeignKey(
                name: "FK_channels_changes_channels_flip_reports_FlipReportId",
                table: "channels_changes",
                column: "FlipReportId",
                principalTable: "channels_flip_reports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_channels_changes_channels_flip_reports_FlipReportId",
                table: "channels_changes");

            migrationBuilder.DropTable(
                name: "channels_flip_reports");

            migrationBuilder.DropIndex(
                name: "IX_channels_changes_FlipReportId",
                table: "channels_changes");

            migrationBuilder.DropColumn(
                name: "FlipReportId",
                table: "channels_changes");
        }
    }
}
