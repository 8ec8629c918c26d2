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

    /// <summary>The projects whose current decision is 已受理 and that were accepted in that reserve year's review, ordered by id.</summary>
    Task<IReadOnlyList<string>> AcceptedProjectsAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records (or replaces) the government's decision on a year's list, with a review event. Refused with every
    /// problem in Chinese when the decision is incomplete or contradicts the accepted list, or when someone else
    /// recorded one since <see cref="GovernmentDecisionInput.ExpectedVersion"/>; nothing is stored then.
    /// The caller checks that the added projects exist.
    /// </summary>
    Task<ReviewOutcome> RecordDecisionAsync(GovernmentDecisionInput input, string actor, CancellationToken cancellationToken = default);

    Task<GovernmentDecision?> DecisionAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>The project's place in the latest decision that names it (approved, removed or added), if any.</summary>
    Task<ProjectDecision?> ProjectDecisionAsync(string projectId, CancellationToken cancellationToken = default);

    /// <summary>The same for many projects at once (a page of a list).</summary>
    Task<IReadOnlyDictionary<string, ProjectDecision>> ProjectDecisionsAsync(IReadOnlyCollection<string> projectIds, CancellationToken cancellationToken = default);
}
