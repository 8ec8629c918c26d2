using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Projects.Web.Reporting;
using Reserve.WebKit.Security;

namespace Reserve.Projects.Web.Pages;

/// <summary>汇总: the reserve by department, channel, field and 两新一重 tag — the city's, or a clerk's own department's.</summary>
[Authorize(Policy = Policies.Dashboards)]
// The funding ledger is asked for, not required: a city may run with the 资金争取台账 switched off.
internal sealed class SummaryModel(ReserveAggregates aggregates, IServiceProvider services) : PageModel
{
    public AggregateReport? Report { get; private set; }
    public string? Department { get; private set; }
    public GroupTable? ByDepartment { get; private set; }
    public GroupTable? ByField { get; private set; }
    public GroupTable? ByTag { get; private set; }
    public IReadOnlyList<Reserve.Funding.FundingSummaryRow> FundingByChannel { get; private set; } = [];
    public IReadOnlyList<Reserve.Funding.FundingSummaryRow> FundingByYear { get; private set; } = [];

    /// <summary>Whether the 资金争取台账 module is on (its tables are shown only then).</summary>
    public bool FundingKept { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Department = User.ScopeDepartment();
        Report = await aggregates.BuildAsync(Department, cancellationToken);
        ByDepartment = new GroupTable("部门", Report.ByDepartment, Report, null);
        ByField = new GroupTable("所属领域", Report.ByField, Report, null);
        ByTag = new GroupTable("类别", Report.ByTag, Report, "一个项目可归入多个类别，合计按项目计（不重复）。");
        if (services.GetService<Reserve.Funding.IFundingLedger>() is not { } ledger)
        {
            return;
        }
        FundingKept = true;
        FundingByChannel = await ledger.SummaryAsync(Reserve.Funding.FundingGrouping.Channel, Department, cancellationToken);
        FundingByYear = await ledger.SummaryAsync(Reserve.Funding.FundingGrouping.Year, Department, cancellationToken);
    }
}

/// <summary>One grouped table of the 汇总 page: a row per group and the reserve's 合计.</summary>
internal sealed record GroupTable(string Heading, IReadOnlyList<GroupAggregate> Rows, AggregateReport Report, string? Note);
