using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Accounts;
using Reserve.Host.Web.Security;
using Reserve.Projects;
using Reserve.Review;

namespace Reserve.Host.Pages.Projects;

/// <summary>
/// The project list: filtered, searched, sorted and paged in the database, so it stays quick over tens of
/// thousands of projects. A clerk's list is their department's whatever the query says.
/// </summary>
[Authorize(Policy = Policies.ReadReserve)]
internal sealed class IndexModel(IProjectReserve reserve, IReview review, IAccounts accounts) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? Field { get; set; }
    [BindProperty(SupportsGet = true)] public string? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public ProjectSort Sort { get; set; } = ProjectSort.Id;
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }
    public IReadOnlyList<StoredProject> Items { get; private set; } = [];
    public IReadOnlyDictionary<string, ProjectReview> Reviews { get; private set; } = new Dictionary<string, ProjectReview>();
    public IReadOnlyList<string> Departments { get; private set; } = [];
    public bool IsClerk => User.Role() == Role.DepartmentClerk;
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = User.ScopeDepartment();
        if (scope is not null)
        {
            Department = scope;
        }
        PageNumber = Math.Max(1, PageNumber);
        var query = new ProjectQuery(Department, Field, Stage, Q, (PageNumber - 1) * PageSize, PageSize, Sort, Desc);
        Total = await reserve.CountAsync(query, cancellationToken);
        if (PageNumber > Pages)
        {
            PageNumber = Pages;
            query = query with { Skip = (PageNumber - 1) * PageSize };
        }
        Items = await reserve.ListAsync(query, cancellationToken);
        Reviews = await review.ReviewsOfAsync(Items.Select(i => i.Record.Id!).ToList(), cancellationToken);
        Departments = scope is null ? (await accounts.DepartmentsAsync(cancellationToken)).Select(d => d.Name).ToList() : [scope];
    }

    /// <summary>The list's address with one thing changed, keeping the other filters.</summary>
    public string Link(ProjectSort? sort = null, int? page = null)
    {
        var desc = sort is { } s ? (s == Sort ? !Desc : false) : Desc;
        var values = new Dictionary<string, string?>
        {
            ["department"] = IsClerk ? null : Department,
            ["field"] = Field,
            ["stage"] = Stage,
            ["q"] = Q,
            ["sort"] = (sort ?? Sort).ToString(),
            ["desc"] = desc ? "true" : null,
            ["p"] = (page ?? (sort is null ? PageNumber : 1)).ToString(),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/projects", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    public string Arrow(ProjectSort sort) => sort == Sort ? (Desc ? " ▼" : " ▲") : "";
}
