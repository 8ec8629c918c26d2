using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reserve.Funding.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class InitialFunding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "funding_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Department = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Channel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Planned = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    AppliedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AppliedAmount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    GrantBatch = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    GrantDocNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    GrantedAmount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    GrantedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ArrivedAmount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ArrivedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_lines", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_funding_lines_Channel",
                table: "funding_lines",
                column: "Channel");

            migrationBuilder.CreateIndex(
                name: "IX_funding_lines_Department",
                table: "funding_lines",
                column: "Department");

            migrationBuilder.CreateIndex(
                name: "IX_funding_lines_Year_ProjectId_Channel",
                table: "funding_lines",
                columns: new[] { "Year", "ProjectId", "Channel" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "funding_lines");
        }
    }
}
