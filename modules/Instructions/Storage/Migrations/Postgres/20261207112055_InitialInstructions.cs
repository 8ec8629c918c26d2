using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reserve.Instructions.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class InitialInstructions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "instructions_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstructionId = table.Column<long>(type: "bigint", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    User = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instructions_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "instructions_instructions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubjectKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubjectLink = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OwnerDepartment = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AuthorLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instructions_instructions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "instructions_mail_addresses",
                columns: table => new
                {
                    Login = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instructions_mail_addresses", x => x.Login);
                });

            migrationBuilder.CreateTable(
                name: "instructions_notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Login = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MailedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instructions_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "instructions_answers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstructionId = table.Column<long>(type: "bigint", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Closes = table.Column<bool>(type: "boolean", nullable: false),
                    Login = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instructions_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_instructions_answers_instructions_instructions_InstructionId",
                        column: x => x.InstructionId,
                        principalTable: "instructions_instructions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_instructions_answers_InstructionId",
                table: "instructions_answers",
                column: "InstructionId");

            migrationBuilder.CreateIndex(
                name: "IX_instructions_audit_InstructionId",
                table: "instructions_audit",
                column: "InstructionId");

            migrationBuilder.CreateIndex(
                name: "IX_instructions_instructions_AuthorLogin_State_DueOn",
                table: "instructions_instructions",
                columns: new[] { "AuthorLogin", "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_instructions_instructions_OwnerDepartment_State_DueOn",
                table: "instructions_instructions",
                columns: new[] { "OwnerDepartment", "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_instructions_instructions_State_DueOn_SubjectKind",
                table: "instructions_instructions",
                columns: new[] { "State", "DueOn", "SubjectKind" });

            migrationBuilder.CreateIndex(
                name: "IX_instructions_instructions_SubjectKind_SubjectId",
                table: "instructions_instructions",
                columns: new[] { "SubjectKind", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_instructions_notifications_Login_Key",
                table: "instructions_notifications",
                columns: new[] { "Login", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_instructions_notifications_Login_ReadAtUtc_CreatedAtUtc",
                table: "instructions_notifications",
                columns: new[] { "Login", "ReadAtUtc", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_instructions_notifications_MailedAtUtc",
                table: "instructions_notifications",
                column: "MailedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "instructions_answers");

            migrationBuilder.DropTable(
                name: "instructions_audit");

            migrationBuilder.DropTable(
                name: "instructions_mail_addresses");

            migrationBuilder.DropTable(
                name: "instructions_notifications");

            migrationBuilder.DropTable(
                name: "instructions_instructions");
        }
    }
}
