using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Dispatch.Storage.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OwnerUnit",
                table: "dispatch_plan_projects",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "dispatch_targets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    StartOrResumeRatePercent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    StartOrResumeBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GrowthPercent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    PriorYearStartOrResumeRatePercent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    PriorYearGrowthPercent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    PriorYearInvestment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
