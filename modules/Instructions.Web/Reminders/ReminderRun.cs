using System.Collections.Concurrent;
using Reserve.Instructions.Notifications;

namespace Reserve.Instructions.Web.Reminders;

/// <summary>
/// Asks every reminder source (of the modules that are on) what holds today and hands the reminders to the
/// notification centre: for everyone (the job), or for one user when they open a page — at most once every few
/// minutes each, and from a result shared by all users for as long, so a busy site asks the sources rarely.
/// Storing is idempotent: however often this runs, each occasion is one notification per user.
/// </summary>
internal sealed class ReminderRun(IEnumerable<IReminderSource> sources, INotificationCentre centre, IRecipientDirectory directory, TimeProvider clock)
{
    internal static readonly TimeSpan Freshness = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _refreshed = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DateTimeOffset At, IReadOnlyList<Reminder> Reminders)? _cache;

    /// <summary>Delivers today's reminders to every user; returns how many notifications were added.</summary>
    public async Task<int> RefreshAllAsync(CancellationToken cancellationToken = default)
    {
        var reminders = await RemindersAsync(force: true, cancellationToken);
        var recipients = await directory.RecipientsAsync(cancellationToken);
        var added = await centre.DeliverAsync(recipients, reminders, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var r in recipients)
        {
            _refreshed[r.Login] = now;
        }
        return added;
    }

    /// <summary>Delivers today's reminders to one user, unless that was done in the last few minutes.</summary>
    public async Task RefreshAsync(string login, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (_refreshed.TryGetValue(login, out var at) && now - at < Freshness)
        {
            return;
        }
        var recipient = (await directory.RecipientsAsync(cancellationToken)).FirstOrDefault(r => r.Login == login);
        if (recipient is null)
        {
            return;
        }
        await centre.DeliverAsync([recipient], await RemindersAsync(force: false, cancellationToken), cancellationToken);
        _refreshed[login] = now;
    }

    private async Task<IReadOnlyList<Reminder>> RemindersAsync(bool force, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            if (!force && _cache is { } cached && now - cached.At < Freshness && now >= cached.At)
            {
                return cached.Reminders;
            }
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var all = new List<Reminder>();
            foreach (var source in sources)
            {
                all.AddRange(await source.RemindersAsync(today, cancellationToken));
            }
            _cache = (now, all);
            return all;
        }
        finally
        {
            _gate.Release();
        }
    }
}
