using Reserve.Sdk.Projects;

namespace Reserve.Dispatch.Tests;

/// <summary>Bad input is refused with Chinese messages naming the field and the reason, and nothing is stored.</summary>
public sealed class ValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static async Task<(DispatchFixture F, long Id)> WithProjectAsync(PlanKind kind = PlanKind.NewStart)
    {
        var f = await DispatchFixture.CreateAsync(Today);
        return (f, await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual, kind));
    }

    private static PeriodReport Report(long id, int month, ConstructionStatus status, decimal thisPeriod, decimal cumulative, DateOnly? startedOn = null) => new()
    {
        PlanProjectId = id, PeriodStart = new DateOnly(2026, month, 1), Status = status, StartedOn = startedOn,
        InvestmentThisPeriod = thisPeriod, InvestmentCumulative = cumulative, ProgressText = "主体施工",
    };

    [Fact]
    public async Task A_cumulative_that_does_not_chain_names_both_periods_and_the_expected_figure()
    {
        var (f, id) = await WithProjectAsync();
        await using var _ = f;
        await f.ReportAsync(id, new DateOnly(2026, 5, 1), ConstructionStatus.Started, 100m, 100m, new DateOnly(2026, 5, 3));

        var outcome = await f.Dispatch.SaveReportAsync(Report(id, 6, ConstructionStatus.Started, 50m, 200m), null, "张三");

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("本年累计完成投资", problem.Field);
        Assert.Equal("应为上期（2026年5月）累计100万元加本期50万元，即150万元，填报的是200万元", problem.Message);
        Assert.Single(await f.Dispatch.ListReportsAsync(id));
    }

    [Fact]
    public async Task Changing_a_past_report_so_that_the_next_one_no_longer_chains_is_refused()
    {
        var (f, id) = await WithProjectAsync();
        await using var _ = f;
        var may = await f.ReportAsync(id, new DateOnly(2026, 5, 1), ConstructionStatus.Started, 100m, 100m, new DateOnly(2026, 5, 3));
        await f.ReportAsync(id, new DateOnly(2026, 6, 1), ConstructionStatus.Started, 50m, 150m);

        var edited = Report(id, 5, ConstructionStatus.Started, 120m, 120m, new DateOnly(2026, 5, 3));
        var outcome = await f.Dispatch.SaveReportAsync(edited, may.Version, "张三");

        Assert.Contains(outcome.Problems, p => p.Field == "本年累计完成投资" && p.Message.StartsWith("修改后与下期（2026年6月）不衔接", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Status_and_start_date_must_agree_with_the_kind_of_project()
    {
        var (f, id) = await WithProjectAsync(PlanKind.Continuing);
        await using var _ = f;

        var started = await f.Dispatch.SaveReportAsync(Report(id, 5, ConstructionStatus.Started, 0m, 0m, new DateOnly(2026, 3, 1)), null, "张三");
        var noDate = await f.Dispatch.SaveReportAsync(Report(id, 5, ConstructionStatus.Resumed, 0m, 0m), null, "张三");
        var dateNotStarted = await f.Dispatch.SaveReportAsync(Report(id, 5, ConstructionStatus.NotStarted, 0m, 0m, new DateOnly(2026, 5, 2)), null, "张三");
        var lateDate = await f.Dispatch.SaveReportAsync(Report(id, 5, ConstructionStatus.Resumed, 0m, 0m, new DateOnly(2026, 6, 2)), null, "张三");

        Assert.Contains(started.Problems, p => p.Field == "建设状态" && p.Message.Contains("续建项目本年恢复施工请填“复工”", StringComparison.Ordinal));
        Assert.Contains(noDate.Problems, p => p.Field == "开（复）工日期" && p.Message == "建设状态为“复工”，须填写本年开（复）工日期");
        Assert.Contains(dateNotStarted.Problems, p => p.Field == "开（复）工日期" && p.Message.Contains("未开工", StringComparison.Ordinal));
        Assert.Contains(lateDate.Problems, p => p.Message == "2026年6月2日晚于本期最后一天2026年5月31日");
    }

    [Fact]
    public async Task Amounts_percentages_workers_coordination_and_funds_are_checked_item_by_item()
    {
        var (f, id) = await WithProjectAsync();
        await using var _ = f;
        var report = Report(id, 5, ConstructionStatus.Started, -5m, 10m, new DateOnly(2026, 5, 3));
        report.ProgressPercent = 120m;
        report.ProgressText = " ";
        report.Workers = -1;
        report.Coordination = [new CoordinationItem { Matter = "协调用地", ResponsibleUnit = "", DueDate = null }];
        report.FundsArrived =
        [
            new FundsArrived { Source = FundingSourceKind.SpecialBonds, Amount = 10m },
            new FundsArrived { Source = FundingSourceKind.SpecialBonds, Amount = -1m },
        ];

        var problems = (await f.Dispatch.SaveReportAsync(report, null, "张三")).Problems.Select(p => p.ToString()).ToList();

        Assert.Contains("本期完成投资：为-5万元，不能为负数", problems);
        Assert.Contains("形象进度：不能为空", problems);
        Assert.Contains("形象进度百分比：为120%，应在0%至100%之间", problems);
        Assert.Contains("用工人数：为-1人，不能为负数", problems);
        Assert.Contains("需协调事项第1项·责任单位：不能为空", problems);
        Assert.Contains("需协调事项第1项·办结时限：不能为空", problems);
        Assert.Contains("资金到位第2项·到位金额：为-1万元，不能为负数", problems);
        Assert.Contains("资金到位第2项·资金来源：“地方政府专项债券”重复填报，同一来源请合并为一项", problems);
        Assert.Empty(await f.Dispatch.ListReportsAsync(id));
    }

    [Fact]
    public async Task A_period_that_has_not_begun_or_lies_in_another_year_is_refused()
    {
        var (f, id) = await WithProjectAsync();
        await using var _ = f;

        var future = await f.Dispatch.SaveReportAsync(Report(id, 12, ConstructionStatus.NotStarted, 0m, 0m), null, "张三");
        var otherYear = Report(id, 1, ConstructionStatus.NotStarted, 0m, 0m);
        otherYear.PeriodStart = new DateOnly(2025, 12, 1);
        var old = await f.Dispatch.SaveReportAsync(otherYear, null, "张三");

        Assert.Equal("报告期间：2026年12月尚未开始，不能提前填报", Assert.Single(future.Problems).ToString());
        Assert.Equal("报告期间：2025年12月不属于2026年度计划", old.Problems[0].ToString());
    }

    [Fact]
    public async Task Plan_projects_need_a_reserve_record_once_a_year_a_start_date_and_a_prior_year_for_continuing_ones()
    {
        await using var f = await DispatchFixture.CreateAsync(Today);
        await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual);

        var p = new PlanProject
        {
            Year = 2026, ReserveProjectId = "2027-0001", Name = "重复项目", Department = "住建局", OwnerUnit = "", Leader = "",
            Tier = PlanTier.MunicipalAnnual, Kind = PlanKind.NewStart, AnnualPlanInvestment = 0m, PlannedStart = null,
        };
        var duplicate = (await f.Dispatch.SavePlanProjectAsync(p, null, "张三")).Problems.Select(x => x.ToString()).ToList();
        p.ReserveProjectId = "2027-9999";
        p.Kind = PlanKind.Continuing;
        p.PriorYearCumulative = [10m, 5m];
        var other = (await f.Dispatch.SavePlanProjectAsync(p, null, "张三")).Problems.Select(x => x.ToString()).ToList();
        p.PriorYearCumulative = [.. Enumerable.Repeat(10m, 11), 5m];
        var decreasing = (await f.Dispatch.SavePlanProjectAsync(p, null, "张三")).Problems.Select(x => x.ToString()).ToList();

        Assert.Contains("储备项目编号：储备项目“2027-0001”已在2026年度计划中（项目2027-0001），同一项目每年只列一次", duplicate);
        Assert.Contains("包抓领导：不能为空", duplicate);
        Assert.Contains("业主单位：不能为空", duplicate);
        Assert.Contains("年度计划投资：新开工项目的年度计划投资应大于0", duplicate);
        Assert.Contains("计划开工日期：新开工项目须填写计划开工日期", duplicate);
        Assert.Contains("储备项目编号：储备库中没有编号为“2027-9999”的项目", other);
        Assert.Contains("上年逐月累计完成投资：应为1—12月共12个累计数，填了2个", other);
        Assert.Contains("上年逐月累计完成投资：12月累计5万元小于11月累计10万元，累计数不应减少", decreasing);
    }

    [Fact]
    public async Task A_start_plan_needs_a_cause_measures_and_dated_milestones_none_done_in_the_future()
    {
        var (f, id) = await WithProjectAsync();
        await using var _ = f;

        var outcome = await f.Dispatch.SaveStartPlanAsync(new StartPlan
        {
            PlanProjectId = id, Cause = "", Measures = "并联审批",
            Milestones = [new Milestone { Name = "施工许可", DueDate = null, DoneOn = new DateOnly(2026, 12, 1) }],
        }, null, "张三");

        var problems = outcome.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains("症结：不能为空", problems);
        Assert.Contains("倒排工期第1个节点·完成时限：不能为空", problems);
        Assert.Contains("倒排工期第1个节点·实际完成日期：2026年12月1日晚于今天，不能预填", problems);
    }
}
