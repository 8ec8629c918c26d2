using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Matching.Storage.Migrations
{
    /// <summary>
    /// The 汇总's answers by channel kept current on write (<c>match_answer_totals</c>), instead of grouping 2,000,000
    /// answers joined to their projects after every change (17–28 s at 100,000 projects, during which the totals, the
    /// project list's count and the first start waited). SQLite has row triggers only: each written answer adds or takes
    /// away its project's share, an answer rewritten with the same values (a re-match that changes nothing) is skipped, and
    /// a project whose department, investment or withdrawal changes moves its ~20 answers. Money is kept in ten-thousandths
    /// (the columns' scale is 4) as integers, because SQLite keeps decimals as text and would add them as doubles; exact
    /// for amounts below 9×10¹¹ 万元.
    /// </summary>
    internal partial class AnswerTotals : Migration
    {
        private const string Key = "\"Department\", \"ChannelId\", \"Verdict\", \"Readiness\", \"Timing\", \"OpensOn\", \"ClosesOn\"";

        private static string Units(string value) => $"CAST(ROUND(CAST(coalesce({value}, 0) AS REAL) * 10000) AS INTEGER)";

        // One answer's share, signed: the project's key values come from p, the answer's from r.
        private static string Share(string sign, string project, string answer, string from, string where) => $"""
            INSERT INTO match_answer_totals ({Key}, "Projects", "Investment", "Amount")
            SELECT {project}."Department", {answer}."ChannelId", {answer}."Verdict", {answer}."Readiness", {answer}."Timing",
                   coalesce({answer}."OpensOn", ''), coalesce({answer}."ClosesOn", ''),
                   {sign}1, {sign}{Units($"{project}.\"TotalInvestment\"")}, {sign}{Units($"{answer}.\"Amount\"")}
            FROM {from} WHERE {where}
            ON CONFLICT ({Key}) DO UPDATE SET "Projects" = "Projects" + excluded."Projects",
                "Investment" = "Investment" + excluded."Investment", "Amount" = "Amount" + excluded."Amount";
            """;

        private static string AnswerChanged =>
            """OLD."ProjectId" IS NOT NEW."ProjectId" OR OLD."ChannelId" IS NOT NEW."ChannelId" OR OLD."Verdict" IS NOT NEW."Verdict" OR OLD."Readiness" IS NOT NEW."Readiness" OR OLD."Timing" IS NOT NEW."Timing" OR OLD."OpensOn" IS NOT NEW."OpensOn" OR OLD."ClosesOn" IS NOT NEW."ClosesOn" OR OLD."Amount" IS NOT NEW."Amount" """;

        private static string ProjectChanged =>
            """OLD."Id" IS NOT NEW."Id" OR OLD."Department" IS NOT NEW."Department" OR OLD."TotalInvestment" IS NOT NEW."TotalInvestment" OR OLD."WithdrawnAtUtc" IS NOT NEW."WithdrawnAtUtc" """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE TABLE match_answer_totals (
                    "Department" TEXT NOT NULL, "ChannelId" TEXT NOT NULL, "Verdict" TEXT NOT NULL, "Readiness" TEXT NOT NULL,
                    "Timing" TEXT NOT NULL, "OpensOn" TEXT NOT NULL, "ClosesOn" TEXT NOT NULL,
                    "Projects" INTEGER NOT NULL, "Investment" INTEGER NOT NULL, "Amount" INTEGER NOT NULL,
                    PRIMARY KEY ({Key}))
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER match_answer_totals_insert AFTER INSERT ON match_results BEGIN
                {Share("+", "p", "NEW", "reserve_projects p", "p.\"Id\" = NEW.\"ProjectId\" AND p.\"WithdrawnAtUtc\" IS NULL")}
                END
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER match_answer_totals_delete AFTER DELETE ON match_results BEGIN
                {Share("-", "p", "OLD", "reserve_projects p", "p.\"Id\" = OLD.\"ProjectId\" AND p.\"WithdrawnAtUtc\" IS NULL")}
                END
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER match_answer_totals_update AFTER UPDATE ON match_results WHEN {AnswerChanged} BEGIN
                {Share("-", "p", "OLD", "reserve_projects p", "p.\"Id\" = OLD.\"ProjectId\" AND p.\"WithdrawnAtUtc\" IS NULL")}
                {Share("+", "p", "NEW", "reserve_projects p", "p.\"Id\" = NEW.\"ProjectId\" AND p.\"WithdrawnAtUtc\" IS NULL")}
                END
                """);
            // A project's own changes: its answers leave the old department/investment and join the new ones (OLD and
            // NEW stand for the project here; the answers are read by their key's first column).
            migrationBuilder.Sql($"""
                CREATE TRIGGER match_answer_totals_project_update AFTER UPDATE ON reserve_projects WHEN {ProjectChanged} BEGIN
                {Share("-", "OLD", "r", "match_results r", "r.\"ProjectId\" = OLD.\"Id\" AND OLD.\"WithdrawnAtUtc\" IS NULL")}
                {Share("+", "NEW", "r", "match_results r", "r.\"ProjectId\" = NEW.\"Id\" AND NEW.\"WithdrawnAtUtc\" IS NULL")}
                END
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER match_answer_totals_project_delete AFTER DELETE ON reserve_projects BEGIN
                {Share("-", "OLD", "r", "match_results r", "r.\"ProjectId\" = OLD.\"Id\" AND OLD.\"WithdrawnAtUtc\" IS NULL")}
                END
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER match_answer_totals_project_insert AFTER INSERT ON reserve_projects BEGIN
                {Share("+", "NEW", "r", "match_results r", "r.\"ProjectId\" = NEW.\"Id\" AND NEW.\"WithdrawnAtUtc\" IS NULL")}
                END
                """);
            // The answers stored before this migration, once.
            migrationBuilder.Sql($"""
                INSERT INTO match_answer_totals ({Key}, "Projects", "Investment", "Amount")
                SELECT p."Department", r."ChannelId", r."Verdict", r."Readiness", r."Timing", coalesce(r."OpensOn", ''), coalesce(r."ClosesOn", ''),
                       COUNT(*), SUM({Units("p.\"TotalInvestment\"")}), SUM({Units("r.\"Amount\"")})
                FROM match_results r JOIN reserve_projects p ON p."Id" = r."ProjectId"
                WHERE p."WithdrawnAtUtc" IS NULL
                GROUP BY p."Department", r."ChannelId", r."Verdict", r."Readiness", r."Timing", coalesce(r."OpensOn", ''), coalesce(r."ClosesOn", '')
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "insert", "delete", "update", "project_update", "project_delete", "project_insert" })
            {
                migrationBuilder.Sql($"DROP TRIGGER match_answer_totals_{trigger}");
            }
            migrationBuilder.Sql("DROP TABLE match_answer_totals");
        }
    }
}
