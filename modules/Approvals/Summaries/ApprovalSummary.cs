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
public sealed record ApprovalSummary(DateOnly AsOf, SummaryGrouping Grouping, IReadOnlyList<SummaryRow> Rows, SummaryRow Total);
