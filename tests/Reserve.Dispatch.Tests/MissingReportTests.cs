namespace Reserve.Dispatch.Tests;

/// <summary>
/// Which reports are missing as of a date, with the clock injected (FakeTimeProvider): the service's default
/// date is the clock's today. Deadlines are the defaults (day 0 / Monday after / 5th of next month) unless a
/// test configures others.
/// </summary>
public sealed class MissingReportTests
{
    private static readonly DateOnly Later = new(2027, 3, 1);

    [Fact]
    public async Task A_monthly_report_for_october_is_due_on_5_november_and_overdue_from_the_6th()
    {
        await using var f = await DispatchFixture.CreateAsync(Later);
        var id = await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual, edit: p => p.ReportingFrom = new DateOnly(2026, 8, 1));
        await f.ReportAsync(id, new DateOnly(2026, 8, 1));
        await f.ReportAsync(id, new DateOnly(2026, 9, 1));

        f.SetToday(new DateOnly(2026, 11, 1));
        Assert.Empty((await f.Dispatch.MissingReportsAsync()).Items);

        f.SetToday(new DateOnly(2026, 11, 5));
        var due = Assert.Single((await f.Dispatch.MissingReportsAsync()).Items);
        Assert.Equal(("2026年10月", new DateOnly(2026, 11, 5), false), (due.Period.Label, due.DueDate, due.Overdue));

        f.SetToday(new DateOnly(2026, 11, 6));
        var overdue = Assert.Single((await f.Dispatch.MissingReportsAsync()).Items);
        Assert.True(overdue.Overdue);
        Assert.Equal(1, overdue.MissedPeriodsThisYear);

