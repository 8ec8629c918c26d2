using Reserve.Jobs;

namespace Reserve.Instructions.Web.Reminders;

/// <summary>
/// The reminder rounds the shared queue has run: whether one finished (on any instance) less than half an interval
/// ago, in which case another would only repeat it. Each instance's timer asks before queuing one, and the round
/// asks again when it starts (two timers may have queued one after the other).
/// </summary>
internal sealed class RoundHistory(IJobQueue queue, NotificationSchedule schedule, TimeProvider clock)
{
    /// <summary>
    /// The round that did its work (a skipped one reports no progress, so skips never stretch the window) and finished
    /// within half an interval, other than <paramref name="except"/>; or null.
    /// </summary>
    public async Task<JobInfo?> RecentAsync(long? except, CancellationToken cancellationToken)
    {
        var last = (await queue.RecentAsync(NotificationRound.RequestedBy, 10, cancellationToken))
            .FirstOrDefault(j => j.Kind == NotificationRound.JobKind && j.Id != except && j.State == JobState.Succeeded && j.Total > 0 && j.FinishedAtUtc is not null);
        return last is { FinishedAtUtc: { } finished } && clock.GetUtcNow().UtcDateTime - finished < schedule.Interval / 2 ? last : null;
    }
}
