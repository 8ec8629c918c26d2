using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reserve.Dispatch.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class InitialDispatch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dispatch_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Entity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EntityId = table.Column<long>(type: "bigint", nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    User = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dispatch_plan_projects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ReserveProjectId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Department = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Leader = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Field = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Tier = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AnnualPlanInvestment = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    PlannedStart = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportingFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PriorYearCumulative = table.Column<string>(type: "text", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_plan_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dispatch_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanProjectId = table.Column<long>(type: "bigint", nullable: false),
                    Cadence = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InvestmentThisPeriod = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    InvestmentCumulative = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ProgressText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProgressPercent = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    Workers = table.Column<int>(type: "integer", nullable: false),
                    Problems = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Coordination = table.Column<string>(type: "text", nullable: false),
                    FundsArrived = table.Column<string>(type: "text", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dispatch_reports_dispatch_plan_projects_PlanProjectId",
                        column: x => x.PlanProjectId,
                        principalTable: "dispatch_plan_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dispatch_start_plans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanProjectId = table.Column<long>(type: "bigint", nullable: false),
                    Cause = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Measures = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Milestones = table.Column<string>(type: "text", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_start_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dispatch_start_plans_dispatch_plan_projects_PlanProjectId",
                        column: x => x.PlanProjectId,
                        principalTable: "dispatch_plan_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_audit_Entity_EntityId",
                table: "dispatch_audit",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_plan_projects_Year_Department",
                table: "dispatch_plan_projects",
                columns: new[] { "Year", "Department" });

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_plan_projects_Year_ReserveProjectId",
                table: "dispatch_plan_projects",
                columns: new[] { "Year", "ReserveProjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_reports_PeriodEnd",
                table: "dispatch_reports",
                column: "PeriodEnd");

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_reports_PlanProjectId_Cadence_PeriodStart",
                table: "dispatch_reports",
                columns: new[] { "PlanProjectId", "Cadence", "PeriodStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_start_plans_PlanProjectId",
                table: "dispatch_start_plans",
                column: "PlanProjectId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dispatch_audit");

            migrationBuilder.DropTable(
                name: "dispatch_reports");

            migrationBuilder.DropTable(
                name: "dispatch_start_plans");

            migrationBuilder.DropTable(
                name: "dispatch_plan_projects");
        }
    }
}
