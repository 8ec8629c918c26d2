namespace Reserve.Dispatch.Tests;

public sealed class NotStartedTests
{
    [Fact]
    public async Task Projects_planned_to_start_that_have_not_are_listed_with_overdue_milestones_flagged()
    {
        await using var f = await DispatchFixture.CreateAsync(new DateOnly(2026, 6, 10));
        var late = await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual, edit: p => p.PlannedStart = new DateOnly(2026, 4, 1));
        var started = await f.AddPlanAsync("2027-0002", PlanTier.MunicipalAnnual, edit: p => p.PlannedStart = new DateOnly(2026, 4, 1));
        await f.AddPlanAsync("2027-0003", PlanTier.MunicipalAnnual, PlanKind.Continuing);
        await f.ReportAsync(started, new DateOnly(2026, 5, 1), ConstructionStatus.Started, 10m, 10m, new DateOnly(2026, 5, 20));
        var plan = await f.Dispatch.SaveStartPlanAsync(new StartPlan
        {
            PlanProjectId = late, Cause = "施工图审查未完成", Measures = "并联审批，容缺受理",
            Milestones =
            [
                new Milestone { Name = "开工建设", DueDate = new DateOnly(2026, 7, 1) },
                new Milestone { Name = "完成施工图审查", DueDate = new DateOnly(2026, 5, 15), DoneOn = new DateOnly(2026, 5, 20) },
                new Milestone { Name = "办理施工许可", DueDate = new DateOnly(2026, 6, 1) },
            ],
        }, null, "张三");
        Assert.True(plan.Succeeded, string.Join("；", plan.Problems));

        var list = await f.Dispatch.NotStartedAsync();

        var item = Assert.Single(list);
        Assert.Equal(late, item.Project.Id);
        Assert.Equal(70, item.DaysPastPlannedStart);
        Assert.Equal("施工图审查未完成", item.Plan!.Item.Cause);
        Assert.Equal(["完成施工图审查", "办理施工许可", "开工建设"], item.Milestones.Select(m => m.Name));
        Assert.Equal("已完成2026年5月20日（逾期5天）", item.Milestones[0].State);
        Assert.True(item.Milestones[1].Overdue);
        Assert.Equal("逾期未完成（9天）", item.Milestones[1].State);
        Assert.Equal("未到期", item.Milestones[2].State);
        Assert.True(item.HasOverdueMilestone);
        // Before the 5-20 start was reported, the started project was on the list too.
        Assert.Equal(2, (await f.Dispatch.NotStartedAsync(new DateOnly(2026, 5, 19))).Count);
    }
}
