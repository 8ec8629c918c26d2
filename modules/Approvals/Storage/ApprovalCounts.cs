using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Reserve.Approvals.Records;
using Reserve.Approvals.Summaries;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Storage;

/// <summary>
/// The summaries of 审批服务 as SQL aggregates over the stored due and completion dates: one GROUP BY for the
/// records' states and one for their commitments', however many records there are. The states are those of
/// <see cref="ApprovalView"/> (a record or commitment is read as of the date; the due date itself is still on time).
/// </summary>
internal static class ApprovalCounts
{
    private sealed class StateCounts<TKey>
    {
        public TKey Key { get; init; } = default!;
        public int Total { get; init; }
        public int InProgress { get; init; }
        public int Overdue { get; init; }
        public int OnTime { get; init; }
        public int Late { get; init; }
    }

    private sealed class CommitmentCounts<TKey>
    {
        public TKey Key { get; init; } = default!;
        public int Open { get; init; }
        public int Overdue { get; init; }
        public int Fulfilled { get; init; }
        public int Late { get; init; }
    }

    private sealed class CommitmentOf
    {
        public string Department { get; init; } = "";
        public PreWorkKind Item { get; init; }
        public DateOnly DueOn { get; init; }
        public DateOnly? FulfilledOn { get; init; }
    }

    public static async Task<ApprovalSummary> SummaryAsync(ApprovalsDbContext db, IQueryable<ApprovalRecord> scope, SummaryGrouping grouping, DateOnly asOf, CancellationToken cancellationToken)
    {
        var accepted = scope.Where(r => r.AppliedOn <= asOf);
        var commitments = accepted.SelectMany(r => r.Commitments.Where(c => c.MadeOn <= asOf),
            (r, c) => new CommitmentOf { Department = r.Department, Item = r.Item, DueOn = c.DueOn, FulfilledOn = c.FulfilledOn });
        return grouping == SummaryGrouping.Item
            ? Compose(await StatesAsync(accepted, r => r.Item, asOf, cancellationToken), await CommitmentsAsync(commitments, c => c.Item, asOf, cancellationToken), k => ZhNames<PreWorkKind>.Of(k), asOf, grouping)
            : Compose(await StatesAsync(accepted, r => r.Department, asOf, cancellationToken), await CommitmentsAsync(commitments, c => c.Department, asOf, cancellationToken), k => k, asOf, grouping);
    }

    private static Task<List<StateCounts<TKey>>> StatesAsync<TKey>(IQueryable<ApprovalRecord> records, Expression<Func<ApprovalRecord, TKey>> key, DateOnly asOf, CancellationToken cancellationToken) =>
        records.GroupBy(key).Select(g => new StateCounts<TKey>
        {
            Key = g.Key,
            Total = g.Count(),
            InProgress = g.Count(r => (r.CompletedOn == null || r.CompletedOn > asOf) && r.DueOn >= asOf),
            Overdue = g.Count(r => (r.CompletedOn == null || r.CompletedOn > asOf) && r.DueOn < asOf),
            OnTime = g.Count(r => r.CompletedOn <= asOf && r.CompletedOn <= r.DueOn),
            Late = g.Count(r => r.CompletedOn <= asOf && r.CompletedOn > r.DueOn),
        }).ToListAsync(cancellationToken);

    private static Task<List<CommitmentCounts<TKey>>> CommitmentsAsync<TKey>(IQueryable<CommitmentOf> commitments, Expression<Func<CommitmentOf, TKey>> key, DateOnly asOf, CancellationToken cancellationToken) =>
        commitments.GroupBy(key).Select(g => new CommitmentCounts<TKey>
        {
            Key = g.Key,
            Open = g.Count(c => (c.FulfilledOn == null || c.FulfilledOn > asOf) && c.DueOn >= asOf),
            Overdue = g.Count(c => (c.FulfilledOn == null || c.FulfilledOn > asOf) && c.DueOn < asOf),
            Fulfilled = g.Count(c => c.FulfilledOn <= asOf && c.FulfilledOn <= c.DueOn),
            Late = g.Count(c => c.FulfilledOn <= asOf && c.FulfilledOn > c.DueOn),
        }).ToListAsync(cancellationToken);

    private static ApprovalSummary Compose<TKey>(List<StateCounts<TKey>> states, List<CommitmentCounts<TKey>> commitments, Func<TKey, string> name, DateOnly asOf, SummaryGrouping grouping)
        where TKey : notnull
    {
        var byKey = commitments.ToDictionary(c => c.Key);
        var rows = states.Select(s =>
            {
                var c = byKey.GetValueOrDefault(s.Key);
                return new SummaryRow(name(s.Key), s.Total, s.InProgress, s.Overdue, s.OnTime, s.Late, c?.Open ?? 0, c?.Overdue ?? 0, c?.Fulfilled ?? 0, c?.Late ?? 0);
            })
            .OrderByDescending(r => r.Overdue + r.CommitmentsOverdue)
            .ThenByDescending(r => r.Total)
            .ThenBy(r => r.Group, StringComparer.Ordinal)
            .ToList();
        var total = new SummaryRow("合计", rows.Sum(r => r.Total), rows.Sum(r => r.InProgress), rows.Sum(r => r.Overdue), rows.Sum(r => r.CompletedOnTime), rows.Sum(r => r.CompletedLate),
            rows.Sum(r => r.CommitmentsOpen), rows.Sum(r => r.CommitmentsOverdue), rows.Sum(r => r.CommitmentsFulfilled), rows.Sum(r => r.CommitmentsFulfilledLate));
        return new ApprovalSummary(asOf, grouping, rows, total);
    }
}
