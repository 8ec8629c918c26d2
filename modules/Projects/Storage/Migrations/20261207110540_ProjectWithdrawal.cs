using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Projects.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class ProjectWithdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAtUtc",
                table: "reserve_projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnBy",
                table: "reserve_projects",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "reserve_projects",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "reserve_audit",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WithdrawnAtUtc",
                table: "reserve_projects");

            migrationBuilder.DropColumn(
                name: "WithdrawnBy",
                table: "reserve_projects");

            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "reserve_projects");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "reserve_audit");
        }
    }
}
