using Microsoft.Extensions.Logging;
using Reserve.Instructions.Mail;
using Reserve.Jobs;

namespace Reserve.Instructions.Web.Reminders;

/// <summary>
/// One round of reminders: today's for every user, then the e-mails of what is new (when SMTP is configured). Run
/// by the job queue, which hands a round to one instance at a time; a round that follows another by less than half
/// the interval (every instance's timer asks) is skipped, so the sources are asked and the mail sent once per interval.
/// </summary>
internal sealed class NotificationRound(ReminderRun run, NotificationMailer mailer, RoundHistory history, ILogger<NotificationRound> logger) : IJobHandler
{
    public const string JobKind = "instructions-notifications";

    /// <summary>Who the queue records as having asked: no user, the system's reminder service.</summary>
    public const string RequestedBy = "提醒服务";

    public string Kind => JobKind;

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Rounds never overlap (the queue runs one at a time), so this look at the last one cannot race another round.
        if (await history.RecentAsync(context.Id, ct) is { FinishedAtUtc: { } finished } recent)
        {
            return new JobOutcome($"本轮提醒已由 {recent.ClaimedBy} 于 {finished:HH:mm:ss}（UTC）完成，跳过");
        }
        // Two steps, reported as progress: a round that did its work says so (a skipped one reports none).
        var added = await run.RefreshAllAsync(ct);
        await context.ReportProgressAsync(1, 2, $"新增 {added} 条通知", ct);
        var mailed = await mailer.SendPendingAsync(ct);
        await context.ReportProgressAsync(2, 2, $"发送 {mailed} 封邮件", ct);
        if (added > 0 || mailed > 0)
        {
            logger.LogInformation("提醒：新增 {Added} 条通知，发送 {Mailed} 封邮件", added, mailed);
        }
        return new JobOutcome($"新增 {added} 条通知，发送 {mailed} 封邮件");
    }
}
