using Reserve.Dispatch.Metrics;
using static Reserve.Dispatch.ConstructionStatus;

namespace Reserve.Dispatch.Tests;

/// <summary>
/// Every metric on a small plan whose figures are worked out by hand in the comments. The plan of 2026:
/// A 新开工 1,000 (started 10 Mar), B 新开工 500 (started 5 Apr and stopped in April), C 新开工 2,000 (not
/// started), D 续建 3,000 (resumed 20 Feb), E 续建 1,500 (stopped, never resumed), F 预备 0. A, B in 住建局, the
/// rest in 交通运输局. Plan total 8,000. Monthly reports.
/// </summary>
public sealed class MetricTests
{
    private static readonly DispatchOptions Options = new() { GrowthTargetPercentByYear = { [2026] = 10m } };

    private readonly PlanProject _a = Data.Plan(PlanKind.NewStart, 1000m);
    private readonly PlanProject _b = Data.Plan(PlanKind.NewStart, 500m);
    private readonly PlanProject _c = Data.Plan(PlanKind.NewStart, 2000m, "交通运输局", plannedStart: new DateOnly(2026, 6, 1));
    private readonly PlanProject _d = Data.Plan(PlanKind.Continuing, 3000m, "交通运输局", PlanTier.ProvincialMajor);
    private readonly PlanProject _e = Data.Plan(PlanKind.Continuing, 1500m, "交通运输局", PlanTier.ProvincialMajor);
    private readonly PlanProject _f = Data.Plan(PlanKind.Prepared, 0m, "交通运输局");

    private DispatchMetrics At(DateOnly asOf)
    {
        // Prior year, through April: D 800, E 200 → 1,000; December: D 2,800, E 1,200 → 4,000.
        _d.PriorYearCumulative = [50, 100, 300, 800, 1000, 1300, 1600, 1900, 2200, 2500, 2700, 2800];
        _e.PriorYearCumulative = [10, 20, 100, 200, 300, 400, 500, 600, 700, 800, 1000, 1200];
        var reports = new[]
        {
            Data.Month(_a, 2026, 3, Started, 100m, 100m, new DateOnly(2026, 3, 10)),
            Data.Month(_a, 2026, 4, Started, 150m, 250m),
            Data.Month(_b, 2026, 4, Stopped, 50m, 50m, new DateOnly(2026, 4, 5)),
            Data.Month(_c, 2026, 3, NotStarted, 0m, 0m),
            Data.Month(_c, 2026, 4, NotStarted, 0m, 0m),
            Data.Month(_d, 2026, 3, Resumed, 600m, 600m, new DateOnly(2026, 2, 20)),
            Data.Month(_d, 2026, 4, Resumed, 300m, 900m),
            Data.Month(_e, 2026, 4, Stopped, 0m, 0m),
        };
        return new MetricCalculator(Options).Compute(2026, asOf, Data.Histories([_a, _b, _c, _d, _e, _f], reports));
    }

    [Fact]
    public void Start_resume_and_combined_rates_at_the_end_of_april()
    {
        var m = At(new DateOnly(2026, 4, 30)).Overall;

        // 开工率: A and B started (B stopped afterwards, still started) of 3 新开工 = 2/3.
        Assert.Equal(2m / 3m, m.StartRate.Value);
        Assert.Equal("66.7%（2/3）", m.StartRate.Display);
        // 复工率: D of 2 续建 = 1/2.
        Assert.Equal(0.5m, m.ResumeRate.Value);
        // 开复工率: (2 + 1) / (3 + 2) = 60%.
        Assert.Equal(0.6m, m.StartOrResumeRate.Value);
        // B and E are stopped now; F (预备) counts in neither rate.
        Assert.Equal((2, 1, 0), (m.StoppedNow, m.Prepared, m.PreparedStarted));
    }

    [Fact]
    public void A_project_that_started_and_stopped_within_one_period_counts_as_started_and_as_stopped()
    {
        var m = At(new DateOnly(2026, 4, 30));
        var housing = Assert.Single(m.ByDepartment, d => d.Group == "住建局");

        Assert.Equal((2, 2), (housing.NewStartPlanned, housing.NewStartStarted));
        Assert.Equal(1, housing.StoppedNow);
    }

