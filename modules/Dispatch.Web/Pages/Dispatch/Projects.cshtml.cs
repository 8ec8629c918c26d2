using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Dispatch;
using Reserve.WebKit.Security;

namespace Reserve.Dispatch.Web.Pages.Dispatch;

/// <summary>The year's plan projects, filtered by department, tier and 包抓领导; a clerk's list is their department's whatever the query says.</summary>
[Authorize(Policy = Policies.Dashboards)]
internal sealed class ProjectsModel(IDispatchService dispatch, DispatchAccess access, DispatchOptions options) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public PlanTier? Tier { get; set; }
    [BindProperty(SupportsGet = true)] public string? Leader { get; set; }

    public IReadOnlyList<Stored<PlanProject>> Items { get; private set; } = [];
    public IReadOnlyList<string> Departments { get; private set; } = [];
    public IReadOnlyList<string> Leaders { get; private set; } = [];
    public bool IsClerk => User.ScopeDepartment() is not null;

    public string Cadence(PlanProject project) => Reserve.Sdk.Projects.ZhNames<ReportCadence>.Of(options.CadenceOf(project.Tier));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Year ??= access.Today.Year;
        var all = await dispatch.ListPlanProjectsAsync(Year.Value, User.ScopeDepartment(), cancellationToken: cancellationToken);
        Departments = all.Select(p => p.Item.Department).Distinct().Order(StringComparer.Ordinal).ToList();
        Leaders = all.Select(p => p.Item.Leader).Distinct().Order(StringComparer.Ordinal).ToList();
        if (User.ScopeDepartment() is { } scope)
        {
            Department = scope;
        }
        Items = all.Where(p => (string.IsNullOrEmpty(Department) || p.Item.Department == Department)
                               && (Tier is null || p.Item.Tier == Tier)
                               && (string.IsNullOrEmpty(Leader) || p.Item.Leader == Leader)).ToList();
    }
}
