using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Accounts;
using Reserve.Review.Web.Submissions;
using Reserve.Review;

namespace Reserve.Review.Web.Pages;

/// <summary>
/// 报送情况: reviewers follow every department's list against the deadline and move it on; a clerk sees
/// their own list and submits it; a city leader reads.
/// </summary>
[Authorize(Policy = Policies.ReadReserve)]
internal sealed class SubmissionsModel(SubmissionListing listing, SubmissionWorkflow workflow, DecisionWorkflow decisions, IReview review, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public SubmissionView? View { get; private set; }
    public GovernmentDecision? Decision { get; private set; }
    [BindProperty] public DecisionForm? Entered { get; set; }
    public string? DecisionProblem { get; private set; }
    public string? FilterProblem { get; private set; }
    public Role? Role => User.Role();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SubmissionStatus? only = null;
        if (!string.IsNullOrWhiteSpace(Status))
        {
            if (EnumText.TryParse<SubmissionStatus>(Status, out var parsed))
            {
                only = parsed;
            }
            else
            {
                FilterProblem = EnumText.Problem<SubmissionStatus>("报送状态", Status);
            }
        }
        View = await listing.BuildAsync(User, only, cancellationToken);
        Decision = await review.DecisionAsync(View.Overview.Year, cancellationToken);
    }

    /// <summary>The government's decision: recorded, or the form shown again with every problem and what was typed.</summary>
    public async Task<IActionResult> OnPostDecisionAsync(CancellationToken cancellationToken)
    {
        var move = await decisions.RecordAsync(User, Entered ?? new DecisionForm(null, null, null, null, null, null, null, null), cancellationToken);
        if (move.Status == StatusCodes.Status403Forbidden)
        {
            return Forbid();
        }
        if (move.Succeeded)
        {
            TempData["Flash"] = move.Message;
            return RedirectToPage(new { Status });
        }
        DecisionProblem = move.Message;
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) =>
        MoveAsync(User.Department() ?? "", SubmissionAction.Submit, null, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(string department, string? reason, CancellationToken cancellationToken) =>
        MoveAsync(department, SubmissionAction.Return, reason, cancellationToken);

    public Task<IActionResult> OnPostAggregateAsync(string department, CancellationToken cancellationToken) =>
        MoveAsync(department, SubmissionAction.Aggregate, null, cancellationToken);

    public Task<IActionResult> OnPostReportAsync(string department, CancellationToken cancellationToken) =>
        MoveAsync(department, SubmissionAction.Report, null, cancellationToken);

    public string Time(DateTime? utc) => LocalTimes.Text(utc, clock);

    public static string BadgeClass(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Submitted => "badge",
        SubmissionStatus.Returned => "badge warn",
        SubmissionStatus.Aggregated or SubmissionStatus.Reported => "badge ok",
        _ => "badge",
    };

    private async Task<IActionResult> MoveAsync(string department, SubmissionAction action, string? reason, CancellationToken cancellationToken)
    {
        var move = await workflow.MoveAsync(User, department, action, reason, cancellationToken);
        TempData[move.Succeeded ? "Flash" : "FlashError"] = move.Message;
        return RedirectToPage(new { Status });
    }
}
