using System.Security.Claims;
using Reserve.Dispatch;
using Reserve.WebKit.Security;

namespace Reserve.Dispatch.Web;

/// <summary>
/// The dispatch figures a user may see as of a date: the city's for reviewers and city leaders; for a department
/// clerk only the department's own row, missing reports and chart bars. A city leader also gets the missing
/// reports of the projects they 包抓.
/// </summary>
internal sealed class DispatchDashboard(IDispatchService dispatch, DispatchAccess access)
{
    public async Task<DispatchDashboardView> BuildAsync(ClaimsPrincipal user, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var date = asOf ?? access.Today;
        var figures = await dispatch.DashboardAsync(date, cancellationToken);
        var (metrics, missing, charts) = (figures.Metrics, figures.Missing, figures.Charts);
        var leader = access.LeaderName(user);
        var leaderMissing = leader is null ? [] : missing.ForLeader(leader);
        if (user.ScopeDepartment() is not { } department)
        {
            return new DispatchDashboardView(date, metrics, figures.Target, null, metrics.Overall, metrics.ByDepartment, metrics.ByTier, metrics.ByField,
                missing.ByDepartment, missing.Items, leader, leaderMissing,
                [charts.InvestmentByDepartment, charts.StartRatesByTier, charts.MissingByDepartment]);
        }
        var own = metrics.ByDepartment.Where(d => d.Group == department).ToList();
        return new DispatchDashboardView(date, metrics, figures.Target, department, own.FirstOrDefault(), own, [], [],
            missing.ByDepartment.Where(g => g.Name == department).ToList(), missing.ForDepartment(department), null, [],
            [Only(charts.InvestmentByDepartment, department), Only(charts.MissingByDepartment, department)]);
    }

    /// <summary>One category of a chart (a clerk's own department), every series kept.</summary>
    private static ChartData Only(ChartData chart, string category)
    {
        var keep = Enumerable.Range(0, chart.Categories.Count).Where(i => chart.Categories[i] == category).ToList();
        return chart with
        {
            Categories = keep.Select(i => chart.Categories[i]).ToList(),
            Series = chart.Series.Select(s => s with { Values = keep.Select(i => s.Values[i]).ToList() }).ToList(),
        };
    }
}

/// <summary>
/// What the dashboard shows. <see cref="Overall"/> is null for a clerk whose department has no plan project this year.
/// <see cref="Leader"/> is the 包抓领导 name a city leader goes by (null for the other roles). <see cref="Target"/> is the
/// year's targets (null while none are set).
/// </summary>
internal sealed record DispatchDashboardView(
    DateOnly AsOf,
    DispatchMetrics Metrics,
    Stored<DispatchTarget>? Target,
    string? Department,
    MetricSet? Overall,
    IReadOnlyList<MetricSet> ByDepartment,
    IReadOnlyList<MetricSet> ByTier,
    IReadOnlyList<MetricSet> ByField,
    IReadOnlyList<ReportingGroup> MissingByDepartment,
    IReadOnlyList<MissingReport> Missing,
    string? Leader,
    IReadOnlyList<MissingReport> LeaderMissing,
    IReadOnlyList<ChartData> Charts);
