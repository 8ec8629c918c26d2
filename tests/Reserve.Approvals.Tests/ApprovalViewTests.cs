using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Tests;

/// <summary>An approval read as of a date: 核准 accepted Friday 2026-10-09, 20 working days, due Friday 2026-11-06.</summary>
public sealed class ApprovalViewTests
{
    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static ApprovalRecord Record(DateOnly? completed = null, params Commitment[] commitments) => new()
    {
        ProjectId = "2027-0001",
        ProjectName = "测试项目",
        Department = "商务局",
        Item = PreWorkKind.Authorization,
        AppliedOn = D(10, 9),
        Basis = LimitBasis.Statutory,
        StatutoryLimitId = "authorization",
        LimitDays = 20,
        Counting = DayCounting.WorkingDays,
        CompletedOn = completed,
        Commitments = [.. commitments],
    };

    private static ApprovalView At(ApprovalRecord record, DateOnly asOf) => ApprovalView.Of(record, 1, WorkCalendar.WeekdaysOnly, asOf);

    [Fact]
    public void In_hand_on_the_due_date_is_not_flagged_and_the_day_after_is()
    {
        Assert.Equal((ApprovalState.InProgress, 0, false), (At(Record(), D(11, 6)).State, At(Record(), D(11, 6)).DaysPast, At(Record(), D(11, 6)).Flagged));
        var saturday = At(Record(), D(11, 7));
        Assert.Equal((ApprovalState.Overdue, 1, true), (saturday.State, saturday.DaysPast, saturday.Flagged));
        Assert.Equal(D(11, 6), saturday.DueOn);
        Assert.Equal(4, At(Record(), D(11, 10)).DaysPast);
    }

    [Fact]
    public void Completion_on_the_due_date_is_on_time_and_later_is_late()
    {
        Assert.Equal(ApprovalState.CompletedOnTime, At(Record(D(11, 6)), D(12, 1)).State);
        var late = At(Record(D(11, 9)), D(12, 1));
        Assert.Equal((ApprovalState.CompletedLate, 3), (late.State, late.DaysPast));
    }

    [Fact]
    public void A_completion_after_the_as_of_date_is_not_seen_yet()
    {
        Assert.Equal(ApprovalState.InProgress, At(Record(D(11, 9)), D(11, 1)).State);
        Assert.Equal((ApprovalState.Overdue, 1), (At(Record(D(11, 9)), D(11, 7)).State, At(Record(D(11, 9)), D(11, 7)).DaysPast));
    }

    [Fact]
    public void The_extension_the_statute_allows_moves_the_due_date()
    {
        var record = Record();
        record.ExtensionDays = 5;
        Assert.Equal(D(11, 13), At(record, D(11, 10)).DueOn);
        Assert.Equal(ApprovalState.InProgress, At(record, D(11, 10)).State);
        Assert.Equal("法定时限20个工作日（企业投资项目核准），延长5个工作日", At(record, D(11, 10)).LimitText);
    }

    [Fact]
    public void Commitments_are_open_overdue_fulfilled_or_fulfilled_late_as_of_the_date()
    {
        Commitment Owed(DateOnly due, DateOnly? fulfilled = null, DateOnly? made = null) =>
            new() { Kind = CommitmentKind.MissingMaterials, Content = "容缺补交社会稳定风险评估报告", MadeOn = made ?? D(10, 9), DueOn = due, FulfilledOn = fulfilled };
        var record = Record(null, Owed(D(10, 30)), Owed(D(10, 20)), Owed(D(10, 20), D(10, 20)), Owed(D(10, 20), D(10, 25)), Owed(D(11, 30), made: D(10, 31)));

        var view = At(record, D(10, 30));

        Assert.Equal(
            [(0, CommitmentState.Open, 0), (1, CommitmentState.Overdue, 10), (2, CommitmentState.Fulfilled, 0), (3, CommitmentState.FulfilledLate, 5)],
            view.Commitments.Select(c => (c.Index, c.State, c.DaysLate)));
        Assert.True(view.Flagged);
        Assert.Equal(CommitmentState.Overdue, At(record, D(10, 31)).Commitments[0].State);
        Assert.Equal(CommitmentState.Overdue, At(record, D(10, 24)).Commitments[3].State);
    }

    [Fact]
    public void A_promised_limit_says_it_is_the_users_and_unverified()
    {
        var record = Record();
        record.Basis = LimitBasis.Promised;
        record.StatutoryLimitId = null;
        record.LimitDays = 15;
        Assert.Equal("承诺时限15个工作日（用户录入，未核实）", At(record, D(10, 10)).LimitText);
        Assert.Equal(D(10, 30), At(record, D(10, 10)).DueOn);
    }
}
