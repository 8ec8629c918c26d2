using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reserve.Projects.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class InitialReserve : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reserve_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    User = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reserve_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reserve_projects",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Code = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Department = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnitCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Leader = table.Column<string>(type: "text", nullable: true),
                    Contact = table.Column<string>(type: "text", nullable: true),
                    ProjectType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Attribute = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Field = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    IndustryCode = table.Column<string>(type: "text", nullable: true),
                    Nature = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Tags = table.Column<string>(type: "json", nullable: false),
                    Region = table.Column<string>(type: "text", nullable: true),
                    Address = table.Column<string>(type: "text", nullable: true),
                    Scale = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    LandArea = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    PlannedStart = table.Column<DateOnly>(type: "date", nullable: true),
                    PlannedEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ActualStart = table.Column<DateOnly>(type: "date", nullable: true),
                    TotalInvestment = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Equity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    FeasibilityEstimate = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    DesignBudget = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    CompletedInvestment = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    AnnualPlan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    FundingSources = table.Column<string>(type: "json", nullable: false),
                    Requests = table.Column<string>(type: "json", nullable: false),
                    RevenueSources = table.Column<string>(type: "text", nullable: true),
                    ProjectRevenue = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    DebtService = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    CoverageRatio = table.Column<decimal>(type: "numeric(10,4)", precision: 10, scale: 4, nullable: true),
                    PreWork = table.Column<string>(type: "json", nullable: false),
                    Dishonest = table.Column<bool>(type: "boolean", nullable: true),
                    CentralFundedBefore = table.Column<bool>(type: "boolean", nullable: true),
                    NegativeList = table.Column<string>(type: "json", nullable: true),
                    InNationalLibrary = table.Column<bool>(type: "boolean", nullable: true),
                    InRollingPlan = table.Column<bool>(type: "boolean", nullable: true),
                    Facts = table.Column<string>(type: "json", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reserve_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reserve_sequences",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Next = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reserve_sequences", x => x.Year);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reserve_audit_ProjectId",
                table: "reserve_audit",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_reserve_projects_Code",
                table: "reserve_projects",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_reserve_projects_Department",
                table: "reserve_projects",
                column: "Department");

            migrationBuilder.CreateIndex(
                name: "IX_reserve_projects_Field",
                table: "reserve_projects",
                column: "Field");

            migrationBuilder.CreateIndex(
                name: "IX_reserve_projects_Stage",
                table: "reserve_projects",
                column: "Stage");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reserve_audit");

            migrationBuilder.DropTable(
                name: "reserve_projects");

            migrationBuilder.DropTable(
                name: "reserve_sequences");
        }
    }
}
