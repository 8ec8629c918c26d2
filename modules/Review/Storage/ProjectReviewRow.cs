namespace Reserve.Review.Storage;

internal sealed class ProjectReviewRow
{
    public string ProjectId { get; set; } = "";
    public string Department { get; set; } = "";
    public ProjectReviewStatus Status { get; set; }
    public string? Reason { get; set; }
    public string Reviewer { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public int Version { get; set; }

    public ProjectReview ToReview() => new(ProjectId, Department, Status, Reason, Reviewer, AtUtc);
}
