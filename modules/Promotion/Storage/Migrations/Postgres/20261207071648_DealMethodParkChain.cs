using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Promotion.Storage.Migrations.Postgres
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
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainLink",
                table: "promotion_deals",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Method",
                table: "promotion_deals",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Park",
                table: "promotion_deals",
                type: "character varying(200)",
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
