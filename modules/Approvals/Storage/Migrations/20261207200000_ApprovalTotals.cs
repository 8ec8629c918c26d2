using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Approvals.Storage.Migrations
{
    /// <summary>
    /// The summaries' counts kept current on write (<c>approvals_record_totals</c>, <c>approvals_commitment_totals</c>),
    /// instead of grouping 461,000 records and joining 130,000 commitments after every change (~5 s on SQLite, during
    /// which the first reader waited). A record's or commitment's state on a day depends on the day only through its due
    /// date while it is open, so the counts are kept by department, item and — for the open ones — due date: completed
    /// (fulfilled) ones are counted on time or late under the earliest date, whatever their due date. Read back, a day's
    /// summary is folded from about 13,000 rows (ApprovalTotals.cs); that is exact when nothing is dated after that day
    /// (accepted, completed, made or fulfilled), which the indexes added here check, otherwise the records are grouped as
    /// before. SQLite has row triggers only: each written record or commitment adds or takes away its share, a record
    /// moved to another department or item moves its commitments, and a record deleted takes its commitments' shares
    /// before its cascade deletes them (their own trigger then finds no record and does nothing).
    /// </summary>
    internal partial class ApprovalTotals : Migration
    {
        private const string Key = "\"Department\", \"Item\", \"OpenDueOn\"";

        /// <summary>Where completed records and fulfilled commitments are counted: their state no longer depends on the day.</summary>
        private const string Settled = "'0001-01-01'";

        // One row's share, signed: department and item from `owner` (the record), the dates from `row` (record or commitment).
        private static string Share(string table, string sign, string owner, string row, string due, string done, string from, string where) => $"""
            INSERT INTO {table} ({Key}, "Open", "OnTime", "Late")
            SELECT {owner}."Department", {owner}."Item", CASE WHEN {row}."{done}" IS NULL THEN {row}."{due}" ELSE {Settled} END,
                   {sign}({row}."{done}" IS NULL), {sign}({row}."{done}" IS NOT NULL AND {row}."{done}" <= {row}."{due}"),
                   {sign}({row}."{done}" IS NOT NULL AND {row}."{done}" > {row}."{due}")
            FROM {from} WHERE {where}
            ON CONFLICT ({Key}) DO UPDATE SET "Open" = "Open" + excluded."Open", "OnTime" = "OnTime" + excluded."OnTime", "Late" = "Late" + excluded."Late";
            """;

        private static string Record(string sign, string r) =>
            Share("approvals_record_totals", sign, r, r, "DueOn", "CompletedOn", "(SELECT 1)", "1 = 1");

        // The commitments of record `r` (OLD or NEW), or commitment `c` (OLD or NEW) of its record.
        private static string CommitmentsOf(string sign, string r) =>
            Share("approvals_commitment_totals", sign, r, "c", "DueOn", "FulfilledOn", "approvals_commitments c", $"c.\"RecordId\" = {r}.\"Id\"");

        private static string Commitment(string sign, string c) =>
            Share("approvals_commitment_totals", sign, "r", c, "DueOn", "FulfilledOn", "approvals_records r", $"r.\"Id\" = {c}.\"RecordId\"");

        private const string RecordChanged =
            """OLD."Department" IS NOT NEW."Department" OR OLD."Item" IS NOT NEW."Item" OR OLD."DueOn" IS NOT NEW."DueOn" OR OLD."CompletedOn" IS NOT NEW."CompletedOn" """;

        private const string RecordMoved = """OLD."Id" IS NOT NEW."Id" OR OLD."Department" IS NOT NEW."Department" OR OLD."Item" IS NOT NEW."Item" """;

        private const string CommitmentChanged =
            """OLD."RecordId" IS NOT NEW."RecordId" OR OLD."DueOn" IS NOT NEW."DueOn" OR OLD."FulfilledOn" IS NOT NEW."FulfilledOn" """;

        private static string Trigger(string name, string when, params string[] statements) =>
            $"CREATE TRIGGER {name} {when} BEGIN\n{string.Join("\n", statements)}\nEND";

        private static string Table(string name) => $"""
            CREATE TABLE {name} (
                "Department" TEXT NOT NULL, "Item" TEXT NOT NULL, "OpenDueOn" TEXT NOT NULL,
                "Open" INTEGER NOT NULL, "OnTime" INTEGER NOT NULL, "Late" INTEGER NOT NULL,
                PRIMARY KEY ({Key}))
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(name: "IX_approvals_records_CompletedOn", table: "approvals_records", column: "CompletedOn");
            migrationBuilder.CreateIndex(name: "IX_approvals_commitments_FulfilledOn", table: "approvals_commitments", column: "FulfilledOn");
            migrationBuilder.CreateIndex(name: "IX_approvals_commitments_MadeOn", table: "approvals_commitments", column: "MadeOn");
            migrationBuilder.Sql(Table("approvals_record_totals"));
            migrationBuilder.Sql(Table("approvals_commitment_totals"));
            migrationBuilder.Sql(Trigger("approvals_record_totals_insert", "AFTER INSERT ON approvals_records", Record("+", "NEW")));
            migrationBuilder.Sql(Trigger("approvals_record_totals_update", $"AFTER UPDATE ON approvals_records WHEN {RecordChanged}", Record("-", "OLD"), Record("+", "NEW")));
            migrationBuilder.Sql(Trigger("approvals_record_totals_move", $"AFTER UPDATE ON approvals_records WHEN {RecordMoved}", CommitmentsOf("-", "OLD"), CommitmentsOf("+", "NEW")));
            // Before the row goes: its commitments are still there to be taken away (the cascade deletes them after).
            migrationBuilder.Sql(Trigger("approvals_record_totals_delete", "BEFORE DELETE ON approvals_records", Record("-", "OLD"), CommitmentsOf("-", "OLD")));
            migrationBuilder.Sql(Trigger("approvals_commitment_totals_insert", "AFTER INSERT ON approvals_commitments", Commitment("+", "NEW")));
            migrationBuilder.Sql(Trigger("approvals_commitment_totals_update", $"AFTER UPDATE ON approvals_commitments WHEN {CommitmentChanged}", Commitment("-", "OLD"), Commitment("+", "NEW")));
            migrationBuilder.Sql(Trigger("approvals_commitment_totals_delete", "AFTER DELETE ON approvals_commitments", Commitment("-", "OLD")));
            // The records and commitments stored before this migration, once.
            migrationBuilder.Sql($"""
                INSERT INTO approvals_record_totals ({Key}, "Open", "OnTime", "Late")
                SELECT "Department", "Item", CASE WHEN "CompletedOn" IS NULL THEN "DueOn" ELSE {Settled} END,
                       SUM("CompletedOn" IS NULL), SUM("CompletedOn" IS NOT NULL AND "CompletedOn" <= "DueOn"), SUM("CompletedOn" IS NOT NULL AND "CompletedOn" > "DueOn")
                FROM approvals_records GROUP BY 1, 2, 3
                """);
            migrationBuilder.Sql($"""
                INSERT INTO approvals_commitment_totals ({Key}, "Open", "OnTime", "Late")
                SELECT r."Department", r."Item", CASE WHEN c."FulfilledOn" IS NULL THEN c."DueOn" ELSE {Settled} END,
                       SUM(c."FulfilledOn" IS NULL), SUM(c."FulfilledOn" IS NOT NULL AND c."FulfilledOn" <= c."DueOn"), SUM(c."FulfilledOn" IS NOT NULL AND c."FulfilledOn" > c."DueOn")
                FROM approvals_commitments c JOIN approvals_records r ON r."Id" = c."RecordId" GROUP BY 1, 2, 3
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "record_totals_insert", "record_totals_update", "record_totals_move", "record_totals_delete",
                         "commitment_totals_insert", "commitment_totals_update", "commitment_totals_delete" })
            {
                migrationBuilder.Sql($"DROP TRIGGER approvals_{trigger}");
            }
            migrationBuilder.Sql("DROP TABLE approvals_commitment_totals");
            migrationBuilder.Sql("DROP TABLE approvals_record_totals");
            migrationBuilder.DropIndex(name: "IX_approvals_records_CompletedOn", table: "approvals_records");
            migrationBuilder.DropIndex(name: "IX_approvals_commitments_FulfilledOn", table: "approvals_commitments");
            migrationBuilder.DropIndex(name: "IX_approvals_commitments_MadeOn", table: "approvals_commitments");
        }
    }
}
