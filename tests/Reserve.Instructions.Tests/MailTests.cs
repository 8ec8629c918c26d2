using System.Text;
using Reserve.Instructions.Mail;
using Reserve.Instructions.Notifications;

namespace Reserve.Instructions.Tests;

/// <summary>E-mail through MailKit to a tiny SMTP listener on 127.0.0.1 (no network): off by default, once per notification.</summary>
public sealed class MailTests
{
    [Fact]
    public async Task Without_an_smtp_host_nothing_is_mailed_and_nothing_is_claimed()
    {
        await using var f = await InstructionsFixture.CreateAsync();
        await f.Centre.SetMailAddressAsync("jtj", "wangjj@jyg.example.cn", 0, InstructionsFixture.JtjActor);
        await f.WriteAsync();
        Assert.False(f.Mailer.Enabled);
        Assert.Equal(0, await f.Mailer.SendPendingAsync());
        Assert.Single(await f.Centre.ClaimMailAsync(10));
    }

    [Fact]
    public async Task New_notifications_are_mailed_to_users_with_an_address_once()
    {
        using var smtp = new LoopbackSmtp();
        await using var f = await InstructionsFixture.CreateAsync(smtp: new SmtpSettings { Host = "127.0.0.1", Port = smtp.Port, Security = "None", From = "reserve@jyg.example.cn", SiteUrl = "https://reserve.jyg.example.cn" });
        await f.Centre.SetMailAddressAsync("jtj", "wangjj@jyg.example.cn", 0, InstructionsFixture.JtjActor);
        var written = await f.WriteAsync();

        Assert.Equal(1, await f.Mailer.SendPendingAsync());
        Assert.Equal(0, await f.Mailer.SendPendingAsync());
        var message = Assert.Single(smtp.Messages);
        Assert.Contains("RCPT TO:<wangjj@jyg.example.cn>", message.Envelope, StringComparison.Ordinal);
        Assert.Contains("MAIL FROM:<reserve@jyg.example.cn>", message.Envelope, StringComparison.Ordinal);
        var body = DecodedBody(message.Data);
        Assert.Contains("G312 线嘉峪关至酒泉段改扩建工程", body, StringComparison.Ordinal);
        Assert.Contains($"https://reserve.jyg.example.cn/instructions/{written.Id}", body, StringComparison.Ordinal);
    }

    private static string DecodedBody(string data)
    {
        // MimeKit writes Chinese text as base64 (or quoted-printable); the test reads it back the way a mail client would.
        var mime = MimeKit.MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(data)));
        return mime.Subject + "\n" + mime.TextBody;
    }
}
