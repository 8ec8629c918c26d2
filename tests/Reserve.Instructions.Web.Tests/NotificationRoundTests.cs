using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reserve.Instructions.Mail;
using Reserve.Instructions.Notifications;
using Reserve.Instructions.Tests;
using Reserve.Instructions.Web.Reminders;
using Reserve.Jobs;
using Reserve.Persistence;
using Reserve.Testing;

namespace Reserve.Instructions.Web.Tests;

/// <summary>
/// Two host instances on one database, each with its job runner and its reminder timer: a round of reminders runs on
/// one instance at a time (never two at once), and every reminder reaches each recipient's mailbox once.
/// </summary>
public sealed class NotificationRoundTests
{
    private static readonly Recipient[] Recipients =
    [
        new("jtj", "王建军", "交通运输局", true, false, false),
        new("zjj", "李秀兰", "住建局", true, false, false),
        new("swj", "马文斌", "水务局", true, false, false),
    ];

    private static readonly Reminder[] Today =
    [
        new("report:17:20261005", ReminderKind.MissingReport, "G312 调度报告逾期未报", "/dispatch/projects/17", new ReminderAudience(Department: "交通运输局")),
        new("report:18:20261005", ReminderKind.MissingReport, "S216 调度报告逾期未报", "/dispatch/projects/18", new ReminderAudience(Department: "交通运输局")),
        new("approval:4:overdue", ReminderKind.ApprovalLimit, "核准已超过办理时限", "/approvals/4", new ReminderAudience(Department: "交通运输局")),
        new("deadline:2027:3:住建局", ReminderKind.ReserveDeadline, "储备截止还有 3 天", "/submissions", new ReminderAudience(Department: "住建局")),
        new("returned:9", ReminderKind.ProjectReturned, "项目被退回修改", "/projects/2027-0009", new ReminderAudience(Department: "住建局")),
        new("deadline:2027:3:水务局", ReminderKind.ReserveDeadline, "储备截止还有 3 天", "/submissions", new ReminderAudience(Department: "水务局")),
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Two_instances_run_one_round_at_a_time_and_mail_each_reminder_once(DatabaseProvider provider)
    {
        using var smtp = new LoopbackSmtp();
        await using var database = await TestDatabase.CreateAsync(provider);
        var source = new WatchedSource(Today);
        await using var a = await Instance.CreateAsync(database.Options, "host-a", smtp.Port, source);
        await using var b = await Instance.CreateAsync(database.Options, "host-b", smtp.Port, source);
        var centre = a.Services.GetRequiredService<INotificationCentre>();
        await centre.SetMailAddressAsync("jtj", "wangjj@jyg.example.cn", 0, new Actor("jtj", "王建军（交通运输局）"));
        await centre.SetMailAddressAsync("zjj", "lixl@jyg.example.cn", 0, new Actor("zjj", "李秀兰（住建局）"));

        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        // Both timers ask every 300 ms for a while: many requests, rounds one after another.
        var until = DateTime.UtcNow.AddSeconds(30);
        while ((source.Rounds < 3 || smtp.Messages.Count < 5) && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }
        await Task.Delay(1000);
        await Task.WhenAll(a.StopAsync(), b.StopAsync());

        Assert.True(source.Rounds >= 3, $"只运行了 {source.Rounds} 轮");
        Assert.Equal(1, source.MostAtOnce);
        var mailed = smtp.Messages.Select(m => m.Envelope.Split('\n').First(l => l.StartsWith("RCPT", StringComparison.Ordinal)).Trim()).ToList();
        Assert.Equal(5, mailed.Count);
        Assert.Equal(3, mailed.Count(r => r.Contains("wangjj@", StringComparison.Ordinal)));
        Assert.Equal(2, mailed.Count(r => r.Contains("lixl@", StringComparison.Ordinal)));
        Assert.Equal(6, await database.CountAsync("instructions_notifications"));
        var rounds = await a.Services.GetRequiredService<IJobQueue>().RecentAsync(NotificationRound.RequestedBy, 500);
        Assert.All(rounds, r => Assert.Equal(NotificationRound.JobKind, r.Kind));
        Assert.DoesNotContain(rounds, r => r.State == JobState.Failed);
        // Every round that asked the sources is in the queue's list as one that did its work (2 of 2 steps) — but the
        // one that may be under way when the hosts stop (the timers keep asking until then; never two at once, above),
        // which is cut short, not failed.
        var done = rounds.Count(r => r.State == JobState.Succeeded && r.Total == 2 && r.Done == 2);
        Assert.InRange(source.Rounds - done, 0, 1);
    }

    /// <summary>A reminder source shared by both instances that notes how many rounds ask it at once.</summary>
    private sealed class WatchedSource(IReadOnlyList<Reminder> reminders) : IReminderSource
    {
        private int _inFlight;
        private int _mostAtOnce;
        private int _rounds;

        public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

        public int Rounds => Volatile.Read(ref _rounds);

        public async Task<IReadOnlyList<Reminder>> RemindersAsync(DateOnly today, CancellationToken cancellationToken = default)
        {
            var now = Interlocked.Increment(ref _inFlight);
            Interlocked.Increment(ref _rounds);
            int seen;
            while ((seen = Volatile.Read(ref _mostAtOnce)) < now && Interlocked.CompareExchange(ref _mostAtOnce, now, seen) != seen)
            {
            }
            try
            {
                // Long enough that two rounds started together would surely overlap.
                await Task.Delay(150, cancellationToken);
                return reminders;
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }

    /// <summary>One host instance: the instructions module, the jobs module with its runner, and the reminder timer.</summary>
    private sealed class Instance : IAsyncDisposable
    {
        private readonly ServiceProvider _services;
        private readonly List<IHostedService> _started = [];

        private Instance(ServiceProvider services) => _services = services;

        public IServiceProvider Services => _services;

        public static async Task<Instance> CreateAsync(DatabaseOptions database, string name, int smtpPort, IReminderSource source)
        {
            var services = new ServiceCollection();
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
            services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
            services.AddSingleton<IRecipientDirectory>(new FixedRecipients(Recipients));
            services.AddSingleton(source);
            services.AddInstructions(database, new SmtpSettings { Host = "127.0.0.1", Port = smtpPort, Security = "None" });
            services.AddJobs(database, name, o =>
            {
                o.PollInterval = TimeSpan.FromMilliseconds(50);
                o.HeartbeatInterval = TimeSpan.FromMilliseconds(200);
                o.StaleAfter = TimeSpan.FromSeconds(10);
            });
            services.AddNotificationRounds(_ => new NotificationSchedule(TimeSpan.FromMilliseconds(300)));
            var provider = services.BuildServiceProvider();
            await provider.MigrateJobsAsync();
            await provider.MigrateInstructionsAsync();
            return new Instance(provider);
        }

        public async Task StartAsync()
        {
            foreach (var hosted in _services.GetServices<IHostedService>())
            {
                await hosted.StartAsync(CancellationToken.None);
                _started.Add(hosted);
            }
        }

        public async Task StopAsync()
        {
            foreach (var hosted in _started)
            {
                await hosted.StopAsync(CancellationToken.None);
            }
            _started.Clear();
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            await _services.DisposeAsync();
        }
    }

    private sealed class FixedRecipients(IReadOnlyList<Recipient> recipients) : IRecipientDirectory
    {
        public Task<IReadOnlyList<Recipient>> RecipientsAsync(CancellationToken cancellationToken = default) => Task.FromResult(recipients);
    }
}
