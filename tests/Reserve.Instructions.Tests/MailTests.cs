using System.Net;
using System.Net.Sockets;
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
        await f.Centre.SetMailAddressAsync("jtj", "wangjj@jyg.example.cn");
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
        await f.Centre.SetMailAddressAsync("jtj", "wangjj@jyg.example.cn");
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

    /// <summary>Just enough of SMTP (RFC 5321) for one client: greeting, EHLO, MAIL, RCPT, DATA, QUIT.</summary>
    private sealed class LoopbackSmtp : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();

        public LoopbackSmtp()
        {
            _listener.Start();
            _ = Task.Run(AcceptAsync);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public List<(string Envelope, string Data)> Messages { get; } = [];

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                _ = Task.Run(() => ServeAsync(client));
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            using var _ = client;
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, new UTF8Encoding(false));
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost ESMTP test");
            var envelope = new StringBuilder();
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "MAIL":
                    case "RCPT":
                        envelope.AppendLine(line);
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync() is { } body && body != ".")
                        {
                            data.Append(body.StartsWith("..", StringComparison.Ordinal) ? body[1..] : body).Append("\r\n");
                        }
                        lock (Messages)
                        {
                            Messages.Add((envelope.ToString(), data.ToString()));
                        }
                        envelope.Clear();
                        await writer.WriteLineAsync("250 OK queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }
    }
}
