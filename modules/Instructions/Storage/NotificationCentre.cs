using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Reserve.Instructions.Notifications;
using Reserve.Persistence;

namespace Reserve.Instructions.Storage;

internal sealed class NotificationCentre(IDbContextFactory<InstructionsDbContext> contexts, IRecipientDirectory directory, TimeProvider clock, ChangeStamps stamps) : INotificationCentre
{
    public async Task<int> DeliverAsync(IReadOnlyList<Recipient> recipients, IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken = default)
    {
        var added = 0;
        foreach (var recipient in recipients)
        {
            var mine = reminders.Where(r => r.Audience.Includes(recipient)).DistinctBy(r => r.Key).ToList();
            if (mine.Count > 0)
            {
                added += await DeliverToAsync(recipient.Login, mine, cancellationToken);
            }
        }
        return added;
    }

    public async Task<int> NotifyAsync(Reminder reminder, CancellationToken cancellationToken = default) =>
        await DeliverAsync(await directory.RecipientsAsync(cancellationToken), [reminder], cancellationToken);

    /// <summary>
    /// Adds the reminders the user lacks. Another instance (or the job) may add the same ones meanwhile: the unique
    /// index refuses theirs or ours, and the keys are read again, so each occasion is stored once.
    /// </summary>
    private async Task<int> DeliverToAsync(string login, IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var keys = reminders.Select(r => r.Key).ToList();
            var have = (await db.Notifications.Where(n => n.Login == login && keys.Contains(n.Key)).Select(n => n.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var now = clock.GetUtcNow().UtcDateTime;
            var fresh = reminders.Where(r => !have.Contains(r.Key)).ToList();
            if (fresh.Count == 0)
            {
                return 0;
            }
            db.Notifications.AddRange(fresh.Select(r => new NotificationRow
            {
                Login = login, Key = r.Key, Kind = r.Kind, Title = r.Title.Length <= 300 ? r.Title : r.Title[..300], Link = r.Link, CreatedAtUtc = now,
            }));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return fresh.Count;
            }
            catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e) && attempt < 3)
            {
                // Someone stored some of them first: read what is there now and add the rest.
            }
        }
    }

    /// <summary>
    /// The bell in every page's header: counted once per reading of the change stamps (<see cref="ChangeStamps"/>), not
    /// once per page — after the user's own read mark or a new reminder stored by this instance, at once; after another
    /// instance's, within <see cref="ChangeStamps.Freshness"/>.
    /// </summary>
    public async Task<int> UnreadCountAsync(string login, CancellationToken cancellationToken = default)
    {
        var reading = await stamps.ReadAsync(cancellationToken);
        return await reading.OnceAsync("instructions.unread\u001f" + login, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            return await db.Notifications.CountAsync(n => n.Login == login && n.ReadAtUtc == null, CancellationToken.None);
        }, cancellationToken);
    }

    public async Task<Page<NotificationView>> ListAsync(string login, bool unreadOnly, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = db.Notifications.AsNoTracking().Where(n => n.Login == login);
        if (unreadOnly)
        {
            q = q.Where(n => n.ReadAtUtc == null);
        }
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, 200);
        var total = await q.CountAsync(cancellationToken);
        var items = await q.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Skip(skip).Take(take)
            .Select(n => new NotificationView(n.Id, n.Kind, n.Title, n.Link, n.CreatedAtUtc, n.ReadAtUtc)).ToListAsync(cancellationToken);
        return new Page<NotificationView>(items, total, skip, take);
    }

    public async Task<bool> MarkReadAsync(string login, long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await db.Notifications.AnyAsync(n => n.Id == id && n.Login == login, cancellationToken))
        {
            return false;
        }
        await db.Notifications.Where(n => n.Id == id && n.Login == login && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
        return true;
    }

    public async Task<int> MarkAllReadAsync(string login, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Notifications.Where(n => n.Login == login && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
    }

    public async Task<string?> MailAddressAsync(string login, CancellationToken cancellationToken = default) =>
        (await MailSettingAsync(login, cancellationToken)).Address;

    public async Task<MailSetting> MailSettingAsync(string login, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.MailAddresses.AsNoTracking().FirstOrDefaultAsync(m => m.Login == login, cancellationToken);
        return row is null ? new MailSetting(null, 0) : new MailSetting(row.Address.Length == 0 ? null : row.Address, row.Version);
    }

    public async Task<Outcome<MailSetting>> SetMailAddressAsync(string login, string? address, int expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var text = address?.Trim() ?? "";
        if (text.Length > 200 || (text.Length > 0 && !IsAddress(text)))
        {
            return Outcome<MailSetting>.Refused([new Problem("通知邮箱", $"“{text}”不是有效的电子邮件地址（例如 wangjj@jyg.gov.cn）")]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.MailAddresses.FirstOrDefaultAsync(m => m.Login == login, cancellationToken);
        if ((row?.Version ?? 0) != expectedVersion)
        {
            return Outcome<MailSetting>.Conflicted("通知邮箱已在别处被修改（例如另一个浏览器窗口），未保存；页面已显示现在的地址，请核对后再保存");
        }
        var before = row is null || row.Address.Length == 0 ? null : row.Address;
        var after = text.Length == 0 ? null : text;
        if (before == after)
        {
            return Outcome<MailSetting>.Ok(new MailSetting(after, expectedVersion));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (row is null)
        {
            // The row stays once made (an empty address is mail off), so its version never starts over.
            row = new MailAddressRow { Login = login };
            db.MailAddresses.Add(row);
        }
        row.Address = text;
        row.UpdatedAtUtc = now;
        row.Version = expectedVersion + 1;
        db.MailAudit.Add(new MailAuditRow { Login = login, User = actor.Name, AtUtc = now, Before = before, After = after });
        try
        {
            // One SaveChanges: the address and its audit row are stored together or not at all.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(e))
        {
            return Outcome<MailSetting>.Conflicted("通知邮箱刚在别处被修改，未保存；请刷新后再保存");
        }
        return Outcome<MailSetting>.Ok(new MailSetting(after, row.Version));
    }

    public async Task<IReadOnlyList<MailAuditEntry>> MailAuditAsync(string login, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MailAudit.AsNoTracking().Where(a => a.Login == login).OrderByDescending(a => a.Id).Take(Math.Clamp(take, 1, 100))
            .Select(a => new MailAuditEntry(a.AtUtc, a.User, a.Before, a.After)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PendingMail>> ClaimMailAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await (from n in db.Notifications
                                join m in db.MailAddresses on n.Login equals m.Login
                                where n.MailedAtUtc == null && n.ReadAtUtc == null && m.Address != ""
                                orderby n.Id
                                select new PendingMail(n.Id, n.Login, m.Address, n.Title, n.Link, n.Kind)).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = new List<PendingMail>();
        foreach (var mail in candidates)
        {
            // The update that marks it is the claim: only one instance sees one row changed.
            if (await db.Notifications.Where(n => n.Id == mail.Id && n.MailedAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.MailedAtUtc, now), cancellationToken) == 1)
            {
                claimed.Add(mail);
            }
        }
        return claimed;
    }

    private static bool IsAddress(string text) =>
        MailAddress.TryCreate(text, out var parsed) && parsed.Address == text && text.Contains('@', StringComparison.Ordinal) && text.LastIndexOf('.') > text.IndexOf('@', StringComparison.Ordinal);
}
