using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reserve.Projects.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ShortWordSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Words of one or two characters ("老旧", the commonest Chinese search) give pg_trgm no trigram to look up, so
            // they scanned the table. This GIN index holds every character and every pair of characters of the searched
            // text (lower-cased as ILIKE compares), so such a word is one index lookup. Pairs that start at a space (the
            // columns' separator, never part of a search word) are left out.
            migrationBuilder.Sql("""
                CREATE FUNCTION reserve_search_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
                    SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
                        SELECT lower(substr(t, i, 2)) AS g FROM generate_series(1, length(t)) AS i WHERE substr(t, i, 1) <> ' '
                        UNION ALL
                        SELECT lower(substr(t, i, 1)) FROM generate_series(1, length(t)) AS i WHERE substr(t, i, 1) <> ' '
                    ) grams
                $$
                """);
            // The expression is ProjectListQuery.PostgresGrams: a query uses the index only with this exact text.
            migrationBuilder.Sql("""CREATE INDEX "IX_reserve_projects_grams" ON reserve_projects USING gin (reserve_search_grams("Name" || ' ' || "Unit" || ' ' || coalesce("Code", '') || ' ' || "Id" || ' ' || "Scale"))""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_reserve_projects_grams" """);
            migrationBuilder.Sql("DROP FUNCTION reserve_search_grams(text)");
        }
    }
}
