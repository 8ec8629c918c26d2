using Reserve.Approvals.Limits;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Records;

/// <summary>One item of a joint review as entered: which item, its approving department and its limit (as for a single record).</summary>
public sealed record JointReviewItem
{
    public PreWorkKind Item { get; init; }
    public string? Authority { get; init; }
    public LimitBasis Basis { get; init; } = LimitBasis.Promised;
    public string? StatutoryLimitId { get; init; }
    public int LimitDays { get; init; }
    public DayCounting Counting { get; init; } = DayCounting.WorkingDays;
}

/// <summary>What a user enters to open a 联审联批 / 多评合一 joint review: the project, one acceptance date, and two or more items.</summary>
public sealed record JointReviewDraft
{
    public JointReviewKind Kind { get; init; }
    public string ProjectId { get; init; } = "";
    public string? LeadAuthority { get; init; }
    public DateOnly AppliedOn { get; init; }
    public bool Remote { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<JointReviewItem> Items { get; init; } = [];
}

/// <summary>A change to a joint review as a whole.</summary>
public sealed record JointReviewChange(DateOnly AppliedOn, DateOnly? CompletedOn, string? LeadAuthority, bool Remote, string? Note);

/// <summary>A joint review read as of a date: its state against its one due date, and each item's record.</summary>
public sealed record JointReviewView(JointReview Review, int Version, DateOnly AsOf, ApprovalState State, int DaysPast, IReadOnlyList<ApprovalView> Items)
{
    public string DueText => JointReviewRule.Text;
}
