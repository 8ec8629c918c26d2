using Reserve.Approvals.Calendar;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Approvals.Summaries;
using Reserve.Demo.Approvals;
using Reserve.Demo.Projects;
using Reserve.Persistence;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Approvals.Tests;

/// <summary>
/// The summaries counted by the database (and kept between requests until something changes) equal the states
/// read record by record in memory, due dates computed afresh from the working-day calendar: over the demo's
/// records, on dates inside and after a holiday, and after a holiday marked in the calendar moves due dates.
/// </summary>
public sealed class SummaryEquivalenceTests
{
    private static readonly IReadOnlyList<ProjectRecord> Projects = DemoProjects.Generate(600);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_database_summaries_equal_the_in_memory_reading_of_every_record(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        var records = ApprovalDemo.Generate(Projects, asOf: new DateOnly(2026, 10, 15));
        Assert.Equal(records.Count, await store.Approvals.SeedDemoAsync(records, "演示数据"));
        var days = HolidayArrangements.Shipped.SelectMany(n => n.Days).ToList();

        // Inside the National Day holiday (10-01…10-08, 10-10 a make-up working day), and after it.
        foreach (var asOf in new[] { new DateOnly(2026, 10, 15), new DateOnly(2026, 10, 5), new DateOnly(2026, 6, 30) })
        {
            await AssertSameAsync(store, records, new WorkCalendar(days), asOf);
        }

        // A holiday marked on a working day moves the due dates running over it; the summaries follow at once.
        var holiday = new DateOnly(2026, 10, 20);
        var moved = records.Count(r => r.Counting == DayCounting.WorkingDays && r.AppliedOn < holiday && r.DueOn >= holiday);
        Assert.True(moved > 0, "no demo record runs over the marked day");
        await AssertSameAsync(store, records, new WorkCalendar(days), new DateOnly(2026, 10, 21));
        var change = await store.Approvals.SetCalendarDayAsync(new CalendarDay(holiday, false, "测试假日"), 0, "李四");
        Assert.True(change.Succeeded, string.Join("；", change.Problems));
        Assert.Equal(moved, change.MovedDueDates);
        var calendar = new WorkCalendar(days.Append(new CalendarDay(holiday, false, "测试假日")));
        foreach (var asOf in new[] { new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 21) })
        {
            await AssertSameAsync(store, records, calendar, asOf);
        }
    }

    private static async Task AssertSameAsync(ApprovalsFixture store, IReadOnlyList<ApprovalRecord> records, WorkCalendar calendar, DateOnly asOf)
    {
        var views = records.Where(r => r.AppliedOn <= asOf).Select(r => ApprovalView.Of(r, 1, calendar, asOf)).ToList();
        foreach (var department in new string?[] { null, "住建局", "交通运输局" })
        {
            var scoped = views.Where(v => department is null || v.Record.Department == department).ToList();
            Assert.Equal(InMemory(scoped, v => v.Record.Department), Rows(await store.Approvals.SummaryAsync(SummaryGrouping.Department, asOf, department)));
            Assert.Equal(InMemory(scoped, v => ZhNames<PreWorkKind>.Of(v.Record.Item)), Rows(await store.Approvals.SummaryAsync(SummaryGrouping.Item, asOf, department)));
            // The page's one read gives the same summaries and the same page as the separate reads.
            foreach (var query in new[] { new ApprovalQuery(Department: department, Skip: 10, Take: 25), new ApprovalQuery(Department: department, FlaggedOnly: true, Take: 50) })
            {
                var overview = await store.Approvals.OverviewAsync(query, asOf);
                Assert.Equal(InMemory(scoped, v => v.Record.Department), Rows(overview.ByDepartment));
                Assert.Equal(InMemory(scoped, v => ZhNames<PreWorkKind>.Of(v.Record.Item)), Rows(overview.ByItem));
                var list = await store.Approvals.ListAsync(query, asOf);
                Assert.Equal(list.Total, overview.Page.Total);
                Assert.Equal(list.Records.Select(v => (v.Record.Id, v.State)), overview.Page.Records.Select(v => (v.Record.Id, v.State)));
                Assert.Equal(query.FlaggedOnly ? scoped.Count(v => v.Flagged) : records.Count(r => department is null || r.Department == department), overview.Page.Total);
            }
        }
        var flagged = await store.Approvals.ListAsync(new ApprovalQuery(FlaggedOnly: true, Take: 1), asOf);
        Assert.Equal(views.Count(v => v.Flagged), flagged.Total);
    }

    /// <summary>The reference: every record read as of the date, counted group by group.</summary>
    private static List<SummaryRow> InMemory(IReadOnlyList<ApprovalView> views, Func<ApprovalView, string> group)
    {
        var rows = views.GroupBy(group).Select(g =>
        {
            var commitments = g.SelectMany(v => v.Commitments).ToList();
            return new SummaryRow(g.Key, g.Count(), g.Count(v => v.State == ApprovalState.InProgress), g.Count(v => v.State == ApprovalState.Overdue),
                g.Count(v => v.State == ApprovalState.CompletedOnTime), g.Count(v => v.State == ApprovalState.CompletedLate),
                commitments.Count(c => c.State == CommitmentState.Open), commitments.Count(c => c.State == CommitmentState.Overdue),
                commitments.Count(c => c.State == CommitmentState.Fulfilled), commitments.Count(c => c.State == CommitmentState.FulfilledLate));
        }).ToList();
        return [.. rows.OrderBy(r => r.Group, StringComparer.Ordinal)];
    }

    private static List<SummaryRow> Rows(ApprovalSummary summary) => [.. summary.Rows.OrderBy(r => r.Group, StringComparer.Ordinal)];
}
