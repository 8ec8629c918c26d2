using Microsoft.EntityFrameworkCore;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Storage;

/// <summary>
/// The summaries' groups read from the counts kept on write (migration <c>ApprovalTotals</c>): a few thousand rows by
/// department, item and open due date, instead of grouping every record and joining every commitment. Only for a day
/// on or after every stored date (accepted, completed, commitment made or fulfilled) — today, as the pages ask — when
/// each record's state depends on the day only through its due date; for an earlier day (a summary "as of" the past)
/// the caller groups the records themselves (<see cref="ApprovalCounts.GroupsAsync"/>).
/// </summary>
internal static class ApprovalTotals
{
    /// <summary>One kept group, summed: the open ones split by their due date against the day.</summary>
    private sealed class Folded
    {
        public string Department { get; init; } = "";
        public string Item { get; init; } = "";
        public long Open { get; init; }
        public long OpenPastDue { get; init; }
        public long OnTime { get; init; }
        public long Late { get; init; }
    }

    /// <summary>The groups as of <paramref name="asOf"/>, or null when a stored date lies after it (the kept counts do not tell that day).</summary>
    public static async Task<ApprovalCounts.Groups?> GroupsAsync(ApprovalsDbContext db, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (await DatedAfterAsync(db, asOf, cancellationToken))
        {
            return null;
        }
        var states = (await FoldAsync(db, RecordsSql, asOf, cancellationToken)).Select(g => new ApprovalCounts.StateCounts
        {
            Department = g.Department,
            Item = Enum.Parse<PreWorkKind>(g.Item),
            Total = (int)(g.Open + g.OnTime + g.Late),
            InProgress = (int)(g.Open - g.OpenPastDue),
            Overdue = (int)g.OpenPastDue,
            OnTime = (int)g.OnTime,
            Late = (int)g.Late,
        }).ToList();
        var commitments = (await FoldAsync(db, CommitmentsSql, asOf, cancellationToken)).Select(g => new ApprovalCounts.CommitmentCounts
        {
            Department = g.Department,
            Item = Enum.Parse<PreWorkKind>(g.Item),
            Open = (int)(g.Open - g.OpenPastDue),
            Overdue = (int)g.OpenPastDue,
            Fulfilled = (int)g.OnTime,
            Late = (int)g.Late,
        }).ToList();
        return new ApprovalCounts.Groups(asOf, states, commitments);
    }

    /// <summary>Whether anything is dated after the day: four index seeks.</summary>
    private static async Task<bool> DatedAfterAsync(ApprovalsDbContext db, DateOnly asOf, CancellationToken cancellationToken) =>
        await db.Records.AnyAsync(r => r.AppliedOn > asOf, cancellationToken)
        || await db.Records.AnyAsync(r => r.CompletedOn > asOf, cancellationToken)
        || await db.Commitments.AnyAsync(c => c.MadeOn > asOf, cancellationToken)
        || await db.Commitments.AnyAsync(c => c.FulfilledOn > asOf, cancellationToken);

    private static readonly string RecordsSql = FoldSql("approvals_record_totals");
    private static readonly string CommitmentsSql = FoldSql("approvals_commitment_totals");

    // Groups whose rows all came to zero (everything moved away) are left out, as grouping the records would.
    private static string FoldSql(string table) => $$"""
        SELECT "Department", "Item", SUM("Open") AS "Open", SUM(CASE WHEN "OpenDueOn" < {0} THEN "Open" ELSE 0 END) AS "OpenPastDue",
               SUM("OnTime") AS "OnTime", SUM("Late") AS "Late"
        FROM {{table}} GROUP BY "Department", "Item" HAVING SUM("Open") + SUM("OnTime") + SUM("Late") <> 0
        """;

    private static Task<List<Folded>> FoldAsync(ApprovalsDbContext db, string sql, DateOnly asOf, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<Folded>(sql, asOf).ToListAsync(cancellationToken);
}
