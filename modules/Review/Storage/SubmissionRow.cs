namespace Reserve.Review.Storage;

internal sealed class SubmissionRow
{
    public int Year { get; set; }
    public string Department { get; set; } = "";
    public SubmissionStatus Status { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }
    public string? SubmittedBy { get; set; }
    public string? ReturnReason { get; set; }
    public DateTime? UpdatedAtUtc { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }

    public DepartmentSubmission ToSubmission() => new(Year, Department, Status, SubmittedAtUtc, SubmittedBy, ReturnReason, UpdatedAtUtc, UpdatedBy);
}
