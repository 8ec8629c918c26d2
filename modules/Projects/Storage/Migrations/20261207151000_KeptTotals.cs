using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Projects.Storage.Migrations
{
    /// <summary>
    /// The reserve's totals kept on write: per department and 领域 (<c>reserve_totals_fields</c>) and per department and
    /// computed 两新一重 tag, '' for a project with none (<c>reserve_totals_tags</c>). Grouping 100,000 projects after each
    /// change took seconds, and the first request after it waited. Withdrawn projects count nowhere. Money in
    /// ten-thousandths as integers (the columns' scale is 4; SQLite keeps decimals as text and would add them as doubles),
    /// exact below 9×10¹¹ 万元. The SQLite row triggers skip an update that changes none of the counted columns.
    /// </summary>
    internal partial class KeptTotals : Migration
    {
        private const string System = "%（系统）";

        private static string Units(string value) => $"CAST(ROUND(CAST(coalesce({value}, 0) AS REAL) * 10000) AS INTEGER)";

        private static string Sums(string sign, string row) =>
            $"""{sign}1, {sign}{Units($"{row}.\"TotalInvestment\"")}, {sign}{Units($"{row}.\"AnnualPlan\"")}""";

        private const string Add =
            """DO UPDATE SET "Projects" = "Projects" + excluded."Projects", "Investment" = "Investment" + excluded."Investment", "AnnualPlan" = "AnnualPlan" + excluded."AnnualPlan";""";

        // One project's share, signed, in both tables (row is NEW or OLD).
        private static string Share(string sign, string row) => $"""
            INSERT INTO reserve_totals_fields ("Department", "Field", "Projects", "Investment", "AnnualPlan")
            SELECT {row}."Department", coalesce({row}."Field", ''), {Sums(sign, row)} WHERE {row}."WithdrawnAtUtc" IS NULL
            ON CONFLICT ("Department", "Field") {Add}
            INSERT INTO reserve_totals_tags ("Department", "Tag", "Projects", "Investment", "AnnualPlan")
            SELECT {row}."Department", t.value, {Sums(sign, row)} FROM json_each({row}."Tags") t WHERE t.value LIKE '{System}' AND {row}."WithdrawnAtUtc" IS NULL
            ON CONFLICT ("Department", "Tag") {Add}
            INSERT INTO reserve_totals_tags ("Department", "Tag", "Projects", "Investment", "AnnualPlan")
            SELECT {row}."Department", '', {Sums(sign, row)}
            WHERE {row}."WithdrawnAtUtc" IS NULL AND NOT EXISTS (SELECT 1 FROM json_each({row}."Tags") t WHERE t.value LIKE '{System}')
            ON CONFLICT ("Department", "Tag") {Add}
            """;

        private const string Changed =
            """OLD."Department" IS NOT NEW."Department" OR OLD."Field" IS NOT NEW."Field" OR OLD."TotalInvestment" IS NOT NEW."TotalInvestment" OR OLD."AnnualPlan" IS NOT NEW."AnnualPlan" OR OLD."Tags" IS NOT NEW."Tags" OR OLD."WithdrawnAtUtc" IS NOT NEW."WithdrawnAtUtc" """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE reserve_totals_fields ("Department" TEXT NOT NULL, "Field" TEXT NOT NULL, "Projects" INTEGER NOT NULL,
                    "Investment" INTEGER NOT NULL, "AnnualPlan" INTEGER NOT NULL, PRIMARY KEY ("Department", "Field"))
                """);
            migrationBuilder.Sql("""
                CREATE TABLE reserve_totals_tags ("Department" TEXT NOT NULL, "Tag" TEXT NOT NULL, "Projects" INTEGER NOT NULL,
                    "Investment" INTEGER NOT NULL, "AnnualPlan" INTEGER NOT NULL, PRIMARY KEY ("Department", "Tag"))
                """);
            migrationBuilder.Sql($"CREATE TRIGGER reserve_totals_insert AFTER INSERT ON reserve_projects BEGIN {Share("+", "NEW")} END");
            migrationBuilder.Sql($"CREATE TRIGGER reserve_totals_delete AFTER DELETE ON reserve_projects BEGIN {Share("-", "OLD")} END");
            migrationBuilder.Sql($"CREATE TRIGGER reserve_totals_update AFTER UPDATE ON reserve_projects WHEN {Changed} BEGIN {Share("-", "OLD")} {Share("+", "NEW")} END");
            // The projects stored before this migration, once.
            migrationBuilder.Sql($"""
                INSERT INTO reserve_totals_fields ("Department", "Field", "Projects", "Investment", "AnnualPlan")
                SELECT p."Department", coalesce(p."Field", ''), COUNT(*), SUM({Units("p.\"TotalInvestment\"")}), SUM({Units("p.\"AnnualPlan\"")})
                FROM reserve_projects p WHERE p."WithdrawnAtUtc" IS NULL GROUP BY p."Department", coalesce(p."Field", '')
                """);
            migrationBuilder.Sql($"""
                INSERT INTO reserve_totals_tags ("Department", "Tag", "Projects", "Investment", "AnnualPlan")
                SELECT p."Department", t.value, COUNT(*), SUM({Units("p.\"TotalInvestment\"")}), SUM({Units("p.\"AnnualPlan\"")})
                FROM reserve_projects p CROSS JOIN json_each(p."Tags") t WHERE t.value LIKE '{System}' AND p."WithdrawnAtUtc" IS NULL
                GROUP BY p."Department", t.value
                """);
            migrationBuilder.Sql($"""
                INSERT INTO reserve_totals_tags ("Department", "Tag", "Projects", "Investment", "AnnualPlan")
                SELECT p."Department", '', COUNT(*), SUM({Units("p.\"TotalInvestment\"")}), SUM({Units("p.\"AnnualPlan\"")})
                FROM reserve_projects p WHERE p."WithdrawnAtUtc" IS NULL AND NOT EXISTS (SELECT 1 FROM json_each(p."Tags") t WHERE t.value LIKE '{System}')
                GROUP BY p."Department"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER reserve_totals_insert");
            migrationBuilder.Sql("DROP TRIGGER reserve_totals_delete");
            migrationBuilder.Sql("DROP TRIGGER reserve_totals_update");
            migrationBuilder.Sql("DROP TABLE reserve_totals_tags");
            migrationBuilder.Sql("DROP TABLE reserve_totals_fields");
        }
    }
}
