using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reserve.Channels.Storage.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PluginId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Before = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    After = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channels_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "channels_plugins",
                columns: table => new
                {
                    PluginId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ActiveVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    PreviousVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channels_plugins", x => x.PluginId);
                });

            migrationBuilder.CreateTable(
                name: "channels_versions",
                columns: table => new
                {
                    PluginId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    GoldenPassed = table.Column<bool>(type: "boolean", nullable: false),
                    GoldenResult = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CheckedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
