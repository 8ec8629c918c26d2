using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Promotion.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class DealSupportEventKindFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "promotion_events",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "support",
                table: "promotion_deals",
                type: "TEXT",
                nullable: true,
                // Deals stored before the column existed had no support granted: an empty list, not a missing one.
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "promotion_deal_facts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DealId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promotion_deal_facts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_promotion_deal_facts_promotion_deals_DealId",
                        column: x => x.DealId,
                        principalTable: "promotion_deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_promotion_deals_Chain",
                table: "promotion_deals",
                column: "Chain");

            migrationBuilder.CreateIndex(
                name: "IX_promotion_deals_Method",
                table: "promotion_deals",
                column: "Method");

            migrationBuilder.CreateIndex(
                name: "IX_promotion_deals_Park",
                table: "promotion_deals",
                column: "Park");

            migrationBuilder.CreateIndex(
                name: "IX_promotion_deal_facts_DealId_Kind",
                table: "promotion_deal_facts",
                columns: new[] { "DealId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_promotion_deal_facts_Kind_From",
                table: "promotion_deal_facts",
                columns: new[] { "Kind", "From" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "promotion_deal_facts");

            migrationBuilder.DropIndex(
                name: "IX_promotion_deals_Chain",
                table: "promotion_deals");

            migrationBuilder.DropIndex(
                name: "IX_promotion_deals_Method",
                table: "promotion_deals");

            migrationBuilder.DropIndex(
                name: "IX_promotion_deals_Park",
                table: "promotion_deals");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "promotion_events");

            migrationBuilder.DropColumn(
                name: "support",
                table: "promotion_deals");
        }
    }
}
