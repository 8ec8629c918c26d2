using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Accounts;
using Reserve.Projects.Web;
using Reserve.Projects.Web.Audit;
using Reserve.WebKit.Security;
using Reserve.Review;

namespace Reserve.Projects.Web.Pages;

/// <summary>修改记录: project changes field by field, review steps and account changes, for reviewers.</summary>
[Authorize(Policy = Policies.Review)]
internal sealed class AuditModel(AuditLog log, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? View { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? Project { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public int Skip { get; set; }

    public ProjectChangePage? Changes { get; private set; }
    public IReadOnlyList<ReviewEvent> ReviewEvents { get; private set; } = [];
    public IReadOnlyDictionary<string, string> ProjectNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<AccountChange> AccountChanges { get; private set; } = [];
    public IReadOnlyList<string> ActorNames { get; private set; } = [];
    public string? Problem { get; private set; }

    public string Tab => View is "review" or "accounts" ? View : "projects";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        switch (Tab)
        {
            case "review":
                ReviewEvents = await log.ReviewEventsAsync(Department, 200, cancellationToken);
                ProjectNames = await log.ProjectNamesAsync(ReviewEvents, cancellationToken);
                break;
            case "accounts":
                AccountChanges = await log.AccountChangesAsync(200, cancellationToken);
                break;
            default:
                ActorNames = await log.ActorNamesAsync(cancellationToken);
                var (filter, problem) = AuditFilter.Parse(UserName, Project, From, To, Skip, AuditLog.PageSize);
                Problem = problem;
                if (filter is not null)
                {
                    Changes = await log.ProjectChangesAsync(filter, cancellationToken);
                }
                break;
        }
    }

    public string Time(DateTime utc) => LocalTimes.Text(utc, clock);

    /// <summary>"3 项：项目名称、总投资、资金来源-中央预算内投资" — what a collapsed change is about.</summary>
    public static string Headline(ProjectChange change) =>
        change.Entry.Before is null
            ? $"新建，填写了 {change.Fields.Count} 项"
            : $"{change.Fields.Count} 项：{string.Join("、", change.Fields.Take(4).Select(f => f.Field))}{(change.Fields.Count > 4 ? " 等" : "")}";

    /// <summary>The same filter on another page of results.</summary>
    public string PageUrl(int skip) => Url.Page("/Audit", new { user = UserName, project = Project, from = From, to = To, skip })!;
}
