using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Promotion.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class DropFactKindFromIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_promotion_deal_facts_Kind_From",
                table: "promotion_deal_facts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_promotion_deal_facts_Kind_From",
                table: "promotion_deal_facts",
                columns: new[] { "Kind", "From" });
        }
    }
}
