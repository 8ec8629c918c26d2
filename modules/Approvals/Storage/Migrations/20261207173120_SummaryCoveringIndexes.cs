using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Approvals.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class SummaryCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_approvals_commitments_RecordId",
                table: "approvals_commitments");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_records_Department_Item_AppliedOn_CompletedOn_DueOn",
                table: "approvals_records",
                columns: new[] { "Department", "Item", "AppliedOn", "CompletedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_approvals_commitments_RecordId_MadeOn_DueOn_FulfilledOn",
                table: "approvals_commitments",
                columns: new[] { "RecordId", "MadeOn", "DueOn", "FulfilledOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_approvals_records_Department_Item_AppliedOn_CompletedOn_DueOn",
                table: "approvals_records");

            migrationBuilder.DropIndex(
                name: "IX_approvals_commitments_RecordId_MadeOn_DueOn_FulfilledOn",
                table: "approvals_commitments");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_commitments_RecordId",
                table: "approvals_commitments",
                column: "RecordId");
        }
    }
}
