using Reserve.Accounts;
using Reserve.Review;
using Reserve.WebKit.Security;

namespace Reserve.WebKit.Reporting;

/// <summary>Every active department's submission for the reserve year, against the deadline.</summary>
public sealed class SubmissionBoard(IAccounts accounts, IReview review, ProjectAccess access)
{
    public async Task<SubmissionOverview> BuildAsync(CancellationToken cancellationToken)
    {
        var departments = (await accounts.DepartmentsAsync(cancellationToken)).Where(d => d.Active).Select(d => d.Name).ToList();
        var year = access.ReserveYear;
        var deadline = access.Deadline;
        var today = access.Today;
        var rows = await review.SubmissionsAsync(year, departments, cancellationToken);
        return new SubmissionOverview(year, deadline, today, rows.Select(r => new SubmissionLine(r, r.IsLate(deadline, today))).ToList());
    }
}

public sealed record SubmissionLine(DepartmentSubmission Submission, bool Late);

public sealed record SubmissionOverview(int Year, DateOnly Deadline, DateOnly Today, IReadOnlyList<SubmissionLine> Lines)
{
    public int NotSubmitted => Lines.Count(l => l.Submission.Status is SubmissionStatus.Draft or SubmissionStatus.Returned);

    public int DaysLeft => Deadline.DayNumber - Today.DayNumber;
}
