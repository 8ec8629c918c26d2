using Reserve.WebKit.Reporting;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Accounts;
using Reserve.Projects.Web.Reporting;
using Reserve.WebKit.Security;
using Reserve.Review;

namespace Reserve.Projects.Web.Pages;

/// <summary>The dashboard: the reserve in figures and charts — the city's for reviewers and leaders, the department's for a clerk.</summary>
[Authorize]
internal sealed class IndexModel(ReserveAggregates aggregates, SubmissionBoard board) : PageModel
{
    // One instance: options built per request are compared with the cached ones on every request.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public AggregateReport? Report { get; private set; }
    public SubmissionOverview? Submissions { get; private set; }
    public string? Department { get; private set; }
    public string ChartJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Role() == Role.Administrator)
        {
            return Redirect("/admin/plugins");
        }
        Department = User.ScopeDepartment();
        Report = await aggregates.BuildAsync(Department, cancellationToken);
        Submissions = await board.BuildAsync(cancellationToken);
        var statusCounts = Submissions.Lines
            .GroupBy(l => l.Late && l.Submission.Status is SubmissionStatus.Draft or SubmissionStatus.Returned ? "逾期未报送" : Reserve.Sdk.Projects.ZhNames<SubmissionStatus>.Of(l.Submission.Status))
            .Select(g => new { name = g.Key, value = g.Count() });
        // Embedded as JSON and drawn by dashboard.js; '<' is escaped by the serializer, so no text can close the script element.
        ChartJson = JsonSerializer.Serialize(new
        {
            channels = Report.ByChannel.Select(c => new { name = c.Name, c.Eligible, c.NeedsInformation, c.Ineligible, c.EligibleInvestment }),
            fields = Report.ByField.Select(f => new { name = f.Name, investment = f.Investment }),
            submissions = statusCounts,
        }, Json);
        return Page();
    }
}
