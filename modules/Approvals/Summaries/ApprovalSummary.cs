using Reserve.Approvals.Records;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Summaries;

/// <summary>How summary rows are grouped.</summary>
public enum SummaryGrouping
{
    /// <summary>按项目所属部门.</summary>
    Department,
    /// <summary>按前期工作事项.</summary>
    Item,
}

/// <summary>One group's approvals and commitments, counted by state as of the summary's date.</summary>
public sealed record SummaryRow(
    string Group,
    int Total,
    int InProgress,
    int Overdue,
    int CompletedOnTime,
    int CompletedLate,
    int CommitmentsOpen,
    int CommitmentsOverdue,
    int CommitmentsFulfilled,
    int CommitmentsFulfilledLate);

/// <summary>Counts per group and in total; only records accepted on or before the date are counted.</summary>
public sealed record ApprovalSummary(DateOnly AsOf, SummaryGrouping Grouping, IReadOnlyList<SummaryRow> Rows, SummaryRow Total)
{
    public static ApprovalSummary Of(IEnumerable<ApprovalView> views, DateOnly asOf, SummaryGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(views);
        var counted = views.Where(v => v.Record.AppliedOn <= asOf).ToList();
        var rows = counted
            .GroupBy(v => grouping == SummaryGrouping.Item ? ZhNames<PreWorkKind>.Of(v.Record.Item) : v.Record.Department, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g))
            .OrderByDescending(r => r.Overdue + r.CommitmentsOverdue)
            .ThenByDescending(r => r.Total)
            .ThenBy(r => r.Group, StringComparer.Ordinal)
            .ToList();
        return new ApprovalSummary(asOf, grouping, rows, Row("合计", counted));
    }

    private static SummaryRow Row(string group, IEnumerable<ApprovalView> views)
    {
        var states = new int[4];
        var commitments = new int[4];
        var total = 0;
        foreach (var view in views)
        {
            total++;
            states[(int)view.State]++;
            foreach (var c in view.Commitments)
            {
                commitments[(int)c.State]++;
            }
        }
        return new SummaryRow(group, total,
            states[(int)ApprovalState.InProgress], states[(int)ApprovalState.Overdue], states[(int)ApprovalState.CompletedOnTime], states[(int)ApprovalState.CompletedLate],
            commitments[(int)CommitmentState.Open], commitments[(int)CommitmentState.Overdue], commitments[(int)CommitmentState.Fulfilled], commitments[(int)CommitmentState.FulfilledLate]);
    }
}
