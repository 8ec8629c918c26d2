using Reserve.Approvals.Records;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals;

/// <summary>One change a user made: who, when, what, and the JSON before and after.</summary>
public sealed record ApprovalAuditEntry(long Id, string Entity, string EntityKey, string Action, string User, DateTime AtUtc, string? Before, string? After);

/// <summary>
/// Which records to list, one page of them; <see cref="FlaggedOnly"/> keeps those past their limit or with an
/// overdue commitment (then the most overdue come first, otherwise the latest opened). <see cref="Text"/> keeps
/// the records whose project name or 储备编号 contains it, or whose pre-work item's name does (项目名称、编号或事项名称).
/// </summary>
public sealed record ApprovalQuery(
    string? ProjectId = null,
    string? Department = null,
    PreWorkKind? Item = null,
    bool FlaggedOnly = false,
    int Skip = 0,
    int Take = 50,
    long? JointReviewId = null,
    string? Text = null);

/// <summary>One page of records and how many match in all.</summary>
public sealed record ApprovalPage(IReadOnlyList<ApprovalView> Records, int Total);

/// <summary>A page of records with the summaries of the same department (the /approvals page).</summary>
public sealed record ApprovalOverview(ApprovalPage Page, Summaries.ApprovalSummary ByDepartment, Summaries.ApprovalSummary ByItem);

/// <summary>A pre-work item of a project, and its approval record when one is kept.</summary>
public sealed record PreWorkCandidate(PreWorkItem Item, ApprovalView? Approval);

/// <summary>A reserve project as 审批服务 sees it: its name, its department (whose clerks may open its records), and its pre-work items.</summary>
public sealed record ApprovalProject(string Id, string Name, string Department, IReadOnlyList<PreWorkCandidate> Items);

/// <summary>What is flagged on a date: approvals past their limit, and commitments past their due date (the most overdue first, at most 500 of each).</summary>
public sealed record ApprovalFlags(DateOnly AsOf, IReadOnlyList<ApprovalView> OverdueApprovals, IReadOnlyList<(ApprovalView Approval, CommitmentView Commitment)> OverdueCommitments);

/// <summary>
/// An approval in hand near or past its due date, for reminders: <see cref="DaysLeft"/> is the calendar days from
/// the as-of date to the due date (0 on the due date, negative once past it).
/// </summary>
public sealed record ApprovalDue(long Id, string ProjectId, string ProjectName, string Department, PreWorkKind Item, DateOnly AppliedOn, DateOnly DueOn, int DaysLeft, long? JointReviewId)
{
    public bool Overdue => DaysLeft < 0;
}