    [Fact]
    public void Investment_completion_and_schedule_gap()
    {
        var metrics = At(new DateOnly(2026, 4, 30));
        var m = metrics.Overall;

        // (250 + 50 + 0 + 900 + 0) / 8,000 = 15%.
        Assert.Equal(1200m, m.CumulativeInvestment);
        Assert.Equal(8000m, m.AnnualPlanInvestment);
        Assert.Equal(0.15m, m.CompletionRate.Value);
        // 30 April is day 120 of 365: 32.876…%; 15 − 32.876… = −17.876… points.
        Assert.Equal(120m / 365m, metrics.TimeElapsed.Value);
        Assert.Equal("32.9%", metrics.TimeElapsed.Display);
        Assert.Equal((0.15m - 120m / 365m) * 100m, m.ScheduleGap.Value);
        Assert.Equal("慢序时进度17.9个百分点", m.ScheduleGap.Display);
    }

    [Fact]
    public void A_period_counts_only_once_it_has_ended_so_the_day_before_month_end_reads_march()
    {
        var m = At(new DateOnly(2026, 4, 29)).Overall;

        // April reports are not yet counted: A 100 (started), B nothing yet, D 600 (resumed).
        Assert.Equal(700m, m.CumulativeInvestment);
        Assert.Equal(1m / 3m, m.StartRate.Value);
        Assert.Equal(0.5m, m.ResumeRate.Value);
    }

    [Fact]
    public void On_the_first_day_of_a_month_last_months_reports_count_and_growth_compares_through_last_month()
    {
        var m = At(new DateOnly(2026, 5, 1)).Overall;

        Assert.Equal(1200m, m.CumulativeInvestment);
        // 同比 through April: this year 1,200 against last year 800 + 200 = 1,000 → +20%; target 10% → +10 points.
        Assert.Equal(4, m.Growth.ComparedThroughMonth);
        Assert.Equal((1200m, 1000m), (m.Growth.ThisYearCumulative, m.Growth.LastYearCumulative));
        Assert.Equal(0.2m, m.Growth.Growth.Value);
        Assert.Equal(10m, m.Growth.GapToTarget.Value);
        Assert.Equal("高于目标10.0个百分点", m.Growth.GapToTarget.Display);
        // 计划增速: 8,000 against last year's 2,800 + 1,200 = 4,000 → +100%.
        Assert.Equal(1m, m.Growth.PlannedGrowth.Value);
    }

    [Fact]
    public void Growth_compares_only_ended_months_so_mid_april_compares_through_march()
    {
        var m = At(new DateOnly(2026, 4, 15)).Overall;

        // Through March: this year A 100 + D 600 = 700; last year D 300 + E 100 = 400 → +75%.
        Assert.Equal(3, m.Growth.ComparedThroughMonth);
        Assert.Equal(0.75m, m.Growth.Growth.Value);
    }

    [Fact]
    public void On_the_first_day_of_the_year_time_is_one_365th_and_growth_has_no_month_to_compare()
    {
        var metrics = At(new DateOnly(2026, 1, 1));

        Assert.Equal(1m / 365m, metrics.TimeElapsed.Value);
        Assert.Null(metrics.Overall.Growth.ComparedThroughMonth);
        Assert.Null(metrics.Overall.Growth.Growth.Value);
        Assert.Equal("—", metrics.Overall.Growth.Growth.Display);
        Assert.Equal("—", metrics.Overall.Growth.GapToTarget.Display);
        // Nothing reported yet: completion is 0 of a known plan, a real 0%, and 0 − 1/365 is behind schedule.
        Assert.Equal("0.0%", metrics.Overall.CompletionRate.Display);
        Assert.Equal("慢序时进度0.3个百分点", metrics.Overall.ScheduleGap.Display);
    }

