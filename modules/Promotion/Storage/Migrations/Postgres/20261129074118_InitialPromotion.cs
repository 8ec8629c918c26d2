using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reserve.Promotion.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class InitialPromotion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "promotion_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Entity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EntityId = table.Column<long>(type: "bigint", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    User = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promotion_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "promotion_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promotion_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "promotion_deals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Investor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InvestorCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Industry = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Department = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FollowedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EventId = table.Column<long>(type: "bigint", nullable: true),
                    ContractInvestment = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Region = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Scale = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProjectId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    checks = table.Column<string>(type: "jsonb", nullable: true),
                    funds = table.Column<string>(type: "jsonb", nullable: true),
                    history = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promotion_deals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_promotion_deals_promotion_events_EventId",
                        column: x => x.EventId,
                        principalTable: "promotion_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_promotion_audit_Entity_EntityId",
                table: "promotion_audit",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_promotion_deals_Department",
                table: "promotion_deals",
                column: "Department");

            migrationBuilder.CreateIndex(
                name: "IX_promotion_deals_EventId",
                table: "promotion_deals",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_promotion_deals_Industry",
                table: "promotion_deals",
                column: "Industry");

            migrationBuilder.CreateIndex(
                name: "IX_promotion_deals_ProjectId",
                table: "promotion_deals",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_promotion_deals_Stage",
                table: "promotion_deals",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_promotion_events_Name",
                table: "promotion_events",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "promotion_audit");

            migrationBuilder.DropTable(
                name: "promotion_deals");

            migrationBuilder.DropTable(
                name: "promotion_events");
        }
    }
}
