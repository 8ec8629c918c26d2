using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Approvals.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class JointReviewsCalendarDueDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_approvals_records_Department",
                table: "approvals_records");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueOn",
                table: "approvals_records",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<long>(
                name: "JointReviewId",
                table: "approvals_records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Remote",
                table: "approvals_records",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "approvals_calendar",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "approvals_calendar",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "approvals_calendar_years",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DocNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Amendment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LoadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_calendar_years", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "approvals_commitments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FulfilledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_commitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_approvals_commitments_approvals_records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "approvals_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The commitments leave the records' JSON column for a table of their own, in their order, before the column goes.
            migrationBuilder.Sql("""
                INSERT INTO approvals_commitments ("RecordId", "Kind", "Content", "MadeOn", "DueOn", "FulfilledOn")
                SELECT r."Id", json_extract(j.value, '$.Kind'), json_extract(j.value, '$.Content'), json_extract(j.value, '$.MadeOn'),
                       json_extract(j.value, '$.DueOn'), json_extract(j.value, '$.FulfilledOn')
                FROM approvals_records r, json_each(r.commitments) j
                WHERE r.commitments IS NOT NULL
                ORDER BY r."Id", j.key;
                """);
            // Days entered before versions were kept start at version 1 (0 means "no entry" to a form).
            migrationBuilder.Sql("UPDATE approvals_calendar SET \"Version\" = 1;");

            migrationBuilder.DropColumn(
                name: "commitments",
                table: "approvals_records");

            migrationBuilder.CreateTable(
                name: "approvals_joint_reviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ProjectId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    LeadAuthority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Remote = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_joint_reviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_approvals_records_AppliedOn",
                table: "approvals_records",
                column: "AppliedOn");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_records_Department_AppliedOn_CompletedOn_DueOn",
                table: "approvals_records",
                columns: new[] { "Department", "AppliedOn", "CompletedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_approvals_records_DueOn_CompletedOn",
                table: "approvals_records",
                columns: new[] { "DueOn", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_approvals_records_JointReviewId",
                table: "approvals_records",
                column: "JointReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_commitments_DueOn_FulfilledOn",
                table: "approvals_commitments",
                columns: new[] { "DueOn", "FulfilledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_approvals_commitments_RecordId",
                table: "approvals_commitments",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_joint_reviews_ProjectId",
                table: "approvals_joint_reviews",
                column: "ProjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approvals_calendar_years");

            migrationBuilder.DropTable(
                name: "approvals_commitments");

            migrationBuilder.DropTable(
                name: "approvals_joint_reviews");

            migrationBuilder.DropIndex(
                name: "IX_approvals_records_AppliedOn",
                table: "approvals_records");

            migrationBuilder.DropIndex(
                name: "IX_approvals_records_Department_AppliedOn_CompletedOn_DueOn",
                table: "approvals_records");

            migrationBuilder.DropIndex(
                name: "IX_approvals_records_DueOn_CompletedOn",
                table: "approvals_records");

            migrationBuilder.DropIndex(
                name: "IX_approvals_records_JointReviewId",
                table: "approvals_records");

            migrationBuilder.DropColumn(
                name: "DueOn",
                table: "approvals_records");

            migrationBuilder.DropColumn(
                name: "JointReviewId",
                table: "approvals_records");

            migrationBuilder.DropColumn(
                name: "Remote",
                table: "approvals_records");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "approvals_calendar");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "approvals_calendar");

            migrationBuilder.AddColumn<string>(
                name: "commitments",
                table: "approvals_records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_approvals_records_Department",
                table: "approvals_records",
                column: "Department");
        }
    }
}