    [Theory]
    [InlineData(2028, 2, 29, 60, 366)]
    [InlineData(2028, 3, 1, 61, 366)]
    [InlineData(2028, 12, 31, 366, 366)]
    [InlineData(2026, 3, 1, 60, 365)]
    [InlineData(2026, 12, 31, 365, 365)]
    public void Time_elapsed_counts_the_29th_of_february_in_a_leap_year(int year, int month, int day, int elapsed, int days)
    {
        Assert.Equal((decimal)elapsed / days, MetricCalculator.TimeShare(year, new DateOnly(year, month, day)));
    }

    [Fact]
    public void Time_elapsed_is_nil_before_the_plan_year_and_whole_after_it()
    {
        Assert.Equal(0m, MetricCalculator.TimeShare(2026, new DateOnly(2025, 12, 31)));
        Assert.Equal(1m, MetricCalculator.TimeShare(2026, new DateOnly(2027, 1, 3)));
    }

    [Fact]
    public void No_planned_projects_shows_dashes_never_zero_percent()
    {
        var metrics = new MetricCalculator(Options).Compute(2026, new DateOnly(2026, 6, 30), []);
        var m = metrics.Overall;

        Assert.Equal(0, m.Projects);
        Assert.All(new[] { m.StartRate, m.StartRateByPlannedDate, m.ResumeRate, m.StartOrResumeRate, m.CompletionRate, m.ScheduleGap, m.Growth.Growth, m.Growth.PlannedGrowth },
            v =>
            {
                Assert.Null(v.Value);
                Assert.Equal("—", v.Display);
            });
        Assert.Empty(metrics.ByDepartment);
        Assert.Equal(3, metrics.ByTier.Count);
    }

    [Fact]
    public void A_tier_with_no_project_of_a_kind_shows_a_dash_for_that_rate_only()
    {
        var tier = Assert.Single(At(new DateOnly(2026, 4, 30)).ByTier, t => t.Group == "省列重大项目");

        // D and E only: no 新开工 → 开工率 “—”; 复工率 1/2; 投资完成率 900 / 4,500 = 20%.
        Assert.Equal("—", tier.StartRate.Display);
        Assert.Equal(0.5m, tier.ResumeRate.Value);
        Assert.Equal(0.2m, tier.CompletionRate.Value);
        var empty = Assert.Single(At(new DateOnly(2026, 4, 30)).ByTier, t => t.Group == "省列重点投资项目");
        Assert.Equal("—", empty.CompletionRate.Display);
    }

    [Fact]
    public void Start_rate_by_planned_date_counts_only_projects_due_to_have_started()
    {
        var m = At(new DateOnly(2026, 4, 30)).Overall;

        // A and B were planned for 1 March, C for 1 June: 2 due, both started.
        Assert.Equal(2, m.NewStartDueByDate);
        Assert.Equal(1m, m.StartRateByPlannedDate.Value);
    }

    [Fact]
    public void Groups_by_department_and_field_add_up_to_the_whole()
    {
        var metrics = At(new DateOnly(2026, 4, 30));

        Assert.Equal(2, metrics.ByDepartment.Count);
        Assert.Equal(metrics.Overall.CumulativeInvestment, metrics.ByDepartment.Sum(d => d.CumulativeInvestment));
        Assert.Equal(metrics.Overall.AnnualPlanInvestment, metrics.ByField.Sum(d => d.AnnualPlanInvestment));
        var housing = Assert.Single(metrics.ByDepartment, d => d.Group == "住建局");
        // 住建局: (250 + 50) / 1,500 = 20%.
        Assert.Equal(0.2m, housing.CompletionRate.Value);
    }

    [Fact]
    public void Every_metric_carries_its_definition_and_a_commonly_known_source()
    {
        var m = At(new DateOnly(2026, 4, 30)).Overall;

        Assert.Contains("已开工的新开工项目数", m.StartRate.Definition.Text);
        Assert.Contains("项目调度指标通行口径", m.CompletionRate.Definition.Source.Citation);
        Assert.DoesNotContain(".md", m.CompletionRate.Definition.Source.Citation);
        Assert.All(MetricDefinitions.All, d => Assert.Equal(Sdk.Rules.Confidence.CommonlyKnown, d.Source.Confidence));
        Assert.Contains("通行做法", m.ScheduleGap.Definition.Explanation);
    }
}
