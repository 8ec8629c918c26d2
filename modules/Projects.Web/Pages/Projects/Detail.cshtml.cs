using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Accounts;
using Reserve.Channels;
using Reserve.WebKit.Security;
using Reserve.Matching;
using Reserve.Projects;
using Reserve.Review;
using Reserve.Sdk.Channels;

namespace Reserve.Projects.Web.Pages.Projects;

/// <summary>
/// One project: its record, its channels ranked with every rule's reason and what is missing, its
/// documents, its review and its change history. Reviewers accept or return it here.
/// </summary>
[Authorize(Policy = Policies.ReadReserve)]
internal sealed class DetailModel(ProjectAccess access, IMatchResults results, IReview review, IProjectReserve reserve, ChannelCatalog catalog,
    Reserve.Documents.Web.DocumentService documents, Reserve.Planning.NearMissFinder nearMisses, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Reason { get; set; }

    public StoredProject Project { get; private set; } = null!;
    public IReadOnlyList<MatchResult> Matches { get; private set; } = [];
    public ProjectReview? Review { get; private set; }
    public ProjectDecision? Decision { get; private set; }
    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    /// <summary>怎样才能符合: the cheapest verified changes that make a channel fit, as of the stored results' date.</summary>
    public IReadOnlyList<Reserve.Planning.NearMiss> NearMisses { get; private set; } = [];
    public bool MayEdit { get; private set; }
    public bool IsReviewer => User.Role() == Role.Reviewer;
    public string? Problem { get; private set; }

    public IReadOnlyList<TemplateDescriptor> TemplatesOf(string channelId) => catalog.Find(channelId)?.Definition.Templates ?? [];

    /// <summary>A channel the project does not fit (or whose evaluation failed) gets no application document.</summary>
    public static bool DocumentMakesSense(MatchResult match) => match.Verdict is MatchVerdict.Eligible or MatchVerdict.NeedsInformation;

    /// <summary>Null when the 正式稿 can be made; otherwise what is missing for it.</summary>
    public IReadOnlyList<string>? FinalProblems(MatchResult match, TemplateDescriptor template) =>
        documents.FinalProblems(Project.Record, match.ChannelId, template, match, HttpContext.RequestAborted);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostAcceptAsync(string id, CancellationToken cancellationToken) =>
        DecideAsync(id, ProjectReviewStatus.Accepted, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(string id, CancellationToken cancellationToken) =>
        DecideAsync(id, ProjectReviewStatus.Returned, cancellationToken);

    private async Task<IActionResult> DecideAsync(string id, ProjectReviewStatus decision, CancellationToken cancellationToken)
    {
        if (!IsReviewer)
        {
            return Forbid();
        }
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }
        var outcome = await review.DecideAsync(access.ReserveYear, id, Project.Record.Department, decision, Reason, User.AuditName(), cancellationToken);
        if (!outcome.Succeeded)
        {
            Problem = outcome.Problem;
            return Page();
        }
        TempData["Flash"] = decision == ProjectReviewStatus.Accepted ? "已受理该项目" : "已退回该项目，部门可修改后重新报审";
        return Redirect($"/projects/{id}");
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var read = await access.ReadAsync(User, id, cancellationToken);
        if (read.Project is null)
        {
            return this.Refuse(read.Status, read.Problem!);
        }
        Project = read.Project;
        Matches = Rank(await results.ForProjectAsync(id, cancellationToken));
        Review = await review.ReviewOfAsync(id, cancellationToken);
        Decision = await review.ProjectDecisionAsync(id, cancellationToken);
        Audit = await reserve.AuditAsync(id, cancellationToken);
        NearMisses = nearMisses.Find(Project.Record, Matches.FirstOrDefault()?.AsOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        MayEdit = User.Role() == Role.DepartmentClerk && await access.EditProblemAsync(User, Project.Record, Project.Record, cancellationToken) is null;
        return null;
    }

    /// <summary>Channels that fit first, then those that need information, then the rest; by score within each.</summary>
    public static IReadOnlyList<MatchResult> Rank(IEnumerable<MatchResult> matches) =>
        matches.OrderBy(m => m.Verdict switch
            {
                MatchVerdict.Eligible => 0,
                MatchVerdict.Unconfirmed => 1,
                MatchVerdict.NeedsInformation => 2,
                MatchVerdict.Ineligible => 3,
                _ => 4,
            })
            .ThenByDescending(m => m.Score)
            .ThenBy(m => m.ChannelName, StringComparer.Ordinal)
            .ToList();
}
