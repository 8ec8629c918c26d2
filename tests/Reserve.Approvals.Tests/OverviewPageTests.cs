using Reserve.Approvals.Calendar;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Demo.Approvals;
using Reserve.Demo.Projects;
using Reserve.Persistence;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Approvals.Tests;

/// <summary>
/// The /approvals page's records are read once per change and kept: while nothing changes the same page is answered
/// again, and after each kind of write (a record completed, a commitment fulfilled, a record opened, a holiday marked in
/// the calendar) the page is exactly what reading the records afresh gives — states, due dates, days past, commitments.
/// </summary>
public sealed class OverviewPageTests
{
    private static readonly IReadOnlyList<ProjectRecord> Projects = DemoProjects.Generate(300);
    private static readonly DateOnly AsOf = new(2026, 10, 15);

    private static readonly ApprovalQuery[] Queries =
    [
        new(),
        new(Skip: 50),
        new(Department: "住建局", Take: 20),
        new(FlaggedOnly: true),
        new(Item: PreWorkKind.EnvironmentalApproval),
        new(Text: "改造"),
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_kept_page_is_the_page_read_afresh_after_every_kind_of_write(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        var records = ApprovalDemo.Generate(Projects, asOf: AsOf);
        Assert.Equal(records.Count, await store.Approvals.SeedDemoAsync(records, "演示数据"));
        await AssertSameAsync(store);

        // Nothing changed: the page kept is answered again.
        var first = await store.Approvals.OverviewAsync(new ApprovalQuery(), AsOf);
        Assert.Same(first.Page.Records, (await store.Approvals.OverviewAsync(new ApprovalQuery(), AsOf)).Page.Records);

        var open = first.Page.Records.First(v => v.Record.CompletedOn is null);
        var completed = await store.Approvals.CompleteAsync(open.Record.Id, AsOf, "嘉发改审批〔2026〕99号", open.Version, "李四");
        Assert.True(completed.Succeeded, string.Join("；", completed.Problems));
        var after = await store.Approvals.OverviewAsync(new ApprovalQuery(), AsOf);
        Assert.Equal(AsOf, after.Page.Records.Single(v => v.Record.Id == open.Record.Id).Record.CompletedOn);
        await AssertSameAsync(store);

        var promised = (await store.Approvals.ListAsync(new ApprovalQuery(Take: 1000), AsOf)).Records
            .First(v => v.Commitments.Any(c => c.Commitment.FulfilledOn is null));
        var index = promised.Commitments.First(c => c.Commitment.FulfilledOn is null).Index;
        var fulfilled = await store.Approvals.FulfilCommitmentAsync(promised.Record.Id, index, AsOf, promised.Version, "李四");
        Assert.True(fulfilled.Succeeded, string.Join("；", fulfilled.Problems));
        await AssertSameAsync(store);

        var opened = await store.Approvals.OpenAsync(store.Authorization(), "张三");
        Assert.True(opened.Succeeded, string.Join("；", opened.Problems));
        Assert.Equal(opened.Value!.Record.Id, (await store.Approvals.OverviewAsync(new ApprovalQuery(), AsOf)).Page.Records[0].Record.Id);
        await AssertSameAsync(store);

        var change = await store.Approvals.SetCalendarDayAsync(new CalendarDay(new DateOnly(2026, 10, 20), false, "测试假日"), 0, "李四");
        Assert.True(change.Succeeded && change.MovedDueDates > 0, string.Join("；", change.Problems));
        await AssertSameAsync(store);
    }

    /// <summary>Every query's page from the overview (kept) against the list (always read afresh), field by field.</summary>
    private static async Task AssertSameAsync(ApprovalsFixture store)
    {
        foreach (var query in Queries)
        {
            foreach (var asOf in new[] { AsOf, AsOf.AddDays(10) })
            {
                var kept = await store.Approvals.OverviewAsync(query, asOf);
                var fresh = await store.Approvals.ListAsync(query, asOf);
                Assert.Equal(fresh.Total, kept.Page.Total);
                Assert.NotEmpty(fresh.Records);
                Assert.Equal(fresh.Records.Select(Text), kept.Page.Records.Select(Text));
            }
        }
    }

    private static string Text(ApprovalView v) =>
        $"{v.Record.Id} v{v.Version} {v.Record.ProjectId} {v.Record.ProjectName} {v.Record.Department} {v.Record.Item} {v.Record.AppliedOn} {v.DueOn} " +
        $"{v.Record.CompletedOn} {v.State} {v.DaysPast} {v.LimitText} {v.Record.Remote} {v.Record.JointReviewId} " +
        string.Join("；", v.Commitments.Select(c => $"{c.Index} {c.Commitment.Kind} {c.Commitment.Content} {c.Commitment.DueOn} {c.Commitment.FulfilledOn} {c.State} {c.DaysLate}"));
}
