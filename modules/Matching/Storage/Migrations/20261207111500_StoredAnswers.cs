using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Matching.Storage.Migrations
{
    /// <summary>
    /// The readiness and timing answers kept beside the verdict, so lists filter and the 汇总 sums them in SQL. Rows
    /// stored before read empty (no answer kept) until they are matched again.
    /// </summary>
    internal partial class StoredAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Readiness",
                table: "match_results",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Timing",
                table: "match_results",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "ReadinessItems",
                table: "match_results",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReadyBy",
                table: "match_results",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OpensOn",
                table: "match_results",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosesOn",
                table: "match_results",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Readiness",
                table: "match_results");

            migrationBuilder.DropColumn(
                name: "Timing",
                table: "match_results");

            migrationBuilder.DropColumn(
                name: "ReadinessItems",
                table: "match_results");

            migrationBuilder.DropColumn(
                name: "ReadyBy",
                table: "match_results");

            migrationBuilder.DropColumn(
                name: "OpensOn",
                table: "match_results");

            migrationBuilder.DropColumn(
                name: "ClosesOn",
                table: "match_results");
        }
    }
}
