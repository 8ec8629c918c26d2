using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Reserve.Approvals.Records;
using Reserve.Approvals.Summaries;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Storage;

/// <summary>
/// The summaries of 审批服务 as SQL aggregates over the stored due and completion dates: one GROUP BY department
/// and item for the records' states and one for their commitments', however many records there are (a few
/// hundred groups come back). Every summary — by department or by item, of one department or all — is folded from
/// those groups. The states are those of <see cref="ApprovalView"/> (a record or commitment is read as of the date;
/// the due date itself is still on time).
/// </summary>
internal static class ApprovalCounts
{
    /// <summary>The records of one department and item accepted by the date, by state.</summary>
    internal sealed class StateCounts
    {
        public string Department { get; init; } = "";
        public PreWorkKind Item { get; init; }
        public int Total { get; init; }
        public int InProgress { get; init; }
        public int Overdue { get; init; }
        public int OnTime { get; init; }
        public int Late { get; init; }
    }

    /// <summary>The commitments made by the date on records of one department and item, by state.</summary>
    internal sealed class CommitmentCounts
    {
        public string Department { get; init; } = "";
        public PreWorkKind Item { get; init; }
        public int Open { get; init; }
        public int Overdue { get; init; }
        public int Fulfilled { get; init; }
        public int Late { get; init; }
    }

    /// <summary>Every department's and item's counts as of a date: what all summaries of that date are folded from.</summary>
    internal sealed record Groups(DateOnly AsOf, IReadOnlyList<StateCounts> States, IReadOnlyList<CommitmentCounts> Commitments)
    {
        // Folded once per kept snapshot, not on every request (the same groups serve every reader until the next change);
        // only for all departments or one that has records, so what readers type cannot grow it.
        private readonly ConcurrentDictionary<(SummaryGrouping Grouping, string? Department), ApprovalSummary> _summaries = new();

        /// <summary>The summary of one department (or all, null) grouped by department or item.</summary>
        public ApprovalSummary SummaryOf(SummaryGrouping grouping, string? department) =>
            department is null || States.Any(s => s.Department == department)
                ? _summaries.GetOrAdd((grouping, department), key => Summary(this, key.Grouping, key.Department))
                : Summary(this, grouping, department);
    }

    private sealed class CommitmentOf
    {
        public string Department { get; init; } = "";
        public PreWorkKind Item { get; init; }
        public DateOnly DueOn { get; init; }
        public DateOnly? FulfilledOn { get; init; }
    }

    public static async Task<Groups> GroupsAsync(ApprovalsDbContext db, DateOnly asOf, CancellationToken cancellationToken)
    {
        var accepted = db.Records.AsNoTracking().Where(r => r.AppliedOn <= asOf);
        var states = await accepted.GroupBy(r => new { r.Department, r.Item }).Select(g => new StateCounts
        {
            Department = g.Key.Department,
            Item = g.Key.Item,
            Total = g.Count(),
            InProgress = g.Count(r => (r.CompletedOn == null || r.CompletedOn > asOf) && r.DueOn >= asOf),
            Overdue = g.Count(r => (r.CompletedOn == null || r.CompletedOn > asOf) && r.DueOn < asOf),
            OnTime = g.Count(r => r.CompletedOn <= asOf && r.CompletedOn <= r.DueOn),
            Late = g.Count(r => r.CompletedOn <= asOf && r.CompletedOn > r.DueOn),
        }).ToListAsync(cancellationToken);
        var commitments = await accepted
            .SelectMany(r => r.Commitments.Where(c => c.MadeOn <= asOf),
                (r, c) => new CommitmentOf { Department = r.Department, Item = r.Item, DueOn = c.DueOn, FulfilledOn = c.FulfilledOn })
            .GroupBy(c => new { c.Department, c.Item }).Select(g => new CommitmentCounts
            {
                Department = g.Key.Department,
                Item = g.Key.Item,
                Open = g.Count(c => (c.FulfilledOn == null || c.FulfilledOn > asOf) && c.DueOn >= asOf),
                Overdue = g.Count(c => (c.FulfilledOn == null || c.FulfilledOn > asOf) && c.DueOn < asOf),
                Fulfilled = g.Count(c => c.FulfilledOn <= asOf && c.FulfilledOn <= c.DueOn),
                Late = g.Count(c => c.FulfilledOn <= asOf && c.FulfilledOn > c.DueOn),
            }).ToListAsync(cancellationToken);
        return new Groups(asOf, states, commitments);
    }

    /// <summary>The summary of one department (or all, null) grouped by department or item, folded from <paramref name="groups"/>.</summary>
    public static ApprovalSummary Summary(Groups groups, SummaryGrouping grouping, string? department)
    {
        Func<string, PreWorkKind, string> name = grouping == SummaryGrouping.Item ? (_, item) => ZhNames<PreWorkKind>.Of(item) : (d, _) => d;
        var states = groups.States.Where(s => department is null || s.Department == department);
        var commitments = groups.Commitments.Where(c => department is null || c.Department == department)
            .GroupBy(c => name(c.Department, c.Item), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Open: g.Sum(c => c.Open), Overdue: g.Sum(c => c.Overdue), Fulfilled: g.Sum(c => c.Fulfilled), Late: g.Sum(c => c.Late)), StringComparer.Ordinal);
        var rows = states.GroupBy(s => name(s.Department, s.Item), StringComparer.Ordinal)
            .Select(g =>
            {
                var c = commitments.GetValueOrDefault(g.Key);
                return new SummaryRow(g.Key, g.Sum(s => s.Total), g.Sum(s => s.InProgress), g.Sum(s => s.Overdue), g.Sum(s => s.OnTime), g.Sum(s => s.Late),
                    c.Open, c.Overdue, c.Fulfilled, c.Late);
            })
            .OrderByDescending(r => r.Overdue + r.CommitmentsOverdue)
            .ThenByDescending(r => r.Total)
            .ThenBy(r => r.Group, StringComparer.Ordinal)
            .ToList();
        var total = new SummaryRow("合计", rows.Sum(r => r.Total), rows.Sum(r => r.InProgress), rows.Sum(r => r.Overdue), rows.Sum(r => r.CompletedOnTime), rows.Sum(r => r.CompletedLate),
            rows.Sum(r => r.CommitmentsOpen), rows.Sum(r => r.CommitmentsOverdue), rows.Sum(r => r.CommitmentsFulfilled), rows.Sum(r => r.CommitmentsFulfilledLate));
        return new ApprovalSummary(groups.AsOf, grouping, rows, total);
    }
}
