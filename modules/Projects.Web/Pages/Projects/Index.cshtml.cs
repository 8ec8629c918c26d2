using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Accounts;
using Reserve.Channels;
using Reserve.Projects.Web;
using Reserve.WebKit.Security;
using Reserve.Projects;
using Reserve.Review;

namespace Reserve.Projects.Web.Pages.Projects;

/// <summary>
/// The project list: filtered (department, field, stage, channel and answer, plan year, 两新一重), searched, sorted and
/// paged in the database, so it stays quick over 100,000 projects; the filtered list can be exported as a 汇总表. A
/// clerk's list is their department's whatever the query says.
/// </summary>
[Authorize(Policy = Policies.ReadReserve)]
internal sealed class IndexModel(IProjectReserve reserve, IReview review, IAccounts accounts, ChannelCatalog catalog, ProjectAccess access) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? Field { get; set; }
    [BindProperty(SupportsGet = true)] public string? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Answer { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public ProjectSort? Sort { get; set; }

    /// <summary>The projects withdrawn (撤回) from the reserve instead of those in it.</summary>
    [BindProperty(SupportsGet = true)] public bool Withdrawn { get; set; }
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }
    public IReadOnlyList<ProjectListRow> Items { get; private set; } = [];
    public IReadOnlyDictionary<string, ProjectReview> Reviews { get; private set; } = new Dictionary<string, ProjectReview>();
    public IReadOnlyList<string> Departments { get; private set; } = [];
    /// <summary>The channels to filter by, those whose programme has ended last and marked.</summary>
    public IReadOnlyList<(string Id, string Name, bool Ended)> Channels =>
        ChannelPeriods.CurrentFirst(catalog.Channels, access.Today).Select(c => (c.Id, c.Definition.Name, ChannelPeriods.HasEnded(c.Definition, access.Today))).ToList();
    public ProjectListFilter Filter => new(Department, Field, Stage, Q, Channel, Answer, Year, Category, Sort, Desc) { Withdrawn = Withdrawn };

    /// <summary>Why the clerk's department cannot add projects now (its list is submitted or under review); null when it can.</summary>
    public string? AddProblem { get; private set; }
    public ProjectSort CurrentSort => Filter.EffectiveSort;
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
        var query = Filter.Query(User, (PageNumber - 1) * PageSize, PageSize);
        var page = await reserve.ListRowsAsync(query, cancellationToken);
        Total = page.Total;
        if (PageNumber > Pages)
        {
            PageNumber = Pages;
            page = await reserve.ListRowsAsync(query with { Skip = (PageNumber - 1) * PageSize }, cancellationToken);
        }
        Items = page.Items;
        Reviews = await review.ReviewsOfAsync(Items.Select(i => i.Id).ToList(), cancellationToken);
        Departments = scope is null ? (await accounts.DepartmentsAsync(cancellationToken)).Select(d => d.Name).ToList() : [scope];
        if (IsClerk)
        {
            AddProblem = await access.EditProblemAsync(User, null, new Reserve.Sdk.Projects.ProjectRecord { Department = scope ?? "" }, cancellationToken);
        }
    }

    /// <summary>The list's address with one thing changed, keeping the other filters.</summary>
    public string Link(ProjectSort? sort = null, int? page = null)
    {
        var desc = sort is { } s ? (s == CurrentSort ? !Desc : false) : Desc;
        var filter = IsClerk ? Filter with { Department = null } : Filter;
        return filter.Link("/projects", new Dictionary<string, string?>
        {
            ["sort"] = (sort ?? Sort)?.ToString(),
            ["desc"] = desc ? "true" : null,
            ["p"] = (page ?? (sort is null ? PageNumber : 1)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>The 汇总表 of the list as filtered (every page).</summary>
    public string ExportLink => (IsClerk ? Filter with { Department = null } : Filter).Link("/api/summary.xlsx", []);

    public string Arrow(ProjectSort sort) => sort == CurrentSort ? (Desc ? " ▼" : " ▲") : "";
}
