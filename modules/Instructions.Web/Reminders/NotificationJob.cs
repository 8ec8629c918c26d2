using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reserve.Jobs;

namespace Reserve.Instructions.Web.Reminders;

/// <summary>
/// In the background, every <c>Reserve:Notifications:IntervalMinutes</c> (15 by default; 0 turns it off): asks the
/// shared job queue for a round of reminders and e-mails (<see cref="NotificationRound"/>). Every instance asks, but
/// the queue holds at most one such round queued or running (its dedupe key), and it is run by whichever instance
/// claims it — so with several hosts on one database a round runs on one instance at a time, and a round that
/// another instance finished moments ago is not repeated.
/// </summary>
internal sealed class NotificationJob(IJobQueue queue, RoundHistory history, NotificationSchedule schedule, ILogger<NotificationJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (schedule.Interval <= TimeSpan.Zero)
        {
            return;
        }
        using var timer = new PeriodicTimer(schedule.Interval);
        do
        {
            try
            {
                await RequestAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly unreachable: ask again at the next tick.
                logger.LogWarning(e, "提醒任务排队失败，将在下一轮重试");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// Queues a round unless one is already queued or running (on any instance) — then that one is returned — or one
    /// finished moments ago (then null: the job list keeps one round per interval, not one per instance).
    /// </summary>
    public async Task<JobInfo?> RequestAsync(CancellationToken cancellationToken) =>
        await history.RecentAsync(null, cancellationToken) is null
            ? await queue.EnqueueAsync(NotificationRound.JobKind, "{}", NotificationRound.RequestedBy, null, NotificationRound.JobKind, cancellationToken)
            : null;
}

/// <summary>How often the job runs (<c>Reserve:Notifications:IntervalMinutes</c>).</summary>
internal sealed record NotificationSchedule(TimeSpan Interval);
