using Microsoft.Extensions.DependencyInjection;
using Reserve.Persistence;
using Reserve.Testing;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Tests;

/// <summary>A reserve on a fresh database (SQLite file or PostgreSQL database), with a fixed clock and a recording change observer.</summary>
internal sealed class StorageFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private StorageFixture(TestDatabase database, IMatchAnswersSql? answers = null)
    {
        Database = database;
        _services = Services(database.Options, Clock, Observer, answers);
    }

    public TestDatabase Database { get; }
    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.FromHours(8)));
    public RecordingObserver Observer { get; } = new();
    public IProjectReserve Reserve => _services.GetRequiredService<IProjectReserve>();

    public IImportDrafts Drafts => _services.GetRequiredService<IImportDrafts>();

    /// <summary>The module's own contexts, for tests of its storage internals.</summary>
    public Microsoft.EntityFrameworkCore.IDbContextFactory<Storage.ProjectsDbContext> Contexts =>
        _services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Storage.ProjectsDbContext>>();

    /// <summary>This instance's change stamps (what its kept lists and totals are keyed on).</summary>
    public Persistence.ChangeStamps Stamps => _services.GetRequiredService<Persistence.ChangeStamps>();

    public static async Task<StorageFixture> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, IMatchAnswersSql? answers = null)
    {
        var fixture = new StorageFixture(await TestDatabase.CreateAsync(provider), answers);
        await fixture._services.MigrateProjectReserveAsync();
        return fixture;
    }

    /// <summary>Another reserve on the same database, as a second host instance would have.</summary>
    public ServiceProvider SecondInstance() => Services(Database.Options, Clock, new RecordingObserver());

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static ServiceProvider Services(DatabaseOptions database, TimeProvider clock, IProjectChangeObserver observer, IMatchAnswersSql? answers = null)
    {
        var services = new ServiceCollection();
        if (answers is not null)
        {
            services.AddSingleton(answers);
        }
        services.AddSingleton(clock);
        services.AddSingleton<IChannelFactProvider>(new Facts());
        services.AddSingleton(observer);
        services.AddProjectReserve(database);
        return services.BuildServiceProvider();
    }

    public static ProjectRecord Valid(string name = "雄关区老旧小区改造项目") => new()
    {
        Name = name,
        Department = "住建局",
        Unit = "嘉峪关市城市建设投资开发有限公司",
        Scale = "改造小区12个，涉及1200户",
        ProjectType = ProjectType.Approval,
        Attribute = ProjectAttribute.Government,
        Field = ProjectField.OldResidentialCommunities,
        Stage = ProjectStage.Preparation,
        TotalInvestment = 3200m,
        Equity = 800m,
        FundingSources = [new FundingSourceLine { Source = FundingSourceKind.MunicipalFiscal, Planned = 800m }],
        PreWork = [new PreWorkItem { Item = PreWorkKind.FeasibilityApproval, Status = PreWorkStatus.Completed, DocNumber = "嘉发改审批〔2025〕37号", Date = new DateOnly(2025, 5, 1) }],
        Facts = new(StringComparer.Ordinal) { ["builtYear"] = FactValue.Of(1996) },
    };

    private sealed class Facts : IChannelFactProvider
    {
        public IReadOnlyList<FactDescriptor> ChannelFacts { get; } = [new("builtYear", "建成年份", FactType.Integer, "年")];
    }

    internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST");
    }

    internal sealed class RecordingObserver : IProjectChangeObserver
    {
        public List<string> Seen { get; } = [];

        public Task ProjectsChangedAsync(IReadOnlyList<ProjectRecord> projects, CancellationToken cancellationToken)
        {
            Seen.AddRange(projects.Select(p => p.Id!));
            return Task.CompletedTask;
        }
    }
}
