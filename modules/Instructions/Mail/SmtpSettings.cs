namespace Reserve.Instructions.Mail;

/// <summary>
/// <c>Reserve:Notifications:Smtp:*</c>. E-mail is off unless <see cref="Host"/> is set. <see cref="Security"/>:
/// <c>None</c>, <c>StartTls</c> (the default when a port other than 465 is used), <c>SslOnConnect</c>, or <c>Auto</c>.
/// </summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string Security { get; set; } = "Auto";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "reserve@localhost";
    public string FromName { get; set; } = "项目储备系统";

    /// <summary>The site's address, so a mailed notification links back to the page (e.g. https://reserve.example.gov.cn).</summary>
    public string? SiteUrl { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
