using Reserve.Approvals.Limits;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Records;

/// <summary>Where an approval stands against its limit on a date.</summary>
public enum ApprovalState
{
    [ZhName("办理中")] InProgress,
    [ZhName("超时未办结")] Overdue,
    [ZhName("按时办结")] CompletedOnTime,
    [ZhName("超时办结")] CompletedLate,
}

/// <summary>Where a commitment stands on a date.</summary>
public enum CommitmentState
{
    [ZhName("待补办")] Open,
    [ZhName("逾期未补办")] Overdue,
    [ZhName("已补办")] Fulfilled,
    [ZhName("逾期补办")] FulfilledLate,
}

/// <summary>A commitment read as of a date: its state and how many calendar days it is or was late.</summary>
public sealed record CommitmentView(Commitment Commitment, int Index, CommitmentState State, int DaysLate);

/// <summary>
/// An approval record read as of a date: its due date, its state, how many calendar days it is or was past the
/// due date (a limit in working days can be past on a weekend, so the days past are always plain days), and its
/// commitments. A record completed after the as-of date is read as still in hand on that date.
/// </summary>
public sealed record ApprovalView(ApprovalRecord Record, int Version, DateOnly AsOf, DateOnly DueOn, ApprovalState State, int DaysPast, IReadOnlyList<CommitmentView> Commitments)
{
    public bool Flagged => State == ApprovalState.Overdue || Commitments.Any(c => c.State == CommitmentState.Overdue);

    /// <summary>法定时限20个工作日（企业投资项目核准） / 承诺时限15个工作日（用户录入，未核实）.</summary>
    public string LimitText => Record.Basis == LimitBasis.Statutory
        ? $"法定时限{Record.LimitDays}个{ZhNames<DayCounting>.Of(Record.Counting)}（{StatutoryLimits.Find(Record.StatutoryLimitId)?.Name}）{(Record.ExtensionDays > 0 ? $"，延长{Record.ExtensionDays}个{ZhNames<DayCounting>.Of(Record.Counting)}" : "")}"
        : $"承诺时限{Record.LimitDays}个{ZhNames<DayCounting>.Of(Record.Counting)}（用户录入，未核实）";

    /// <summary>How the due date was reached when the record is part of a joint review.</summary>
    public string? JointText => Record.JointReviewId is { } id ? $"并入联合审查 {id}，{JointReviewRule.Text}" : null;

    /// <summary>Reads <paramref name="record"/> as of <paramref name="asOf"/> against its stored <see cref="ApprovalRecord.DueOn"/>.</summary>
    public static ApprovalView Of(ApprovalRecord record, int version, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        var due = record.DueOn;
        var completed = record.CompletedOn is { } c && c <= asOf ? c : (DateOnly?)null;
        var until = completed ?? asOf;
        var past = Math.Max(0, until.DayNumber - due.DayNumber);
        var state = (completed, past) switch
        {
            (null, 0) => ApprovalState.InProgress,
            (null, _) => ApprovalState.Overdue,
            (_, 0) => ApprovalState.CompletedOnTime,
            _ => ApprovalState.CompletedLate,
        };
        var commitments = record.Commitments
            .Select((commitment, i) => Read(commitment, i, asOf))
            .Where(v => v is not null)
            .Select(v => v!)
            .ToList();
        return new ApprovalView(record, version, asOf, due, state, past, commitments);
    }

    /// <summary>Sets the due date of a record outside any joint review from <paramref name="calendar"/>, then reads it as of <paramref name="asOf"/>.</summary>
    public static ApprovalView Of(ApprovalRecord record, int version, WorkCalendar calendar, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(calendar);
        record.DueOn = calendar.DueDate(record.AppliedOn, record.LimitDays + record.ExtensionDays, record.Counting);
        return Of(record, version, asOf);
    }

    /// <summary>A commitment not yet made on the as-of date is left out.</summary>
    private static CommitmentView? Read(Commitment commitment, int index, DateOnly asOf)
    {
        if (commitment.MadeOn > asOf)
        {
            return null;
        }
        var fulfilled = commitment.FulfilledOn is { } f && f <= asOf ? f : (DateOnly?)null;
        var until = fulfilled ?? asOf;
        var late = Math.Max(0, until.DayNumber - commitment.DueOn.DayNumber);
        var state = (fulfilled, late) switch
        {
            (null, 0) => CommitmentState.Open,
            (null, _) => CommitmentState.Overdue,
            (_, 0) => CommitmentState.Fulfilled,
            _ => CommitmentState.FulfilledLate,
        };
        return new CommitmentView(commitment, index, state, late);
    }
}
