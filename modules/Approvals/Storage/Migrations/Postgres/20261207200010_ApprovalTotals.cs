using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Approvals.Storage.Migrations.Postgres
{
    /// <summary>
    /// The summaries' counts kept current on write (<c>approvals_record_totals</c>, <c>approvals_commitment_totals</c>;
    /// the SQLite migration of the same name says why and how they are read). Statement triggers see a statement's rows
    /// at once (transition tables): a batch of records costs one grouped upsert, rows rewritten with the same counted
    /// values are left out, and the upserts take the totals' rows in key order. A record's deletion is a row trigger
    /// run before it, while its commitments are still there; the cascade that then deletes them finds no record.
    /// </summary>
    internal partial class ApprovalTotals : Migration
    {
        private const string Key = "\"Department\", \"Item\", \"OpenDueOn\"";

        private const string Settled = "DATE '0001-01-01'";

        // The signed shares of `rows` (x: records or commitments, dated by `due`/`done`) of the records `owners` (o), grouped by key.
        private static string Shares(string table, string sign, string owners, string rows, string join, string due, string done) => $"""
            INSERT INTO {table} AS t ({Key}, "Open", "OnTime", "Late")
            SELECT o."Department", o."Item", CASE WHEN x."{done}" IS NULL THEN x."{due}" ELSE {Settled} END,
                   {sign}count(*) FILTER (WHERE x."{done}" IS NULL), {sign}count(*) FILTER (WHERE x."{done}" <= x."{due}"),
                   {sign}count(*) FILTER (WHERE x."{done}" > x."{due}")
            FROM {rows} x JOIN {owners} o ON {join}
            GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT ({Key}) DO UPDATE SET "Open" = t."Open" + excluded."Open", "OnTime" = t."OnTime" + excluded."OnTime", "Late" = t."Late" + excluded."Late";
            """;

        private static string Records(string sign, string rows) =>
            Shares("approvals_record_totals", sign, rows, rows, "o.\"Id\" = x.\"Id\"", "DueOn", "CompletedOn");

        private static string CommitmentsOf(string sign, string records) =>
            Shares("approvals_commitment_totals", sign, records, "approvals_commitments", "o.\"Id\" = x.\"RecordId\"", "DueOn", "FulfilledOn");

        private static string Commitments(string sign, string rows) =>
            Shares("approvals_commitment_totals", sign, "approvals_records", rows, "o.\"Id\" = x.\"RecordId\"", "DueOn", "FulfilledOn");

        private static string Function(string name, string body, string returns = "NULL") => $"""
            CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
            {body}
            RETURN {returns};
            END
            $body$
            """;

        private static string Trigger(string name, string timing, string table, string referencing) =>
            $"CREATE TRIGGER {name} AFTER {timing} ON {table} REFERENCING {referencing} FOR EACH STATEMENT EXECUTE FUNCTION {name}()";

        // The rows of an update whose counted values changed, before (b) or after (a) it.
        private static string Changed(string side, string columns) =>
            $"(SELECT {side}.* FROM before_rows b JOIN after_rows a ON a.\"Id\" = b.\"Id\" WHERE {columns})";

        private const string RecordColumns =
            "(a.\"Department\", a.\"Item\", a.\"DueOn\", a.\"CompletedOn\") IS DISTINCT FROM (b.\"Department\", b.\"Item\", b.\"DueOn\", b.\"CompletedOn\")";

        private const string RecordMoved = "(a.\"Department\", a.\"Item\") IS DISTINCT FROM (b.\"Department\", b.\"Item\")";

        private const string CommitmentColumns =
            "(a.\"RecordId\", a.\"DueOn\", a.\"FulfilledOn\") IS DISTINCT FROM (b.\"RecordId\", b.\"DueOn\", b.\"FulfilledOn\")";

        private static string Table(string name) => $"""
            CREATE TABLE {name} (
                "Department" text NOT NULL, "Item" text NOT NULL, "OpenDueOn" date NOT NULL,
                "Open" integer NOT NULL, "OnTime" integer NOT NULL, "Late" integer NOT NULL,
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
            migrationBuilder.Sql(Function("approvals_record_totals_insert", Records("+", "new_rows")));
            migrationBuilder.Sql(Trigger("approvals_record_totals_insert", "INSERT", "approvals_records", "NEW TABLE AS new_rows"));
            migrationBuilder.Sql(Function("approvals_record_totals_update",
                Records("-", Changed("b", RecordColumns)) + "\n" + Records("+", Changed("a", RecordColumns)) + "\n"
                + CommitmentsOf("-", Changed("b", RecordMoved)) + "\n" + CommitmentsOf("+", Changed("a", RecordMoved))));
            migrationBuilder.Sql(Trigger("approvals_record_totals_update", "UPDATE", "approvals_records", "OLD TABLE AS before_rows NEW TABLE AS after_rows"));
            migrationBuilder.Sql(Function("approvals_record_totals_delete",
                Records("-", "(SELECT OLD.*)") + "\n" + CommitmentsOf("-", "(SELECT OLD.*)"), returns: "OLD"));
            migrationBuilder.Sql("CREATE TRIGGER approvals_record_totals_delete BEFORE DELETE ON approvals_records FOR EACH ROW EXECUTE FUNCTION approvals_record_totals_delete()");
            migrationBuilder.Sql(Function("approvals_commitment_totals_insert", Commitments("+", "new_rows")));
            migrationBuilder.Sql(Trigger("approvals_commitment_totals_insert", "INSERT", "approvals_commitments", "NEW TABLE AS new_rows"));
            migrationBuilder.Sql(Function("approvals_commitment_totals_update",
                Commitments("-", Changed("b", CommitmentColumns)) + "\n" + Commitments("+", Changed("a", CommitmentColumns))));
            migrationBuilder.Sql(Trigger("approvals_commitment_totals_update", "UPDATE", "approvals_commitments", "OLD TABLE AS before_rows NEW TABLE AS after_rows"));
            migrationBuilder.Sql(Function("approvals_commitment_totals_delete", Commitments("-", "old_rows")));
            migrationBuilder.Sql(Trigger("approvals_commitment_totals_delete", "DELETE", "approvals_commitments", "OLD TABLE AS old_rows"));
            // The records and commitments stored before this migration, once.
            migrationBuilder.Sql(Records("", "approvals_records"));
            migrationBuilder.Sql(Commitments("", "approvals_commitments"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (trigger, table) in new[]
                     {
                         ("record_totals_insert", "approvals_records"), ("record_totals_update", "approvals_records"), ("record_totals_delete", "approvals_records"),
                         ("commitment_totals_insert", "approvals_commitments"), ("commitment_totals_update", "approvals_commitments"), ("commitment_totals_delete", "approvals_commitments"),
                     })
            {
                migrationBuilder.Sql($"DROP TRIGGER approvals_{trigger} ON {table}");
                migrationBuilder.Sql($"DROP FUNCTION approvals_{trigger}()");
            }
            migrationBuilder.Sql("DROP TABLE approvals_commitment_totals");
            migrationBuilder.Sql("DROP TABLE approvals_record_totals");
            migrationBuilder.DropIndex(name: "IX_approvals_records_CompletedOn", table: "approvals_records");
            migrationBuilder.DropIndex(name: "IX_approvals_commitments_FulfilledOn", table: "approvals_commitments");
            migrationBuilder.DropIndex(name: "IX_approvals_commitments_MadeOn", table: "approvals_commitments");
        }
    }
}
