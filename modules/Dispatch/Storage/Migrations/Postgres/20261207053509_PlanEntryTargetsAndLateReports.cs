using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reserve.Dispatch.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class PlanEntryTargetsAndLateReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_dispatch_plan_projects_Year_ReserveProjectId",
                table: "dispatch_plan_projects");

            migrationBuilder.AddColumn<bool>(
                name: "FiledLate",
                table: "dispatch_reports",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OwnerUnit",
                table: "dispatch_plan_projects",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "dispatch_targets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    StartOrResumeRatePercent = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    StartOrResumeBy = table.Column<DateOnly>(type: "date", nullable: true),
                    GrowthPercent = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    PriorYearStartOrResumeRatePercent = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    PriorYearGrowthPercent = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    PriorYearInvestment = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Basis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_targets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_plan_projects_ReserveProjectId",
                table: "dispatch_plan_projects",
                column: "ReserveProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_plan_projects_Year_ReserveProjectId",
                table: "dispatch_plan_projects",
                columns: new[] { "Year", "ReserveProjectId" },
                unique: true,
                filter: "\"ReserveProjectId\" <> ''");

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_targets_Year",
                table: "dispatch_targets",
                column: "Year",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dispatch_targets");

            migrationBuilder.DropIndex(
                name: "IX_dispatch_plan_projects_ReserveProjectId",
                table: "dispatch_plan_projects");

            migrationBuilder.DropIndex(
                name: "IX_dispatch_plan_projects_Year_ReserveProjectId",
                table: "dispatch_plan_projects");

            migrationBuilder.DropColumn(
                name: "FiledLate",
                table: "dispatch_reports");

            migrationBuilder.DropColumn(
                name: "OwnerUnit",
                table: "dispatch_plan_projects");

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_plan_projects_Year_ReserveProjectId",
                table: "dispatch_plan_projects",
                columns: new[] { "Year", "ReserveProjectId" },
                unique: true);
        }
    }
}
