using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Channels.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class InitialChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "channels_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PluginId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Before = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    After = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channels_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "channels_plugins",
                columns: table => new
                {
                    PluginId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActiveVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PreviousVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channels_plugins", x => x.PluginId);
                });

            migrationBuilder.CreateTable(
                name: "channels_versions",
                columns: table => new
                {
                    PluginId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    GoldenPassed = table.Column<bool>(type: "INTEGER", nullable: false),
                    GoldenResult = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CheckedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channels_versions", x => new { x.PluginId, x.Version });
                });

            migrationBuilder.CreateIndex(
                name: "IX_channels_changes_AtUtc",
                table: "channels_changes",
                column: "AtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "channels_changes");

            migrationBuilder.DropTable(
                name: "channels_plugins");

            migrationBuilder.DropTable(
                name: "channels_versions");
        }
    }
}
