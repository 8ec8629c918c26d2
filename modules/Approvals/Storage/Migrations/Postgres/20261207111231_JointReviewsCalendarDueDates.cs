using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reserve.Approvals.Storage.Migrations.Postgres
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
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<long>(
                name: "JointReviewId",
                table: "approvals_records",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Remote",
                table: "approvals_records",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "approvals_calendar",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "approvals_calendar",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "approvals_calendar_years",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DocNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Amendment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LoadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LoadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_calendar_years", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "approvals_commitments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Content = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FulfilledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordId = table.Column<long>(type: "bigint", nullable: false)
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
                SELECT r."Id", e.value->>'Kind', e.value->>'Content', (e.value->>'MadeOn')::date, (e.value->>'DueOn')::date, (e.value->>'FulfilledOn')::date
                FROM approvals_records r CROSS JOIN LATERAL jsonb_array_elements(r.commitments) WITH ORDINALITY AS e(value, n)
                WHERE r.commitments IS NOT NULL
                ORDER BY r."Id", e.n;
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ProjectId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Department = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    LeadAuthority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Remote = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_approvals_records_Department",
                table: "approvals_records",
                column: "Department");
        }
    }
}
