using Microsoft.EntityFrameworkCore;
using Reserve.Approvals.Calendar;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Approvals.Storage;
using Reserve.Demo.Approvals;
using Reserve.Demo.Projects;
using Reserve.Persistence;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Approvals.Tests;

/// <summary>
/// The summaries' counts kept on write by the database's triggers equal the records and commitments grouped afresh,
/// after every kind of write: a record opened, changed (its commitments replaced), completed, a commitment fulfilled, a
/// joint review opened and completed, the demo's records appended, a holiday moving due dates, records moved to another
/// department or item and records deleted with their commitments, on both providers.
/// </summary>
public sealed class ApprovalTotalsTests
{
    /// <summary>Days on or after every stored date (the fixture's today is 2026-10-15): the kept counts answer for them.</summary>
    private static readonly DateOnly[] Days = [new(2026, 10, 15), new(2026, 11, 6), new(2026, 12, 31), new(2027, 12, 31)];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_kept_counts_equal_the_records_grouped_afresh_after_every_kind_of_write(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        await AssertKeptAsync(store, "empty");

        var opened = await store.Approvals.OpenAsync(store.Authorization() with
        {
            Commitments = [new Commitment { Kind = CommitmentKind.MissingMaterials, Content = "容缺补交社会稳定风险评估报告", MadeOn = new DateOnly(2026, 10, 9), DueOn = new DateOnly(2026, 10, 20) }],
        }, "张三");
        Assert.True(opened.Succeeded, string.Join("；", opened.Problems));
        await AssertKeptAsync(store, "opened");

        var record = opened.Value!;
        var changed = await store.Approvals.UpdateAsync(record.Record.Id, ApprovalDraft.From(record.Record) with
        {
            AppliedOn = new DateOnly(2026, 10, 12),
            Commitments =
            [
                new Commitment { Kind = CommitmentKind.MissingMaterials, Content = "补交用地预审意见", MadeOn = new DateOnly(2026, 10, 12), DueOn = new DateOnly(2026, 10, 14) },
                new Commitment { Kind = CommitmentKind.MissingMaterials, Content = "补交节能审查意见", MadeOn = new DateOnly(2026, 10, 12), DueOn = new DateOnly(2026, 11, 30) },
            ],
        }, record.Version, "张三");
        Assert.True(changed.Succeeded, string.Join("；", changed.Problems));
        await AssertKeptAsync(store, "changed, commitments replaced");

        var fulfilled = await store.Approvals.FulfilCommitmentAsync(record.Record.Id, 0, new DateOnly(2026, 10, 15), changed.Value!.Version, "张三");
        Assert.True(fulfilled.Succeeded, string.Join("；", fulfilled.Problems));
        await AssertKeptAsync(store, "commitment fulfilled late");

        var completed = await store.Approvals.CompleteAsync(record.Record.Id, new DateOnly(2026, 10, 14), "嘉发改审批〔2026〕1号", fulfilled.Value!.Version, "张三");
        Assert.True(completed.Succeeded, string.Join("；", completed.Problems));
        await AssertKeptAsync(store, "completed");

        var joint = await store.Approvals.OpenJointReviewAsync(new JointReviewDraft
        {
            Kind = JointReviewKind.JointApproval,
            ProjectId = store.ProjectId,
            AppliedOn = new DateOnly(2026, 10, 9),
            Items =
            [
                new JointReviewItem { Item = PreWorkKind.EnvironmentalApproval, Basis = LimitBasis.Statutory, StatutoryLimitId = "eia-table" },
                new JointReviewItem { Item = PreWorkKind.FeasibilityApproval, Basis = LimitBasis.Promised, LimitDays = 3, Counting = DayCounting.WorkingDays },
            ],
        }, "张三");
        Assert.True(joint.Succeeded, string.Join("；", joint.Problems));
        await AssertKeptAsync(store, "joint review opened");
        var done = await store.Approvals.UpdateJointReviewAsync(joint.Value!.Review.Id,
            new JointReviewChange(new DateOnly(2026, 10, 9), new DateOnly(2026, 10, 13), null, false, null), joint.Value.Version, "李四");
        Assert.True(done.Succeeded, string.Join("；", done.Problems));
        await AssertKeptAsync(store, "joint review completed");

        var demo = ApprovalDemo.Generate(DemoProjects.Generate(300), asOf: new DateOnly(2026, 10, 15));
        Assert.True(await store.Approvals.AppendDemoAsync(demo, "演示数据") > 0);
        await AssertKeptAsync(store, "demo appended");

        var holiday = await store.Approvals.SetCalendarDayAsync(new CalendarDay(new DateOnly(2026, 10, 20), false, "测试假日"), 0, "李四");
        Assert.True(holiday.Succeeded && holiday.MovedDueDates > 0, string.Join("；", holiday.Problems));
        await AssertKeptAsync(store, "due dates moved by a holiday");

        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            Assert.True(await db.Database.ExecuteSqlRawAsync(
                """UPDATE approvals_records SET "Department" = '测试局' WHERE "Id" IN (SELECT "RecordId" FROM approvals_commitments ORDER BY "RecordId" LIMIT 40)""") > 0);
        }
        await AssertKeptAsync(store, "records with commitments moved to another department");

        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(
                """UPDATE approvals_records SET "ProjectId" = 'moved', "Item" = 'ConstructionPermit', "CompletedOn" = NULL WHERE "Id" = (SELECT MAX("RecordId") FROM approvals_commitments)"""));
        }
        await AssertKeptAsync(store, "a record moved to another item and reopened");

        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            Assert.True(await db.Database.ExecuteSqlRawAsync(
                """DELETE FROM approvals_records WHERE "Id" IN (SELECT "RecordId" FROM approvals_commitments ORDER BY "RecordId" DESC LIMIT 7)""") > 0);
        }
        await AssertKeptAsync(store, "records deleted with their commitments");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_day_before_a_stored_date_is_not_answered_from_the_kept_counts(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        Assert.True((await store.Approvals.OpenAsync(store.Authorization(), "张三")).Succeeded);
        await using var db = await store.Contexts.CreateDbContextAsync();

        // Accepted on 10-09: on 10-08 the record did not exist yet, which the kept counts cannot tell.
        Assert.Null(await ApprovalTotals.GroupsAsync(db, new DateOnly(2026, 10, 8), CancellationToken.None));
        Assert.NotNull(await ApprovalTotals.GroupsAsync(db, new DateOnly(2026, 10, 9), CancellationToken.None));
    }

    private static async Task AssertKeptAsync(ApprovalsFixture store, string after)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        foreach (var day in Days)
        {
            var kept = await ApprovalTotals.GroupsAsync(db, day, CancellationToken.None);
            Assert.True(kept is not null, $"{after}: the kept counts do not answer for {day}");
            var afresh = await ApprovalCounts.GroupsAsync(db, day, CancellationToken.None);
            Assert.Equal(States(afresh), States(kept!));
            Assert.Equal(Commitments(afresh), Commitments(kept!));
        }
    }

    private static List<string> States(ApprovalCounts.Groups groups) => groups.States
        .Select(s => $"{s.Department}/{s.Item}: {s.Total} {s.InProgress} {s.Overdue} {s.OnTime} {s.Late}").Order(StringComparer.Ordinal).ToList();

    private static List<string> Commitments(ApprovalCounts.Groups groups) => groups.Commitments
        .Select(c => $"{c.Department}/{c.Item}: {c.Open} {c.Overdue} {c.Fulfilled} {c.Late}").Order(StringComparer.Ordinal).ToList();
}
