namespace Reserve.Review;

/// <summary>A department's reserve list for one reserve year, and when and by whom it last moved.</summary>
public sealed record DepartmentSubmission(
    int Year,
    string Department,
    SubmissionStatus Status,
    DateTime? SubmittedAtUtc,
    string? SubmittedBy,
    string? ReturnReason,
    DateTime? UpdatedAtUtc,
    string? UpdatedBy)
{
    /// <summary>Submitted (at least once) after the deadline's end of day, or still not submitted once it has passed.</summary>
    public bool IsLate(DateOnly deadline, DateOnly today) =>
        SubmittedAtUtc is { } at ? DateOnly.FromDateTime(at.ToLocalTime()) > deadline : today > deadline;
}
