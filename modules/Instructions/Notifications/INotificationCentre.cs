namespace Reserve.Instructions.Notifications;

/// <summary>
/// Each user's notifications: stored once per user and occasion (the reminder's key, a unique index), so a job and
/// a page asking at the same time, or two host instances, never make a duplicate. Read state is per notification.
/// </summary>
public interface INotificationCentre
{
    /// <summary>Stores, for each recipient, the reminders meant for them that they do not have yet; returns how many were added.</summary>
    Task<int> DeliverAsync(IReadOnlyList<Recipient> recipients, IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken = default);

    /// <summary>Delivers one reminder to everyone it is meant for now (a new instruction, an answer).</summary>
    Task<int> NotifyAsync(Reminder reminder, CancellationToken cancellationToken = default);

    Task<int> UnreadCountAsync(string login, CancellationToken cancellationToken = default);

    /// <summary>A page of the user's notifications, newest first (unread only when asked).</summary>
    Task<Page<NotificationView>> ListAsync(string login, bool unreadOnly, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Marks one of the user's notifications read; false when it is not theirs or does not exist.</summary>
    Task<bool> MarkReadAsync(string login, long id, CancellationToken cancellationToken = default);

    /// <summary>Marks every notification of the user read; returns how many were unread.</summary>
    Task<int> MarkAllReadAsync(string login, CancellationToken cancellationToken = default);

    /// <summary>The address the user's reminders are e-mailed to, or null.</summary>
    Task<string?> MailAddressAsync(string login, CancellationToken cancellationToken = default);

    /// <summary>The user's address (null when mail is off) and the version a form sends back.</summary>
    Task<MailSetting> MailSettingAsync(string login, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets (or with an empty value clears, turning mail off) the user's e-mail address, if it is still at
    /// <paramref name="expectedVersion"/> (0: never set); each change is audited with the old and the new address.
    /// </summary>
    Task<Outcome<MailSetting>> SetMailAddressAsync(string login, string? address, int expectedVersion, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>The user's own address changes, newest first (for that user only: an address is shown to nobody else).</summary>
    Task<IReadOnlyList<MailAuditEntry>> MailAuditAsync(string login, int take, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="take"/> notifications not yet mailed whose recipient has an address: each is
    /// marked mailed in the same statement that hands it out, so two instances never send the same one.
    /// </summary>
    Task<IReadOnlyList<PendingMail>> ClaimMailAsync(int take, CancellationToken cancellationToken = default);
}
