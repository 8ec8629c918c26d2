using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Matching.Storage.Migrations.Postgres
{
    /// <summary>
    /// The 汇总's answers by channel kept current on write (<c>match_answer_totals</c>; the SQLite migration of the same
    /// name says why). PostgreSQL's statement triggers see a whole statement's rows at once (transition tables), so a
    /// batch of 10,000 written answers costs one grouped upsert, not 10,000; rows rewritten unchanged are left out.
    /// The upserts take the totals' rows in key order, so two writers never wait on each other in opposite orders
    /// within one statement. Money in ten-thousandths as bigint, as on SQLite, so both read the same way.
    /// </summary>
    internal partial class AnswerTotals : Migration
    {
        private const string Key = "\"Department\", \"ChannelId\", \"Verdict\", \"Readiness\", \"Timing\", \"OpensOn\", \"ClosesOn\"";

        private static string Units(string value) => $"round(coalesce({value}, 0) * 10000)::bigint";

        // The signed shares of the answers in `answers` (r) of the projects in `projects` (p), grouped by the totals' key.
        private static string Shares(string sign, string projects, string answers) => $"""
            INSERT INTO match_answer_totals AS t ({Key}, "Projects", "Investment", "Amount")
            SELECT p."Department", r."ChannelId", r."Verdict", r."Readiness", r."Timing", coalesce(r."OpensOn"::text, ''), coalesce(r."ClosesOn"::text, ''),
                   {sign}COUNT(*), {sign}SUM({Units("p.\"TotalInvestment\"")}), {sign}SUM({Units("r.\"Amount\"")})
            FROM {answers} r JOIN {projects} p ON p."Id" = r."ProjectId"
            WHERE p."WithdrawnAtUtc" IS NULL
            GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
            ON CONFLICT ({Key}) DO UPDATE SET "Projects" = t."Projects" + excluded."Projects",
                "Investment" = t."Investment" + excluded."Investment", "Amount" = t."Amount" + excluded."Amount";
            """;

        private static string Function(string name, string body) => $"""
            CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
            {body}
            RETURN NULL;
            END
            $body$
            """;

        private static string Trigger(string name, string timing, string table, string referencing) =>
            $"CREATE TRIGGER {name} AFTER {timing} ON {table} REFERENCING {referencing} FOR EACH STATEMENT EXECUTE FUNCTION {name}()";

        // The rows of an update whose counted values changed, before (b) or after (a) it.
        private static string Changed(string side, string key, string columns) =>
            $"(SELECT {side}.* FROM before_rows b JOIN after_rows a ON {key} WHERE {columns})";

        private const string AnswerKey = "a.\"ProjectId\" = b.\"ProjectId\" AND a.\"ChannelId\" = b.\"ChannelId\"";

        private const string AnswerColumns =
            "(a.\"Verdict\", a.\"Readiness\", a.\"Timing\", a.\"OpensOn\", a.\"ClosesOn\", a.\"Amount\") IS DISTINCT FROM (b.\"Verdict\", b.\"Readiness\", b.\"Timing\", b.\"OpensOn\", b.\"ClosesOn\", b.\"Amount\")";

        private const string ProjectKey = "a.\"Id\" = b.\"Id\"";

        private const string ProjectColumns =
            "(a.\"Department\", a.\"TotalInvestment\", a.\"WithdrawnAtUtc\") IS DISTINCT FROM (b.\"Department\", b.\"TotalInvestment\", b.\"WithdrawnAtUtc\")";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE TABLE match_answer_totals (
                    "Department" text NOT NULL, "ChannelId" text NOT NULL, "Verdict" text NOT NULL, "Readiness" text NOT NULL,
                    "Timing" text NOT NULL, "OpensOn" text NOT NULL, "ClosesOn" text NOT NULL,
                    "Projects" bigint NOT NULL, "Investment" bigint NOT NULL, "Amount" bigint NOT NULL,
                    PRIMARY KEY ({Key}))
                """);
            migrationBuilder.Sql(Function("match_answer_totals_insert", Shares("+", "reserve_projects", "new_rows")));
            migrationBuilder.Sql(Trigger("match_answer_totals_insert", "INSERT", "match_results", "NEW TABLE AS new_rows"));
            migrationBuilder.Sql(Function("match_answer_totals_delete", Shares("-", "reserve_projects", "old_rows")));
            migrationBuilder.Sql(Trigger("match_answer_totals_delete", "DELETE", "match_results", "OLD TABLE AS old_rows"));
            migrationBuilder.Sql(Function("match_answer_totals_update",
                Shares("-", "reserve_projects", Changed("b", AnswerKey, AnswerColumns)) + "\n" + Shares("+", "reserve_projects", Changed("a", AnswerKey, AnswerColumns))));
            migrationBuilder.Sql(Trigger("match_answer_totals_update", "UPDATE", "match_results", "OLD TABLE AS before_rows NEW TABLE AS after_rows"));
            migrationBuilder.Sql(Function("match_answer_totals_project_insert", Shares("+", "new_rows", "match_results")));
            migrationBuilder.Sql(Trigger("match_answer_totals_project_insert", "INSERT", "reserve_projects", "NEW TABLE AS new_rows"));
            migrationBuilder.Sql(Function("match_answer_totals_project_delete", Shares("-", "old_rows", "match_results")));
            migrationBuilder.Sql(Trigger("match_answer_totals_project_delete", "DELETE", "reserve_projects", "OLD TABLE AS old_rows"));
            migrationBuilder.Sql(Function("match_answer_totals_project_update",
                Shares("-", Changed("b", ProjectKey, ProjectColumns), "match_results") + "\n" + Shares("+", Changed("a", ProjectKey, ProjectColumns), "match_results")));
            migrationBuilder.Sql(Trigger("match_answer_totals_project_update", "UPDATE", "reserve_projects", "OLD TABLE AS before_rows NEW TABLE AS after_rows"));
            // The answers stored before this migration, once.
            migrationBuilder.Sql(Shares("", "reserve_projects", "match_results"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (trigger, table) in new[]
                     {
                         ("insert", "match_results"), ("delete", "match_results"), ("update", "match_results"),
                         ("project_insert", "reserve_projects"), ("project_delete", "reserve_projects"), ("project_update", "reserve_projects"),
                     })
            {
                migrationBuilder.Sql($"DROP TRIGGER match_answer_totals_{trigger} ON {table}");
                migrationBuilder.Sql($"DROP FUNCTION match_answer_totals_{trigger}()");
            }
            migrationBuilder.Sql("DROP TABLE match_answer_totals");
        }
    }
}
