namespace Reserve.Review;

/// <summary>The public face of the review: department submissions and project decisions, each step recorded.</summary>
public interface IReview
{
    /// <summary>One entry per department named (a department that never acted is a 草稿).</summary>
    Task<IReadOnlyList<DepartmentSubmission>> SubmissionsAsync(int year, IReadOnlyList<string> departments, CancellationToken cancellationToken = default);

    Task<DepartmentSubmission> SubmissionAsync(int year, string department, CancellationToken cancellationToken = default);

    /// <summary>Moves a department's list (submit, return with a reason, aggregate, report). A return needs a reason.</summary>
    Task<ReviewOutcome> MoveAsync(int year, string department, SubmissionStatus to, string? reason, string actor, CancellationToken cancellationToken = default);

    /// <summary>Accepts or returns one project. A return needs a reason.</summary>
    Task<ReviewOutcome> DecideAsync(int year, string projectId, string department, ProjectReviewStatus decision, string? reason, string reviewer, CancellationToken cancellationToken = default);

    /// <summary>A department changed a returned project: it goes back to 待审核.</summary>
    Task MarkRevisedAsync(int year, string projectId, string department, string actor, CancellationToken cancellationToken = default);

    Task<ProjectReview?> ReviewOfAsync(string projectId, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, ProjectReview>> ReviewsOfAsync(IReadOnlyCollection<string> projectIds, CancellationToken cancellationToken = default);

    /// <summary>Whether a department may change this project now: its list is a draft or returned, or the project itself was returned.</summary>
    Task<bool> DepartmentMayEditAsync(int year, string department, string? projectId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReviewEvent>> EventsAsync(string? department, int take, CancellationToken cancellationToken = default);
}
