using Microsoft.Extensions.DependencyInjection;
using Reserve.Persistence;
using static Reserve.Dispatch.ConstructionStatus;

namespace Reserve.Dispatch.Tests;

/// <summary>
/// The dashboards read plan projects and reports once per change: a write on this instance shows at the next read, one
/// on another instance sharing the database once this instance's change stamps are a second old
/// (<see cref="ChangeStamps.Freshness"/>), and an unchanged database is not read again within the age limit.
/// </summary>
public sealed class SnapshotTests
{
    private static readonly DateOnly Today = new(2026, 5, 6);

    [Fact]
    public async Task A_report_saved_on_another_instance_shows_once_this_instance_s_stamps_are_a_second_old()
    {
        await using var f = await DispatchFixture.CreateAsync(Today);
        var plan = await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual);
        Assert.Equal(0, (await f.Dispatch.MetricsAsync()).Overall.NewStartStarted);
        var before = await f.Dispatch.DashboardAsync();
        Assert.Equal(0, before.Metrics.Overall.NewStartStarted);
        Assert.Same(before, await f.Dispatch.DashboardAsync());

        await using var other = f.OtherInstance();
        var outcome = await other.GetRequiredService<IDispatchService>().SaveReportAsync(new PeriodReport
        {
            PlanProjectId = plan, PeriodStart = new DateOnly(2026, 4, 1), Status = Started, StartedOn = new DateOnly(2026, 4, 10),
            InvestmentThisPeriod = 120m, InvestmentCumulative = 120m, ProgressText = "主体施工",
        }, null, "另一实例");
        Assert.True(outcome.Succeeded, string.Join("；", outcome.Problems) + outcome.Conflict);
        Assert.Same(before, await f.Dispatch.DashboardAsync());
        f.Clock.Advance(ChangeStamps.Freshness);

        var metrics = await f.Dispatch.MetricsAsync();
        Assert.Equal(1, metrics.Overall.NewStartStarted);
        Assert.Equal(120m, metrics.Overall.CumulativeInvestment);
        var after = await f.Dispatch.DashboardAsync();
        Assert.Equal(1, after.Metrics.Overall.NewStartStarted);
        Assert.Equal([120m], after.Charts.InvestmentByDepartment.Series.Single(x => x.Name == "累计完成投资").Values);
    }
}
