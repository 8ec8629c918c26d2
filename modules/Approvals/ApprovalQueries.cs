using Reserve.Approvals.Records;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals;

/// <summary>One change a user made: who, when, what, and the JSON before and after.</summary>
public sealed record ApprovalAuditEntry(long Id, string Entity, string EntityKey, string Action, string User, DateTime AtUtc, string? Before, string? After);

/// <summary>Which records to list; <see cref="FlaggedOnly"/> keeps those past their limit or with an overdue commitment.</summary>
public sealed record ApprovalQuery(
    string? ProjectId = null,
    string? Department = null,
    PreWorkKind? Item = null,
    bool FlaggedOnly = false,
    int Skip = 0,
    int Take = 50);

/// <summary>A pre-work item of a project, and its approval record when one is kept.</summary>
public sealed record PreWorkCandidate(PreWorkItem Item, ApprovalView? Approval);

/// <summary>What is flagged on a date: approvals past their limit, and commitments past their due date.</summary>
public sealed record ApprovalFlags(DateOnly AsOf, IReadOnlyList<ApprovalView> OverdueApprovals, IReadOnlyList<(ApprovalView Approval, CommitmentView Commitment)> OverdueCommitments);
