using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Projects.Storage.Migrations.Postgres
{
    /// <summary>
    /// The reserve's totals kept on write (the SQLite migration of the same name says why). Statement triggers see a
    /// statement's rows at once (transition tables), so an import of 10,000 projects costs one grouped upsert per table;
    /// an update whose rows change none of the counted columns is left out. Rows are taken in key order.
    /// </summary>
    internal partial class KeptTotals : Migration
    {
        private const string System = "%（系统）";

        private static string Units(string value) => $"round(coalesce({value}, 0) * 10000)::bigint";

        private static string Sums(string sign) =>
            $"""{sign}COUNT(*), {sign}SUM({Units("p.\"TotalInvestment\"")}), {sign}SUM({Units("p.\"AnnualPlan\"")})""";

        private const string Add =
            """DO UPDATE SET "Projects" = t."Projects" + excluded."Projects", "Investment" = t."Investment" + excluded."Investment", "AnnualPlan" = t."AnnualPlan" + excluded."AnnualPlan";""";

        // The signed shares of the projects in `projects` (p), in both tables.
        private static string Shares(string sign, string projects) => $"""
            INSERT INTO reserve_totals_fields AS t ("Department", "Field", "Projects", "Investment", "AnnualPlan")
            SELECT p."Department", coalesce(p."Field", ''), {Sums(sign)} FROM {projects} p WHERE p."WithdrawnAtUtc" IS NULL
            GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT ("Department", "Field") {Add}
            INSERT INTO reserve_totals_tags AS t ("Department", "Tag", "Projects", "Investment", "AnnualPlan")
            SELECT p."Department", g.value, {Sums(sign)} FROM {projects} p CROSS JOIN json_array_elements_text(p."Tags") AS g(value)
            WHERE g.value LIKE '{System}' AND p."WithdrawnAtUtc" IS NULL
            GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT ("Department", "Tag") {Add}
            INSERT INTO reserve_totals_tags AS t ("Department", "Tag", "Projects", "Investment", "AnnualPlan")
            SELECT p."Department", '', {Sums(sign)} FROM {projects} p
            WHERE p."WithdrawnAtUtc" IS NULL AND NOT EXISTS (SELECT 1 FROM json_array_elements_text(p."Tags") AS g(value) WHERE g.value LIKE '{System}')
            GROUP BY 1 ORDER BY 1
            ON CONFLICT ("Department", "Tag") {Add}
            """;

        private static string Function(string name, string body) => $"""
            CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
            {body}
            RETURN NULL;
            END
            $body$
            """;

        private static string Trigger(string name, string timing, string referencing) =>
            $"CREATE TRIGGER {name} AFTER {timing} ON reserve_projects REFERENCING {referencing} FOR EACH STATEMENT EXECUTE FUNCTION {name}()";

        // The rows of an update whose counted columns changed, before (b) or after (a) it (json compared as text).
        private static string Changed(string side) =>
            $"""(SELECT {side}.* FROM before_rows b JOIN after_rows a ON a."Id" = b."Id" WHERE (a."Department", a."Field", a."TotalInvestment", a."AnnualPlan", a."Tags"::text, a."WithdrawnAtUtc") IS DISTINCT FROM (b."Department", b."Field", b."TotalInvestment", b."AnnualPlan", b."Tags"::text, b."WithdrawnAtUtc"))""";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE reserve_totals_fields ("Department" text NOT NULL, "Field" text NOT NULL, "Projects" integer NOT NULL,
                    "Investment" bigint NOT NULL, "AnnualPlan" bigint NOT NULL, PRIMARY KEY ("Department", "Field"))
                """);
            migrationBuilder.Sql("""
                CREATE TABLE reserve_totals_tags ("Department" text NOT NULL, "Tag" text NOT NULL, "Projects" integer NOT NULL,
                    "Investment" bigint NOT NULL, "AnnualPlan" bigint NOT NULL, PRIMARY KEY ("Department", "Tag"))
                """);
            migrationBuilder.Sql(Function("reserve_totals_insert", Shares("+", "new_rows")));
            migrationBuilder.Sql(Trigger("reserve_totals_insert", "INSERT", "NEW TABLE AS new_rows"));
            migrationBuilder.Sql(Function("reserve_totals_delete", Shares("-", "old_rows")));
            migrationBuilder.Sql(Trigger("reserve_totals_delete", "DELETE", "OLD TABLE AS old_rows"));
            migrationBuilder.Sql(Function("reserve_totals_update", Shares("-", Changed("b")) + "\n" + Shares("+", Changed("a"))));
            migrationBuilder.Sql(Trigger("reserve_totals_update", "UPDATE", "OLD TABLE AS before_rows NEW TABLE AS after_rows"));
            // The projects stored before this migration, once.
            migrationBuilder.Sql(Shares("", "reserve_projects"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "insert", "delete", "update" })
            {
                migrationBuilder.Sql($"DROP TRIGGER reserve_totals_{trigger} ON reserve_projects");
                migrationBuilder.Sql($"DROP FUNCTION reserve_totals_{trigger}()");
            }
            migrationBuilder.Sql("DROP TABLE reserve_totals_tags");
            migrationBuilder.Sql("DROP TABLE reserve_totals_fields");
        }
    }
}
