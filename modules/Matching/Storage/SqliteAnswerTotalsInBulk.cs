using Reserve.Persistence;

namespace Reserve.Matching.Storage;

/// <summary>
/// A store of many projects' answers on SQLite (a full re-match, the answers of a large import) keeps
/// <c>match_answer_totals</c> set-wise: the answer triggers (migration AnswerTotals) are set aside for the transaction,
/// each batch's projects' answers are taken out of the totals grouped before it is written and put back grouped after.
/// Row by row the triggers doubled the time of storing 2,000,000 answers (34.5 s to 71.3 s, BENCHMARKS.md §4): each
/// answer read its project and upserted one total; here a batch of 10,000 answers costs two grouped upserts. The shares
/// are the triggers' own (same join, same rounding to ten-thousandths, withdrawn projects left out), so the totals end
/// exactly where the triggers would have left them, and a rollback restores triggers and totals together.
/// </summary>
internal static class SqliteAnswerTotalsInBulk
{
    /// <summary>
    /// From this many projects in one store (one full batch, 10,000 answers). Setting the triggers aside and back costs
    /// a few milliseconds of schema writes, what a few hundred answers cost through the triggers; a re-match after an
    /// edit (one project, twenty answers) keeps them.
    /// </summary>
    public const int From = 500;

    public static readonly string[] Triggers = ["match_answer_totals_insert", "match_answer_totals_update", "match_answer_totals_delete"];

    private const string Key = "\"Department\", \"ChannelId\", \"Verdict\", \"Readiness\", \"Timing\", \"OpensOn\", \"ClosesOn\"";

    private static string Units(string value) => $"CAST(ROUND(CAST(coalesce({value}, 0) AS REAL) * 10000) AS INTEGER)";

    /// <summary>The signed shares of the stored answers of the projects in <c>@ids</c> (a JSON array), grouped by the totals' key.</summary>
    private static string Shares(string sign) => $"""
        INSERT INTO match_answer_totals ({Key}, "Projects", "Investment", "Amount")
        SELECT p."Department", r."ChannelId", r."Verdict", r."Readiness", r."Timing", coalesce(r."OpensOn", ''), coalesce(r."ClosesOn", ''),
               {sign}COUNT(*), {sign}SUM({Units("p.\"TotalInvestment\"")}), {sign}SUM({Units("r.\"Amount\"")})
        FROM match_results r JOIN reserve_projects p ON p."Id" = r."ProjectId"
        WHERE r."ProjectId" IN (SELECT value FROM json_each(@ids)) AND p."WithdrawnAtUtc" IS NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        ON CONFLICT ({Key}) DO UPDATE SET "Projects" = "Projects" + excluded."Projects",
            "Investment" = "Investment" + excluded."Investment", "Amount" = "Amount" + excluded."Amount"
        """;

    private static readonly string TakeOut = Shares("-");

    private static readonly string PutBack = Shares("");

    public static Task TakeOutAsync(MatchingDbContext db, IReadOnlyList<string> projectIds, CancellationToken cancellationToken) =>
        db.Database.ExecuteAsync(TakeOut, Ids(projectIds), cancellationToken);

    public static Task PutBackAsync(MatchingDbContext db, IReadOnlyList<string> projectIds, CancellationToken cancellationToken) =>
        db.Database.ExecuteAsync(PutBack, Ids(projectIds), cancellationToken);

    private static Dictionary<string, object?> Ids(IReadOnlyList<string> projectIds) =>
        new() { ["ids"] = System.Text.Json.JsonSerializer.Serialize(projectIds) };
}
