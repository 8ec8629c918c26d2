using Reserve.WebKit.Reporting;
using System.Security.Claims;
using Reserve.Projects;
using Reserve.Review;

namespace Reserve.Review.Web.Submissions;

/// <summary>
/// The submissions as a user may see them: every active department's for reviewers and city leaders, only
/// their own for a clerk; each with its projects and investment, optionally only those in one status.
/// </summary>
internal sealed class SubmissionListing(SubmissionBoard board, IProjectReserve reserve)
{
    public async Task<SubmissionView> BuildAsync(ClaimsPrincipal user, SubmissionStatus? status, CancellationToken cancellationToken)
    {
        var scope = user.ScopeDepartment();
        var overview = await board.BuildAsync(cancellationToken);
        var totals = await reserve.TotalsAsync(scope, cancellationToken);
        var perDepartment = totals.ByDepartment.ToDictionary(g => g.Name ?? "", StringComparer.Ordinal);
        var rows = overview.Lines
            .Where(l => scope is null || l.Submission.Department == scope)
            .Select(l => new SubmissionRow(
                l.Submission,
                l.Late,
                perDepartment.GetValueOrDefault(l.Submission.Department)?.Projects ?? 0,
                perDepartment.GetValueOrDefault(l.Submission.Department)?.Investment ?? 0m))
            .ToList();
        var shown = status is { } only ? rows.Where(r => r.Submission.Status == only).ToList() : rows;
        return new SubmissionView(overview, rows, shown);
    }
}

/// <summary>One department's list with its size.</summary>
internal sealed record SubmissionRow(DepartmentSubmission Submission, bool Late, int Projects, decimal Investment)
{
    public bool Pending => Submission.Status is SubmissionStatus.Draft or SubmissionStatus.Returned;
}

/// <summary>The rows the user may see (<see cref="All"/>) and those the status filter keeps (<see cref="Shown"/>).</summary>
internal sealed record SubmissionView(SubmissionOverview Overview, IReadOnlyList<SubmissionRow> All, IReadOnlyList<SubmissionRow> Shown)
{
    public int Count(SubmissionStatus status) => All.Count(r => r.Submission.Status == status);

    public int LatePending => All.Count(r => r.Pending && r.Late);
}
