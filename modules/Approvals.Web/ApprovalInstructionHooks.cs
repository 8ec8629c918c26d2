using System.Globalization;
using Reserve.Approvals;
using Reserve.Approvals.Records;
using Reserve.Instructions;
using Reserve.Instructions.Notifications;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Web;

/// <summary>Approval records as what a leader's instruction can be written on (领导批示), found by id or project name.</summary>
internal sealed class ApprovalInstructionSubjects(IApprovalService approvals) : IInstructionSubjects
{
    private const int Scanned = 1000;

    public SubjectKind Kind => SubjectKind.Approval;

    public async Task<InstructionSubject?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var recordId) && await approvals.FindAsync(recordId, cancellationToken: cancellationToken) is { } view
            ? Subject(view.Record)
            : null;

    public async Task<IReadOnlyList<InstructionSubject>> SearchAsync(string? text, string? leaderName, int take, CancellationToken cancellationToken = default) =>
        (await approvals.ListAsync(new ApprovalQuery(Take: Scanned), cancellationToken: cancellationToken))
            .Where(v => string.IsNullOrWhiteSpace(text) || v.Record.ProjectName.Contains(text.Trim(), StringComparison.Ordinal))
            .Take(take).Select(v => Subject(v.Record)).ToList();

    private static InstructionSubject Subject(ApprovalRecord r) =>
        new(SubjectKind.Approval, r.Id.ToString(CultureInfo.InvariantCulture), $"{r.ProjectName} · {ZhNames<PreWorkKind>.Of(r.Item)}", r.Department,
            $"/approvals?department={Uri.EscapeDataString(r.Department)}");
}

/// <summary>
/// 审批时限: records past their limit, records due within <see cref="NearDays"/> days, and 容缺/承诺 commitments past
/// their date, each to its department's clerks. Reads every record page by page through the public list.
/// </summary>
internal sealed class ApprovalLimitReminders(IApprovalService approvals) : IReminderSource
{
    public const int NearDays = 3;
    private const int PageSize = 1000;

    public async Task<IReadOnlyList<Reminder>> RemindersAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var reminders = new List<Reminder>();
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await approvals.ListAsync(new ApprovalQuery(Skip: skip, Take: PageSize), today, cancellationToken);
            foreach (var v in page)
            {
                var r = v.Record;
                var name = $"“{r.ProjectName}”的{ZhNames<PreWorkKind>.Of(r.Item)}";
                var link = $"/approvals?department={Uri.EscapeDataString(r.Department)}";
                var audience = new ReminderAudience(Department: r.Department);
                if (v.State == ApprovalState.Overdue)
                {
                    reminders.Add(new Reminder($"approval:{r.Id}:overdue", ReminderKind.ApprovalLimit, $"{name}已超过办理时限（应于 {v.DueOn:yyyy-MM-dd} 前办结）", link, audience));
                }
                else if (v.State == ApprovalState.InProgress && v.DueOn.DayNumber - today.DayNumber <= NearDays)
                {
                    reminders.Add(new Reminder($"approval:{r.Id}:near", ReminderKind.ApprovalLimit, $"{name}临近办理时限（{v.DueOn:yyyy-MM-dd} 到期）", link, audience));
                }
                foreach (var c in v.Commitments.Where(c => c.State == CommitmentState.Overdue))
                {
                    reminders.Add(new Reminder($"approval:{r.Id}:commitment:{c.Index}", ReminderKind.ApprovalLimit,
                        $"{name}的{ZhNames<CommitmentKind>.Of(c.Commitment.Kind)}承诺已逾期未补办：{c.Commitment.Content}", link, audience));
                }
            }
            if (page.Count < PageSize)
            {
                return reminders;
            }
        }
    }
}
