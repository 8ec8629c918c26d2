using Reserve.Sdk.Formatting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Funding;

namespace Reserve.Funding.Web.Pages;

/// <summary>
/// 资金争取台账: the lines a page at a time, the sums by channel, department and year, a form for one line
/// and an XLSX import; clerks (their department) and reviewers write, everyone who reads the reserve reads.
/// </summary>
[Authorize(Policy = Policies.ReadReserve)]
internal sealed class FundingModel(IFundingLedger ledger, FundingWorkflow workflow, Reserve.Projects.IProjectReserve reserve) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public int Skip { get; set; }
    [BindProperty] public FundingForm? Entered { get; set; }

    public int Total { get; private set; }
    public IReadOnlyList<FundingEntry> Lines { get; private set; } = [];
    /// <summary>The names of the projects on this page of lines: a person reads a project by its name, its 储备编号 beside it.</summary>
    public IReadOnlyDictionary<string, string> ProjectNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<FundingSummaryRow> ByChannel { get; private set; } = [];
    public IReadOnlyList<FundingSummaryRow> ByDepartment { get; private set; } = [];
    public IReadOnlyList<FundingSummaryRow> ByYear { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public bool MayWrite => FundingWorkflow.RoleProblem(User) is null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = FundingWorkflow.Scope(User);
        (Total, Lines) = await ledger.ListAsync(new FundingQuery(scope, Skip: Math.Max(0, Skip), Take: PageSize), cancellationToken);
        ProjectNames = await reserve.NamesAsync([.. Lines.Select(l => l.ProjectId).Distinct(StringComparer.Ordinal)], cancellationToken);
        ByChannel = await ledger.SummaryAsync(FundingGrouping.Channel, scope, cancellationToken);
        ByDepartment = await ledger.SummaryAsync(FundingGrouping.Department, scope, cancellationToken);
        ByYear = await ledger.SummaryAsync(FundingGrouping.Year, scope, cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var (status, outcome) = await workflow.SaveAsync(User, Entered ?? new FundingForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null), cancellationToken);
        if (status == StatusCodes.Status403Forbidden)
        {
            return Forbid();
        }
        if (outcome.Succeeded)
        {
            TempData["Flash"] = $"已保存 {outcome.Entry!.ProjectId} 的“{outcome.Entry.Channel}”台账（{Reserve.Sdk.Projects.ZhNames<FundingStage>.Of(outcome.Entry.Stage)}）";
            return RedirectToPage();
        }
        Problems = outcome.Problems;
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            Problems = ["请选择要导入的 XLSX 文件"];
            await OnGetAsync(cancellationToken);
            return Page();
        }
        await using var stream = file.OpenReadStream();
        var (status, problems, rows) = await workflow.ImportAsync(User, stream, cancellationToken);
        if (status == StatusCodes.Status403Forbidden)
        {
            return Forbid();
        }
        if (problems.Count == 0)
        {
            TempData["Flash"] = $"已导入 {rows} 行台账";
            return RedirectToPage();
        }
        Problems = ["文件有错误，未导入任何一行：", .. problems];
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public static string Rate(decimal? rate) => rate is { } r ? ZhFormat.Percent(r) : "—";

    public static string Money(decimal? amount) => amount is { } a ? ZhFormat.Wan(a) : "";
}
