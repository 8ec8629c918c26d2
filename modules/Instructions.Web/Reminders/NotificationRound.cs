using Microsoft.Extensions.Logging;
using Reserve.Instructions.Mail;
using Reserve.Jobs;

namespace Reserve.Instructions.Web.Reminders;

/// <summary>
/// One round of reminders: today's for every user, then the e-mails of what is new (when SMTP is configured). Run
/// by the job queue, which hands a round to one instance at a time; a round that follows another by less than half
/// the interval (every instance's timer asks) is skipped, so the sources are asked and the mail sent once per interval.
/// </summary>
internal sealed class NotificationRound(ReminderRun run, NotificationMailer mailer, NotificationSchedule schedule, IJobQueue queue, TimeProvider clock,
    ILogger<NotificationRound> logger) : IJobHandler
{
    public const string JobKind = "instructions-notifications";

    /// <summary>Who the queue records as having asked: no user, the system's reminder service.</summary>
    public const string RequestedBy = "提醒服务";

    public string Kind => JobKind;

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Rounds never overlap (the queue runs one at a time), so this look at the last one cannot race another round.
        var recent = (await queue.RecentAsync(RequestedBy, 10, ct))
            .FirstOrDefault(j => j.Kind == JobKind && j.Id != context.Id && j.State == JobState.Succeeded && j.FinishedAtUtc is not null);
        if (recent is { FinishedAtUtc: { } finished } && clock.GetUtcNow().UtcDateTime - finished < schedule.Interval / 2)
        {
            return new JobOutcome($"本轮提醒已由 {recent.ClaimedBy} 于 {finished:HH:mm:ss}（UTC）完成，跳过");
        }
        var added = await run.RefreshAllAsync(ct);
        var mailed = await mailer.SendPendingAsync(ct);
        if (added > 0 || mailed > 0)
        {
            logger.LogInformation("提醒：新增 {Added} 条通知，发送 {Mailed} 封邮件", added, mailed);
        }
        return new JobOutcome($"新增 {added} 条通知，发送 {mailed} 封邮件");
    }
}
