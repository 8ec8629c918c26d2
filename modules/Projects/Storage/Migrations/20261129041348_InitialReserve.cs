using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Projects.Storage.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    User = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reserve_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reserve_projects",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Leader = table.Column<string>(type: "TEXT", nullable: true),
                    Contact = table.Column<string>(type: "TEXT", nullable: true),
                    ProjectType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Attribute = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Field = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    IndustryCode = table.Column<string>(type: "TEXT", nullable: true),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: true),
                    Address = table.Column<string>(type: "TEXT", nullable: true),
                    Scale = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LandArea = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    PlannedStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlannedEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ActualStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TotalInvestment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Equity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    FeasibilityEstimate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    DesignBudget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    CompletedInvestment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    AnnualPlan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    FundingSources = table.Column<string>(type: "TEXT", nullable: false),
                    Requests = table.Column<string>(type: "TEXT", nullable: false),
                    RevenueSources = table.Column<string>(type: "TEXT", nullable: true),
                    ProjectRevenue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    DebtService = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    CoverageRatio = table.Column<decimal>(type: "TEXT", precision: 10, scale: 4, nullable: true),
                    PreWork = table.Column<string>(type: "TEXT", nullable: false),
                    Dishonest = table.Column<bool>(type: "INTEGER", nullable: true),
                    CentralFundedBefore = table.Column<bool>(type: "INTEGER", nullable: true),
                    NegativeList = table.Column<string>(type: "TEXT", nullable: true),
                    InNationalLibrary = table.Column<bool>(type: "INTEGER", nullable: true),
                    InRollingPlan = table.Column<bool>(type: "INTEGER", nullable: true),
                    Facts = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reserve_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reserve_sequences",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Next = table.Column<int>(type: "INTEGER", nullable: false)
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
