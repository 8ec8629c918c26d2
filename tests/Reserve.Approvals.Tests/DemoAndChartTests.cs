using System.Text.Json;
using Reserve.Approvals.Charts;
using Reserve.Demo.Approvals;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Approvals.Summaries;
using Reserve.Demo.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Tests;

public sealed class DemoAndChartTests
{
    private static readonly IReadOnlyList<ProjectRecord> Reserve = DemoProjects.Generate(600);

    [Fact]
    public void The_same_seed_gives_the_same_records()
    {
        Assert.Equal(JsonSerializer.Serialize(ApprovalDemo.Generate(Reserve)), JsonSerializer.Serialize(ApprovalDemo.Generate(Reserve)));
        Assert.NotEqual(JsonSerializer.Serialize(ApprovalDemo.Generate(Reserve)), JsonSerializer.Serialize(ApprovalDemo.Generate(Reserve, seed: 7)));
    }

    [Fact]
    public void Every_demo_record_is_valid_and_follows_its_projects_pre_work()
    {
        var records = ApprovalDemo.Generate(Reserve);
        var byId = Reserve.ToDictionary(p => p.Id!);

        Assert.InRange(records.Count, 300, 5000);
        Assert.All(records, r =>
        {
            Assert.Empty(ApprovalRules.Check(r, ApprovalDemo.DefaultAsOf));
            var project = byId[r.ProjectId];
            var item = project.FindPreWork(r.Item)!;
            Assert.Equal((project.Name, project.Department), (r.ProjectName, r.Department));
            if (item.Status == PreWorkStatus.Completed)
            {
                Assert.Equal(item.Date, r.CompletedOn);
            }
            if (item.Status == PreWorkStatus.Committed)
            {
                Assert.Contains(r.Commitments, c => c.Kind == CommitmentKind.PromiseFirst && c.DueOn == item.Expires);
            }
            Assert.Equal(StatutoryLimits.For(r.Item).Count > 0, r.Basis == LimitBasis.Statutory);
        });
        Assert.Equal(records.Count, records.Select(r => (r.ProjectId, r.Item)).Distinct().Count());
    }

    [Fact]
    public void The_demo_has_something_in_every_state()
    {
        var views = ApprovalDemo.Generate(Reserve).Select(r => ApprovalView.Of(r, 1, WorkCalendar.WeekdaysOnly, ApprovalDemo.DefaultAsOf)).ToList();
        Assert.Equal(Enum.GetValues<ApprovalState>().Length, views.Select(v => v.State).Distinct().Count());
        Assert.Equal(Enum.GetValues<CommitmentState>().Length, views.SelectMany(v => v.Commitments).Select(c => c.State).Distinct().Count());
    }

    [Fact]
    public async Task Seeding_fills_an_empty_table_once()
    {
        await using var store = await ApprovalsFixture.CreateAsync();
        var records = ApprovalDemo.Generate(Reserve, asOf: new DateOnly(2026, 10, 15));

        Assert.Equal(records.Count, await store.Approvals.SeedDemoAsync(records, "演示数据"));
        Assert.Equal(0, await store.Approvals.SeedDemoAsync(ApprovalDemo.Generate(Reserve, asOf: new DateOnly(2026, 10, 15)), "演示数据"));
        Assert.NotEmpty((await store.Approvals.FlagsAsync()).OverdueApprovals);
    }

    [Fact]
    public void Charts_stack_the_states_of_each_group()
    {
        var summary = new ApprovalSummary(new DateOnly(2026, 10, 15), SummaryGrouping.Department,
            [new SummaryRow("商务局", 4, 1, 1, 1, 1, 2, 1, 0, 0), new SummaryRow("工信局", 2, 0, 0, 2, 0, 0, 0, 1, 1)],
            new SummaryRow("合计", 6, 1, 1, 3, 1, 2, 1, 1, 1));

        var states = ApprovalCharts.States(summary);
        var commitments = ApprovalCharts.Commitments(summary);

        Assert.Equal(["商务局", "工信局"], states.Categories);
        Assert.Equal(["办理中", "超时未办结", "按时办结", "超时办结"], states.Series.Select(s => s.Name));
        Assert.Equal([1m, 2m], states.Series[2].Values);
        Assert.Equal(["待补办", "逾期未补办", "已补办", "逾期补办"], commitments.Series.Select(s => s.Name));
        Assert.Equal([2m, 0m], commitments.Series[0].Values);
        Assert.StartsWith("各部门审批事项办理情况（截至2026-10-15）", states.Title);
    }
}
