using Reserve.Approvals.Summaries;

namespace Reserve.Approvals.Charts;

/// <summary>The approval dashboard's charts, from a summary.</summary>
public static class ApprovalCharts
{
    /// <summary>A stacked bar per group: approvals by state.</summary>
    public static ChartData States(ApprovalSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new ChartData($"{Title(summary.Grouping)}审批事项办理情况（截至{summary.AsOf:yyyy-MM-dd}）", "件", Groups(summary),
        [
            Series("办理中", summary, r => r.InProgress),
            Series("超时未办结", summary, r => r.Overdue),
            Series("按时办结", summary, r => r.CompletedOnTime),
            Series("超时办结", summary, r => r.CompletedLate),
        ]);
    }

    /// <summary>A stacked bar per group: 容缺受理 and 先承诺后补办 commitments by state.</summary>
    public static ChartData Commitments(ApprovalSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new ChartData($"{Title(summary.Grouping)}容缺受理及承诺事项（截至{summary.AsOf:yyyy-MM-dd}）", "项", Groups(summary),
        [
            Series("待补办", summary, r => r.CommitmentsOpen),
            Series("逾期未补办", summary, r => r.CommitmentsOverdue),
            Series("已补办", summary, r => r.CommitmentsFulfilled),
            Series("逾期补办", summary, r => r.CommitmentsFulfilledLate),
        ]);
    }

    private static string Title(SummaryGrouping grouping) => grouping == SummaryGrouping.Item ? "各事项" : "各部门";

    private static List<string> Groups(ApprovalSummary summary) => summary.Rows.Select(r => r.Group).ToList();

    private static ChartSeries Series(string name, ApprovalSummary summary, Func<SummaryRow, int> value) =>
        new(name, summary.Rows.Select(r => (decimal?)value(r)).ToList());
}
