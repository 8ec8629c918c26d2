namespace Reserve.Review;

/// <summary>The latest review decision on one project.</summary>
public sealed record ProjectReview(string ProjectId, string Department, ProjectReviewStatus Status, string? Reason, string Reviewer, DateTime AtUtc);
