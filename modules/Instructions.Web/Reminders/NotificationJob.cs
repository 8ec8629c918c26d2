using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reserve.Instructions.Mail;

namespace Reserve.Instructions.Web.Reminders;

/// <summary>
/// In the background, every <c>Reserve:Notifications:IntervalMinutes</c> (15 by default; 0 turns it off): today's
/// reminders for every user, then the e-mails of what is new (when SMTP is configured). Every instance may run it:
/// notifications are unique per user and occasion, and each e-mail is claimed before it is sent.
/// </summary>
internal sealed class NotificationJob(ReminderRun run, NotificationMailer mailer, NotificationSchedule schedule, ILogger<NotificationJob> logger) : BackgroundService
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
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A source or the mail server failing must not stop the next round.
                logger.LogWarning(e, "提醒生成或邮件发送失败，将在下一轮重试");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var added = await run.RefreshAllAsync(cancellationToken);
        var mailed = await mailer.SendPendingAsync(cancellationToken);
        if (added > 0 || mailed > 0)
        {
            logger.LogInformation("提醒：新增 {Added} 条通知，发送 {Mailed} 封邮件", added, mailed);
        }
    }
}

/// <summary>How often the job runs (<c>Reserve:Notifications:IntervalMinutes</c>).</summary>
internal sealed record NotificationSchedule(TimeSpan Interval);
