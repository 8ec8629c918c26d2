using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Approvals.Charts;
using Reserve.Approvals.Records;
using Reserve.Approvals.Summaries;
using Reserve.WebKit.Security;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Web.Pages.Approvals;

/// <summary>
/// 审批服务: each pre-work item's approval with its applied date, limit, due and completed dates, flagged when
/// past its limit as of today; 容缺受理 / 先承诺后补办 commitments with their due dates; summaries by department
/// and by item; a search by project name, 储备编号 or item. Progress and fulfilled commitments are recorded on each
/// record's own page: a form per row made the list tens of kilobytes heavier for every reader.
/// </summary>
[Authorize(Roles = DepartmentRecordAccess.ReadRoles)]
internal sealed class IndexModel(ApprovalBoard board) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? Item { get; set; }
    [BindProperty(SupportsGet = true)] public bool Flagged { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    // One instance: options built per request would rebuild their reflection metadata on every request.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Records shown per page: a page with every record was megabytes of HTML.</summary>
    public const int PageSize = 50;

    public IReadOnlyList<ApprovalView> Records { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public ApprovalSummary? ByDepartment { get; private set; }
    public ApprovalSummary? ByItem { get; private set; }
    public string? Scope { get; private set; }
    public DateOnly Today => board.Today;
    public string ChartData { get; private set; } = "{}";

    /// <summary>Clerks and reviewers open records (a clerk for the department's own projects).</summary>
    public bool MayOpen => User.IsInRole(nameof(Reserve.Accounts.Role.DepartmentClerk)) || User.IsInRole(nameof(Reserve.Accounts.Role.Reviewer));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        PreWorkKind? item = null;
        if (!string.IsNullOrWhiteSpace(Item))
        {
            if (!EnumText.TryParse<PreWorkKind>(Item, out var parsed))
            {
                return this.Refuse(StatusCodes.Status400BadRequest, EnumText.Problem<PreWorkKind>("前期工作事项", Item));
            }
            item = parsed;
        }
        Scope = User.ScopeDepartment();
        PageNumber = Math.Max(1, PageNumber);
        var filter = new ApprovalFilter(Department, item, Flagged, Q);
        var (overview, refusal) = await board.OverviewAsync(User, filter, (PageNumber - 1) * PageSize, PageSize, cancellationToken);
        if (refusal is not null)
        {
            return this.Refuse(StatusCodes.Status403Forbidden, refusal);
        }
        var page = overview!.Page;
        Total = page.Total;
        if (PageNumber > Pages)
        {
            PageNumber = Pages;
            (page, _) = await board.ListAsync(User, filter, (PageNumber - 1) * PageSize, PageSize, cancellationToken);
        }
        Records = page.Records;
        ByDepartment = overview.ByDepartment;
        ByItem = overview.ByItem;
        // Drawn by promotion.js from this JSON (the CSP forbids inline script).
        ChartData = JsonSerializer.Serialize(new
        {
            states = ApprovalJson.Chart(ApprovalCharts.States(ByDepartment!)),
            commitments = ApprovalJson.Chart(ApprovalCharts.Commitments(ByDepartment!)),
        }, Json);
        return Page();
    }

    /// <summary>This list's address on another page, keeping the filters.</summary>
    public string PageLink(int page) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/approvals",
        new Dictionary<string, string?>
        {
            ["department"] = Department, ["item"] = Item, ["flagged"] = Flagged ? "true" : null, ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
            ["p"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
