using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;
using Reserve.Instructions.Notifications;
using Reserve.Sdk.Projects;

namespace Reserve.Instructions.Mail;

/// <summary>
/// Sends the notifications not yet mailed to the users who gave an address, through the configured SMTP server
/// (MailKit). Each is claimed before it is sent, so with several instances a notification is mailed at most once;
/// one that fails is logged and not retried (the user still has it in the notification centre).
/// </summary>
public sealed class NotificationMailer(SmtpSettings settings, INotificationCentre centre, ILogger<NotificationMailer> logger)
{
    public bool Enabled => settings.Enabled;

    /// <summary>Mails what is pending; returns how many were sent.</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken = default)
    {
        if (!settings.Enabled)
        {
            return 0;
        }
        var pending = await centre.ClaimMailAsync(100, cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(settings.Host!, settings.Port, Security(settings.Security), cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }
        var sent = 0;
        foreach (var mail in pending)
        {
            try
            {
                await client.SendAsync(Message(mail), cancellationToken);
                sent++;
            }
            catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException)
            {
                logger.LogWarning(e, "通知 {Id} 发往 {Address} 失败", mail.Id, mail.Address);
            }
        }
        await client.DisconnectAsync(true, cancellationToken);
        return sent;
    }

    private MimeMessage Message(PendingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(MailboxAddress.Parse(mail.Address));
        message.Subject = $"【{ZhNames<ReminderKind>.Of(mail.Kind)}】{mail.Title}";
        var link = string.IsNullOrWhiteSpace(settings.SiteUrl) ? mail.Link : settings.SiteUrl.TrimEnd('/') + mail.Link;
        message.Body = new TextPart("plain") { Text = $"{mail.Title}\n\n查看：{link}\n\n（本邮件由项目储备系统自动发送，请登录系统处理。）" };
        return message;
    }

    private static SecureSocketOptions Security(string text) => text.Trim().ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "sslonconnect" or "ssl" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
