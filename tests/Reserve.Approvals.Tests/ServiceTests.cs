using Reserve.Persistence;
using Reserve.Testing;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Approvals.Summaries;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Tests;

public sealed class ServiceTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_record_takes_the_statutory_days_and_the_projects_name_and_department(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);

        var opened = await store.Approvals.OpenAsync(store.Authorization() with { LimitDays = 3, Counting = DayCounting.CalendarDays }, "张三");

        Assert.True(opened.Succeeded, string.Join("；", opened.Problems));
        var view = opened.Value!;
        Assert.Equal((20, DayCounting.WorkingDays), (view.Record.LimitDays, view.Record.Counting));   // typed days are ignored for a statutory limit
        Assert.Equal(("嘉峪关瑞达冷链仓储物流中心项目", "商务局"), (view.Record.ProjectName, view.Record.Department));
        // 20 working days from Friday 2026-10-09 by the shipped 2026 arrangement: Saturday 10-10 is a 调休 working day, so due Thursday 11-05.
        Assert.Equal((new DateOnly(2026, 11, 5), ApprovalState.InProgress, 1), (view.DueOn, view.State, view.Version));
        Assert.Equal(new DateOnly(2026, 10, 15), view.AsOf);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_overdue_flag_follows_the_injected_clock(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        await store.Approvals.OpenAsync(store.Authorization(), "张三");

        Assert.Empty((await store.Approvals.FlagsAsync()).OverdueApprovals);
        store.Clock.Advance(TimeSpan.FromDays(21));                    // 2026-11-05, the due date (10-10 was a 调休 working day)
        Assert.Empty((await store.Approvals.FlagsAsync()).OverdueApprovals);
        store.Clock.Advance(TimeSpan.FromDays(1));                     // 2026-11-06
        var flags = await store.Approvals.FlagsAsync();

        Assert.Equal(new DateOnly(2026, 11, 6), flags.AsOf);
        var overdue = Assert.Single(flags.OverdueApprovals);
        Assert.Equal((PreWorkKind.Authorization, 1), (overdue.Record.Item, overdue.DaysPast));
        Assert.Single((await store.Approvals.ListAsync(new ApprovalQuery(FlaggedOnly: true))).Records);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Commitments_are_tracked_until_fulfilled_and_overdue_ones_are_flagged(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        var opened = (await store.Approvals.OpenAsync(store.Authorization() with
        {
            Commitments = [new Commitment { Kind = CommitmentKind.MissingMaterials, Content = "容缺补交社会稳定风险评估报告", MadeOn = new DateOnly(2026, 10, 9), DueOn = new DateOnly(2026, 10, 20) }],
        }, "张三")).Value!;

        store.Clock.Advance(TimeSpan.FromDays(6));                     // 2026-10-21
        var flagged = Assert.Single((await store.Approvals.FlagsAsync()).OverdueCommitments);
        Assert.Equal((CommitmentState.Overdue, 1, "容缺补交社会稳定风险评估报告"), (flagged.Commitment.State, flagged.Commitment.DaysLate, flagged.Commitment.Commitment.Content));

        var fulfilled = await store.Approvals.FulfilCommitmentAsync(opened.Record.Id, 0, new DateOnly(2026, 10, 21), opened.Version, "李四");

        Assert.True(fulfilled.Succeeded, string.Join("；", fulfilled.Problems));
        Assert.Equal(CommitmentState.FulfilledLate, fulfilled.Value!.Commitments[0].State);
        Assert.Empty((await store.Approvals.FlagsAsync()).OverdueCommitments);
        Assert.Equal("承诺事项：该记录没有第2项承诺（共1项）",
            Assert.Single((await store.Approvals.FulfilCommitmentAsync(opened.Record.Id, 1, new DateOnly(2026, 10, 21), fulfilled.Value.Version, "李四")).Problems).ToString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Completion_and_every_change_are_audited_with_before_and_after(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        var opened = (await store.Approvals.OpenAsync(store.Authorization(), "张三")).Value!;

        var completed = await store.Approvals.CompleteAsync(opened.Record.Id, new DateOnly(2026, 10, 14), "嘉发改核准〔2026〕12号", opened.Version, "李四");

        Assert.True(completed.Succeeded);
        Assert.Equal((ApprovalState.CompletedOnTime, "嘉发改核准〔2026〕12号", 2), (completed.Value!.State, completed.Value.Record.DocNumber, completed.Value.Version));
        var audit = await store.Approvals.AuditAsync(opened.Record.Id);
        Assert.Equal(["登记", "办结"], audit.Select(a => a.Action));
        Assert.Equal(["张三", "李四"], audit.Select(a => a.User));
        Assert.DoesNotContain("completedOn", audit[1].Before);
        Assert.Contains("\"completedOn\":\"2026-10-14\"", audit[1].After);
        Assert.Contains("\"basis\":\"法定时限\"", audit[0].After);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_second_of_two_concurrent_edits_is_refused(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        var opened = (await store.Approvals.OpenAsync(store.Authorization(), "张三")).Value!;

        var first = await store.Approvals.CompleteAsync(opened.Record.Id, new DateOnly(2026, 10, 14), "嘉发改核准〔2026〕12号", opened.Version, "张三");
        var second = await store.Approvals.UpdateAsync(opened.Record.Id, ApprovalDraft.From(opened.Record) with { Authority = "甘肃省发展和改革委员会" }, opened.Version, "李四");

        Assert.True(first.Succeeded);
        Assert.StartsWith("保存被拒绝：“嘉峪关瑞达冷链仓储物流中心项目”的“核准”审批记录已由 张三 于", second.Conflict);
        var now = (await store.Approvals.FindAsync(opened.Record.Id))!;
        Assert.Equal(("嘉峪关市发展和改革委员会", (DateOnly?)new DateOnly(2026, 10, 14)), (now.Record.Authority, now.Record.CompletedOn));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Records_only_for_items_on_the_projects_pre_work_list_and_once_each(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        await store.Approvals.OpenAsync(store.Authorization(), "张三");

        var unknown = await store.Approvals.OpenAsync(store.Authorization() with { ProjectId = "2027-0999" }, "张三");
        var notListed = await store.Approvals.OpenAsync(store.Authorization() with { Item = PreWorkKind.EnergyReview, Basis = LimitBasis.Promised, LimitDays = 15 }, "张三");
        var twice = await store.Approvals.OpenAsync(store.Authorization(), "张三");

        Assert.Equal("储备编号：储备库中没有编号为 2027-0999 的项目", Assert.Single(unknown.Problems).ToString());
        Assert.Equal("前期工作事项：项目 2027-0001“嘉峪关瑞达冷链仓储物流中心项目”的前期工作清单中没有“节能审查”，请先在储备项目中补充该事项", Assert.Single(notListed.Problems).ToString());
        Assert.Equal("前期工作事项：项目 2027-0001 的“核准”已有办理记录（编号 1），请修改该记录", Assert.Single(twice.Problems).ToString());
        Assert.Single((await store.Approvals.ListAsync(new ApprovalQuery())).Records);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Limits_are_checked_against_the_statute_and_the_promise(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        string Only(Outcome<ApprovalView> o) => Assert.Single(o.Problems).ToString();

        Assert.Equal("法定时限：“authorization”不适用于“环评批复”，可选：环境影响报告书审批（eia-report）、环境影响报告表审批（eia-table）",
            Only(await store.Approvals.OpenAsync(store.Authorization() with { Item = PreWorkKind.EnvironmentalApproval }, "张三")));
        Assert.Equal("法定时限：“可研批复”没有收录的法定时限，请选择“承诺时限”并填写审批部门承诺的办理时限",
            Only(await store.Approvals.OpenAsync(store.Authorization() with { Item = PreWorkKind.FeasibilityApproval, StatutoryLimitId = null }, "张三")));
        Assert.Equal("延长天数：41个工作日超过法定最长延长期限40个工作日",
            Only(await store.Approvals.OpenAsync(store.Authorization() with { ExtensionDays = 41 }, "张三")));
        Assert.Equal("承诺时限：必填，应为大于0的天数",
            Only(await store.Approvals.OpenAsync(store.Authorization() with { Item = PreWorkKind.FeasibilityApproval, Basis = LimitBasis.Promised }, "张三")));
        Assert.True((await store.Approvals.OpenAsync(store.Authorization() with { ExtensionDays = 40 }, "张三")).Succeeded);
        Assert.Equal("延长天数：环境影响报告表审批的法定时限没有延长的规定",
            Only(await store.Approvals.OpenAsync(store.Authorization() with { Item = PreWorkKind.EnvironmentalApproval, StatutoryLimitId = "eia-table", ExtensionDays = 5 }, "张三")));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Dates_are_checked_and_every_problem_is_reported(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);

        var outcome = await store.Approvals.OpenAsync(store.Authorization() with
        {
            AppliedOn = new DateOnly(2026, 10, 16),
            CompletedOn = new DateOnly(2026, 10, 1),
            Commitments = [new Commitment { Kind = CommitmentKind.PromiseFirst, Content = " ", MadeOn = new DateOnly(2026, 10, 16), DueOn = new DateOnly(2026, 10, 10) }],
        }, "张三");

        Assert.Equal(
        [
            "受理日期：2026年10月16日晚于今天（2026年10月15日）",
            "办结日期：2026年10月1日早于受理日期2026年10月16日",
            "第1项承诺：请写明缺少的材料或承诺补办的事项",
            "第1项承诺：承诺日期2026年10月16日晚于今天（2026年10月15日）",
            "第1项承诺：承诺期限2026年10月10日早于承诺日期2026年10月16日",
        ], outcome.Problems.Select(p => p.ToString()));
        Assert.Empty((await store.Approvals.ListAsync(new ApprovalQuery())).Records);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_holiday_entered_in_the_calendar_moves_the_due_date(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        var opened = (await store.Approvals.OpenAsync(store.Authorization(), "张三")).Value!;
        Assert.Equal(new DateOnly(2026, 11, 5), opened.DueOn);

        var set = await store.Approvals.SetCalendarDayAsync(new Limits.CalendarDay(new DateOnly(2026, 10, 12), false, "测试假日"), 0, "管理员");

        Assert.True(set.Succeeded, string.Join("；", set.Problems));
        Assert.Equal(1, set.MovedDueDates);
        Assert.Equal(new DateOnly(2026, 11, 6), (await store.Approvals.FindAsync(opened.Record.Id))!.DueOn);
        Assert.Equal("日期：2026年10月13日是工作日，无需登记为调休上班日",
            Assert.Single((await store.Approvals.SetCalendarDayAsync(new Limits.CalendarDay(new DateOnly(2026, 10, 13), true, null), 0, "管理员")).Problems).ToString());
        var day = Assert.Single(await store.Approvals.CalendarAsync(2026), d => d.Date == new DateOnly(2026, 10, 12));
        Assert.StartsWith("保存被拒绝：2026年10月12日已被他人修改", (await store.Approvals.RemoveCalendarDayAsync(day.Date, day.Version + 1, "管理员")).Conflict);

        Assert.True((await store.Approvals.RemoveCalendarDayAsync(day.Date, day.Version, "管理员")).Succeeded);
        Assert.Equal(new DateOnly(2026, 11, 5), (await store.Approvals.FindAsync(opened.Record.Id))!.DueOn);
        // Taking away the shipped 调休 working day of Saturday 10-10 pushes the due date a day later.
        var makeUp = Assert.Single(await store.Approvals.CalendarAsync(2026), d => d.Date == new DateOnly(2026, 10, 10));
        Assert.True(makeUp.IsWorkday);
        Assert.True((await store.Approvals.RemoveCalendarDayAsync(makeUp.Date, makeUp.Version, "管理员")).Succeeded);
        Assert.Equal(new DateOnly(2026, 11, 6), (await store.Approvals.FindAsync(opened.Record.Id))!.DueOn);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Candidates_list_the_projects_pre_work_with_their_records(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        await store.Approvals.OpenAsync(store.Authorization(), "张三");

        var candidates = (await store.Approvals.CandidatesAsync(store.ProjectId))!.Items;

        Assert.Equal([PreWorkKind.FeasibilityApproval, PreWorkKind.Authorization, PreWorkKind.EnvironmentalApproval, PreWorkKind.ConstructionPermit], candidates.Select(c => c.Item.Item));
        Assert.Equal([false, true, false, false], candidates.Select(c => c.Approval is not null));
        Assert.Null(await store.Approvals.CandidatesAsync("2027-0999"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Summaries_count_by_department_and_by_item_as_of_a_date(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        // 2027-0001 (商务局): 核准 in hand since 10-09 (due 11-06); 可研 promised 5 working days from 10-01 (due 10-08), in hand: overdue;
        // 环评 报告表 30 days from 09-01 (due 10-01), completed 09-20: on time, with a 容缺 commitment due 10-10 still owed: overdue.
        await store.Approvals.OpenAsync(store.Authorization(), "张三");
        await store.Approvals.OpenAsync(store.Authorization() with { Item = PreWorkKind.FeasibilityApproval, Basis = LimitBasis.Promised, StatutoryLimitId = null, LimitDays = 5, AppliedOn = new DateOnly(2026, 10, 1) }, "张三");
        await store.Approvals.OpenAsync(store.Authorization() with
        {
            Item = PreWorkKind.EnvironmentalApproval, StatutoryLimitId = "eia-table", AppliedOn = new DateOnly(2026, 9, 1), CompletedOn = new DateOnly(2026, 9, 20),
            Commitments = [new Commitment { Kind = CommitmentKind.MissingMaterials, Content = "容缺补交水土保持方案批复", MadeOn = new DateOnly(2026, 9, 1), DueOn = new DateOnly(2026, 10, 10) }],
        }, "张三");

        var byDepartment = await store.Approvals.SummaryAsync(SummaryGrouping.Department);
        var byItem = await store.Approvals.SummaryAsync(SummaryGrouping.Item);
        var early = await store.Approvals.SummaryAsync(SummaryGrouping.Item, new DateOnly(2026, 9, 30));

        var row = Assert.Single(byDepartment.Rows);
        Assert.Equal(("商务局", 3, 1, 1, 1, 0, 0, 1), (row.Group, row.Total, row.InProgress, row.Overdue, row.CompletedOnTime, row.CompletedLate, row.CommitmentsOpen, row.CommitmentsOverdue));
        // Flagged groups first (one each), then by size, then by name.
        Assert.Equal(["可研批复", "环评批复", "核准"], byItem.Rows.Select(r => r.Group));
        Assert.Equal(byDepartment.Total, byItem.Total with { Group = byDepartment.Total.Group });
        // As of 09-30 only the 环评 record was accepted; its commitment was not yet due.
        Assert.Equal((1, 1, 1, 0), (early.Total.Total, early.Total.CompletedOnTime, early.Total.CommitmentsOpen, early.Total.CommitmentsOverdue));
    }
}
