namespace Reserve.Review;

/// <summary>One step of the review, for the audit view: a submission moving, or a project accepted or returned.</summary>
public sealed record ReviewEvent(long Id, int Year, string Department, string? ProjectId, string Action, string? Reason, string Actor, DateTime AtUtc);
