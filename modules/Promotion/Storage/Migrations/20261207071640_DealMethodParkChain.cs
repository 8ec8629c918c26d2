using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Promotion.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class DealMethodParkChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Chain",
                table: "promotion_deals",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainLink",
                table: "promotion_deals",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Method",
                table: "promotion_deals",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Park",
                table: "promotion_deals",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Chain",
                table: "promotion_deals");

            migrationBuilder.DropColumn(
                name: "ChainLink",
                table: "promotion_deals");

            migrationBuilder.DropColumn(
                name: "Method",
                table: "promotion_deals");

            migrationBuilder.DropColumn(
                name: "Park",
                table: "promotion_deals");
        }
    }
}