        f.SetToday(Later);
        await f.ReportAsync(id, new DateOnly(2026, 10, 1));
        Assert.Empty((await f.Dispatch.MissingReportsAsync(new DateOnly(2026, 11, 6))).Items);
    }

    [Fact]
    public async Task The_deadline_is_configuration_so_a_later_day_moves_the_due_period()
    {
        await using var f = await DispatchFixture.CreateAsync(Later, configure: o => o.DueDaysAfterPeriodEnd[ReportCadence.Monthly] = 10);
        var id = await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual, edit: p => p.ReportingFrom = new DateOnly(2026, 9, 1));
        await f.ReportAsync(id, new DateOnly(2026, 9, 1));

        // October falls due on 10 November now: on the 6th September is the due period, and it is filed.
        Assert.Empty((await f.Dispatch.MissingReportsAsync(new DateOnly(2026, 11, 6))).Items);
        Assert.Equal(new DateOnly(2026, 11, 10), Assert.Single((await f.Dispatch.MissingReportsAsync(new DateOnly(2026, 11, 10))).Items).DueDate);
    }

    [Fact]
    public async Task A_daily_report_is_due_the_same_day_and_earlier_gaps_are_counted()
    {
        await using var f = await DispatchFixture.CreateAsync(Later);
        var id = await f.AddPlanAsync("2027-0001", PlanTier.ProvincialMajor, edit: p => p.ReportingFrom = new DateOnly(2026, 11, 1));
        await f.ReportAsync(id, new DateOnly(2026, 11, 1));
        await f.ReportAsync(id, new DateOnly(2026, 11, 3));

        f.SetToday(new DateOnly(2026, 11, 4));
        var today = Assert.Single((await f.Dispatch.MissingReportsAsync()).Items);

        Assert.Equal(new DateOnly(2026, 11, 4), today.Period.Start);
        Assert.False(today.Overdue);
        Assert.Equal(2, today.MissedPeriodsThisYear);
        Assert.Empty((await f.Dispatch.MissingReportsAsync(new DateOnly(2026, 11, 3))).Items);
    }

    [Fact]
    public async Task A_weekly_report_is_not_due_before_the_first_iso_week_ends_and_falls_due_the_monday_after()
    {
        await using var f = await DispatchFixture.CreateAsync(Later);
        await f.AddPlanAsync("2027-0001", PlanTier.ProvincialKeyInvestment);

        Assert.Empty((await f.Dispatch.MissingReportsAsync(new DateOnly(2026, 1, 1))).Items);
        Assert.Empty((await f.Dispatch.MissingReportsAsync(new DateOnly(2026, 1, 4))).Items);
        var monday = Assert.Single((await f.Dispatch.MissingReportsAsync(new DateOnly(2026, 1, 5))).Items);
        Assert.Equal((new DateOnly(2025, 12, 29), false), (monday.Period.Start, monday.Overdue));
        Assert.True(Assert.Single((await f.Dispatch.MissingReportsAsync(new DateOnly(2026, 1, 6))).Items).Overdue);
    }

    [Fact]
    public async Task Counts_by_department_and_each_leader_sees_only_their_projects()
    {
        await using var f = await DispatchFixture.CreateAsync(Later);
        var a = await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual);
        await f.AddPlanAsync("2027-0002", PlanTier.MunicipalAnnual, edit: p => (p.Department, p.Leader) = ("交通运输局", "李副市长"));
        await f.AddPlanAsync("2027-0003", PlanTier.MunicipalAnnual, edit: p => (p.Department, p.Leader) = ("交通运输局", "李副市长"));
        await f.ReportAsync(a, new DateOnly(2026, 5, 1));

        var list = await f.Dispatch.MissingReportsAsync(new DateOnly(2026, 6, 6));

        Assert.Equal(2, list.Items.Count);
        Assert.Equal(new ReportingGroup("交通运输局", 2, 2, 2), list.ByDepartment[0]);
        Assert.Equal(new ReportingGroup("住建局", 1, 0, 0), list.ByDepartment[1]);
        Assert.Equal(2, list.ForLeader("李副市长").Count);
        Assert.Empty(list.ForLeader("王副市长"));
        Assert.Equal(new ReportingGroup("王副市长", 1, 0, 0), Assert.Single(list.ByLeader, g => g.Name == "王副市长"));
    }

    [Fact]
    public async Task A_completed_project_owes_no_further_report()
    {
        await using var f = await DispatchFixture.CreateAsync(Later);
        var id = await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual, PlanKind.Continuing, edit: p => p.ReportingFrom = new DateOnly(2026, 5, 1));
        await f.ReportAsync(id, new DateOnly(2026, 5, 1), ConstructionStatus.Resumed, 400m, 400m, new DateOnly(2026, 3, 1));
        await f.ReportAsync(id, new DateOnly(2026, 6, 1), ConstructionStatus.Completed, 100m, 500m);

        Assert.Empty((await f.Dispatch.MissingReportsAsync(new DateOnly(2026, 9, 30))).Items);
    }

    [Fact]
    public async Task Decembers_report_is_chased_into_january_for_the_configured_days_then_dropped()
    {
        await using var f = await DispatchFixture.CreateAsync(Later);
        var id = await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual, edit: p => p.ReportingFrom = new DateOnly(2026, 11, 1));
        await f.ReportAsync(id, new DateOnly(2026, 11, 1));

        Assert.Empty((await f.Dispatch.MissingReportsAsync(new DateOnly(2027, 1, 4))).Items);
        Assert.True(Assert.Single((await f.Dispatch.MissingReportsAsync(new DateOnly(2027, 1, 6))).Items).Overdue);
        Assert.Single((await f.Dispatch.MissingReportsAsync(new DateOnly(2027, 2, 5))).Items);
        Assert.Empty((await f.Dispatch.MissingReportsAsync(new DateOnly(2027, 2, 6))).Items);
    }

    [Fact]
    public async Task Nothing_is_owed_for_periods_before_the_project_began_reporting()
    {
        await using var f = await DispatchFixture.CreateAsync(Later);
        await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual, edit: p => p.ReportingFrom = new DateOnly(2026, 8, 1));

        Assert.Empty((await f.Dispatch.MissingReportsAsync(new DateOnly(2026, 8, 31))).Items);
        Assert.Equal("2026年8月", Assert.Single((await f.Dispatch.MissingReportsAsync(new DateOnly(2026, 9, 5))).Items).Period.Label);
    }
}
