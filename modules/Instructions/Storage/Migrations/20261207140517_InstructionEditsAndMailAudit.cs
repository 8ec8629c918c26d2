using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Instructions.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class InstructionEditsAndMailAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "instructions_mail_addresses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawReason",
                table: "instructions_instructions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAtUtc",
                table: "instructions_instructions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "instructions_mail_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Login = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    User = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Before = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    After = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instructions_mail_audit", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_instructions_mail_audit_Login_Id",
                table: "instructions_mail_audit",
                columns: new[] { "Login", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "instructions_mail_audit");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "instructions_mail_addresses");

            migrationBuilder.DropColumn(
                name: "WithdrawReason",
                table: "instructions_instructions");

            migrationBuilder.DropColumn(
                name: "WithdrawnAtUtc",
                table: "instructions_instructions");
        }
    }
}
