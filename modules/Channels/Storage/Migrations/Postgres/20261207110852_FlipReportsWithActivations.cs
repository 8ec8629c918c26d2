using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reserve.Channels.Storage.Migrations.Postgres
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
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "channels_flip_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PluginId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FromVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ToVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Projects = table.Column<int>(type: "integer", nullable: false),
                    ChangedResults = table.Column<int>(type: "integer", nullable: false),
                    Counts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Workbook = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
