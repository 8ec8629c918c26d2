using Reserve.Approvals.Summaries;

namespace Reserve.Approvals.Charts;

/// <summary>The approval dashboard's charts, from a summary.</summary>
public static class ApprovalCharts
{
    /// <summary>A stacked bar per group: approvals by state.</summary>
    public static ChartData States(ApprovalSummary summary) =>
        Stacked(summary, "审批事项办理情况", "件",
            ("办理中", r => r.InProgress), ("超时未办结", r => r.Overdue), ("按时办结", r => r.CompletedOnTime), ("超时办结", r => r.CompletedLate));

    /// <summary>A stacked bar per group: 容缺受理 and 先承诺后补办 commitments by state.</summary>
    public static ChartData Commitments(ApprovalSummary summary) =>
        Stacked(summary, "容缺受理及承诺事项", "项",
            ("待补办", r => r.CommitmentsOpen), ("逾期未补办", r => r.CommitmentsOverdue), ("已补办", r => r.CommitmentsFulfilled), ("逾期补办", r => r.CommitmentsFulfilledLate));

    private static ChartData Stacked(ApprovalSummary summary, string subject, string unit, params (string Name, Func<SummaryRow, int> Value)[] stacks)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var title = $"{(summary.Grouping == SummaryGrouping.Item ? "各事项" : "各部门")}{subject}（截至{summary.AsOf:yyyy-MM-dd}）";
        var series = stacks.Select(s => new ChartSeries(s.Name, summary.Rows.Select(r => (decimal?)s.Value(r)).ToList())).ToList();
        return new ChartData(title, unit, summary.Rows.Select(r => r.Group).ToList(), series);
    }
}
