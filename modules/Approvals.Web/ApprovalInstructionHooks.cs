using System.Globalization;
using Reserve.Approvals;
using Reserve.Approvals.Records;
using Reserve.Instructions;
using Reserve.Instructions.Notifications;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Web;

/// <summary>Approval records as what a leader's instruction can be written on (领导批示), found by id, or by project name, 储备编号 or item name (searched by the database).</summary>
internal sealed class ApprovalInstructionSubjects(IApprovalService approvals) : IInstructionSubjects
{
    public SubjectKind Kind => SubjectKind.Approval;

    public async Task<InstructionSubject?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var recordId) && await approvals.FindAsync(recordId, cancellationToken: cancellationToken) is { } view
            ? Subject(view.Record)
            : null;

    public async Task<IReadOnlyList<InstructionSubject>> SearchAsync(string? text, string? leaderName, int take, CancellationToken cancellationToken = default) =>
        (await approvals.ListAsync(new ApprovalQuery(Take: take, Text: text), cancellationToken: cancellationToken)).Records
            .Select(v => Subject(v.Record)).ToList();

    private static InstructionSubject Subject(ApprovalRecord r) =>
        new(SubjectKind.Approval, r.Id.ToString(CultureInfo.InvariantCulture), $"{r.ProjectName} · {ZhNames<PreWorkKind>.Of(r.Item)}", r.Department,
            $"/approvals/{r.Id.ToString(CultureInfo.InvariantCulture)}");
}

/// <summary>
/// 审批时限: records past their limit, records due within <see cref="NearDays"/> days, and 容缺/承诺 commitments past
/// their date, each to its department's clerks — read from the database's due dates, not from every record.
/// </summary>
internal sealed class ApprovalLimitReminders(IApprovalService approvals) : IReminderSource
{
    public const int NearDays = 3;

    /// <summary>More than a city has in hand near its limits at once; the earliest due come first.</summary>
    private const int Taken = 5000;

    public async Task<IReadOnlyList<Reminder>> RemindersAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var reminders = new List<Reminder>();
        foreach (var due in await approvals.DueSoonAsync(null, today, NearDays, Taken, cancellationToken))
        {
            var name = $"“{due.ProjectName}”的{ZhNames<PreWorkKind>.Of(due.Item)}";
            reminders.Add(due.Overdue
                ? new Reminder($"approval:{due.Id}:overdue", ReminderKind.ApprovalLimit, $"{name}已超过办理时限（应于 {due.DueOn:yyyy-MM-dd} 前办结）", Link(due.Id), new ReminderAudience(Department: due.Department))
                : new Reminder($"approval:{due.Id}:near", ReminderKind.ApprovalLimit, $"{name}临近办理时限（{due.DueOn:yyyy-MM-dd} 到期）", Link(due.Id), new ReminderAudience(Department: due.Department)));
        }
        foreach (var (approval, commitment) in (await approvals.FlagsAsync(today, cancellationToken)).OverdueCommitments)
        {
            var r = approval.Record;
            reminders.Add(new Reminder($"approval:{r.Id}:commitment:{commitment.Index}", ReminderKind.ApprovalLimit,
                $"“{r.ProjectName}”的{ZhNames<PreWorkKind>.Of(r.Item)}的{ZhNames<CommitmentKind>.Of(commitment.Commitment.Kind)}承诺已逾期未补办：{commitment.Commitment.Content}",
                Link(r.Id), new ReminderAudience(Department: r.Department)));
        }
        return reminders;
    }

    private static string Link(long id) => "/approvals/" + id.ToString(CultureInfo.InvariantCulture);
}
