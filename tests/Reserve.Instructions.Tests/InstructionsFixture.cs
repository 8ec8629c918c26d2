using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Reserve.Instructions.Mail;
using Reserve.Instructions.Notifications;
using Reserve.Persistence;
using Reserve.Testing;

namespace Reserve.Instructions.Tests;

/// <summary>
/// 领导批示 and the notification centre on one fresh database (SQLite, or PostgreSQL when one is configured), a fake
/// clock at 2026-10-12 09:00 Beijing time, and four recipients: the 交通运输局 clerks jtj and jtj2, the 住建局 clerk
/// zjj, the city leader and the 发改委 reviewer.
/// </summary>
internal sealed class InstructionsFixture : IAsyncDisposable
{
    public static readonly IReadOnlyList<string> Departments = ["交通运输局", "住建局", "水务局"];

    public static readonly Recipient Jtj = new("jtj", "王建军", "交通运输局", true, false, false);
    public static readonly Recipient Jtj2 = new("jtj2", "何丽萍", "交通运输局", true, false, false);
    public static readonly Recipient Zjj = new("zjj", "李秀兰", "住建局", true, false, false);
    public static readonly Recipient Leader = new("leader", "市领导（演示）", null, false, true, false);
    public static readonly Recipient Reviewer = new("fgw", "郑海涛", null, false, false, true);

    public static readonly Actor LeaderActor = new("leader", "市领导（演示）（市领导）");
    public static readonly Actor JtjActor = new("jtj", "王建军（交通运输局）");

    public static readonly InstructionSubject Road = new(SubjectKind.PlanProject, "17", "G312 线嘉峪关至酒泉段改扩建工程", "交通运输局", "/dispatch/projects/17");

    private readonly TestDatabase _database;
    private readonly ServiceProvider _services;

    private InstructionsFixture(TestDatabase database, SmtpSettings smtp)
    {
        _database = database;
        Clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST"));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ILogger<NotificationMailer>>(NullLogger<NotificationMailer>.Instance);
        services.AddSingleton<IRecipientDirectory>(new FixedRecipients([Jtj, Jtj2, Zjj, Leader, Reviewer]));
        services.AddInstructions(database.Options, smtp);
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 10, 12, 9, 0, 0, TimeSpan.FromHours(8)));
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
    public IInstructionService Instructions => _services.GetRequiredService<IInstructionService>();
    public INotificationCentre Centre => _services.GetRequiredService<INotificationCentre>();
    public NotificationMailer Mailer => _services.GetRequiredService<NotificationMailer>();
    public TestDatabase Database => _database;

    public static async Task<InstructionsFixture> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, SmtpSettings? smtp = null)
    {
        var fixture = new InstructionsFixture(await TestDatabase.CreateAsync(provider), smtp ?? new SmtpSettings());
        await fixture._services.MigrateInstructionsAsync();
        return fixture;
    }

    /// <summary>An instruction on <see cref="Road"/> for 交通运输局, due in <paramref name="days"/> days; asserts it was stored.</summary>
    public async Task<InstructionView> WriteAsync(int days = 5, string text = "请倒排工期，确保月底前开工。")
    {
        var outcome = await Instructions.CreateAsync(Road, new InstructionDraft(text, "交通运输局", Today.AddDays(days)), Departments, LeaderActor);
        Assert.True(outcome.Succeeded, string.Join("；", outcome.Problems));
        return outcome.Value!;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private sealed class FixedRecipients(IReadOnlyList<Recipient> recipients) : IRecipientDirectory
    {
        public Task<IReadOnlyList<Recipient>> RecipientsAsync(CancellationToken cancellationToken = default) => Task.FromResult(recipients);
    }
}
