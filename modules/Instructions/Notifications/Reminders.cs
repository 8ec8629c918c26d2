using Reserve.Sdk.Projects;

namespace Reserve.Instructions.Notifications;

public enum ReminderKind
{
    [ZhName("储备截止")] ReserveDeadline,
    [ZhName("调度未报")] MissingReport,
    [ZhName("审批时限")] ApprovalLimit,
    [ZhName("批示逾期")] InstructionOverdue,
    [ZhName("退回修改")] ProjectReturned,
    [ZhName("新批示")] InstructionWritten,
    [ZhName("批示答复")] InstructionAnswered,
    [ZhName("批示修改")] InstructionChanged,
    [ZhName("批示撤回")] InstructionWithdrawn,
}

/// <summary>
/// Who a reminder is for: the clerks of a department, a 包抓领导 by the name the plan records, one account, or every
/// 发改委 reviewer. Any that matches makes the user a recipient.
/// </summary>
public sealed record ReminderAudience(string? Department = null, string? LeaderName = null, string? Login = null, bool Reviewers = false)
{
    public bool Includes(Recipient recipient) =>
        (Department is not null && recipient.IsClerk && recipient.Department == Department)
        || (LeaderName is not null && recipient.IsLeader && recipient.DisplayName == LeaderName)
        || (Login is not null && recipient.Login == Login)
        || (Reviewers && recipient.IsReviewer);
}

/// <summary>
/// Something a user should act on. <paramref name="Key"/> names the occasion (the same overdue report on the same day
/// and the next is one occasion), so the centre stores each reminder once per user however often it is asked.
/// </summary>
public sealed record Reminder(string Key, ReminderKind Kind, string Title, string Link, ReminderAudience Audience);

/// <summary>A user who receives reminders, as the accounts describe them.</summary>
public sealed record Recipient(string Login, string DisplayName, string? Department, bool IsClerk, bool IsLeader, bool IsReviewer);

/// <summary>
/// Implemented by each module that has something to remind of (项目调度: missing reports; 审批服务: limits; the review:
/// the deadline and returned projects), so that the notification centre depends on none of them.
/// </summary>
public interface IReminderSource
{
    /// <summary>The reminders that hold on <paramref name="today"/>.</summary>
    Task<IReadOnlyList<Reminder>> RemindersAsync(DateOnly today, CancellationToken cancellationToken = default);
}

/// <summary>One notification as its recipient sees it.</summary>
public sealed record NotificationView(long Id, ReminderKind Kind, string Title, string Link, DateTime CreatedAtUtc, DateTime? ReadAtUtc)
{
    public bool Unread => ReadAtUtc is null;
}

/// <summary>A notification waiting to be e-mailed, with its recipient's address.</summary>
public sealed record PendingMail(long Id, string Login, string Address, string Title, string Link, ReminderKind Kind);

/// <summary>The users who may receive notifications; the accounts module's, given by the web slice.</summary>
public interface IRecipientDirectory
{
    Task<IReadOnlyList<Recipient>> RecipientsAsync(CancellationToken cancellationToken = default);
}

/// <summary>A user's notification address (null: mail off) and its version, 0 when never set.</summary>
public sealed record MailSetting(string? Address, int Version);

/// <summary>One change of a user's address: when, by whom, from what to what (null: none).</summary>
public sealed record MailAuditEntry(DateTime AtUtc, string User, string? Before, string? After);
