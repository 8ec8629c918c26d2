using Microsoft.Extensions.DependencyInjection;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Tests;

/// <summary>A reserve on a fresh SQLite file, with a fixed clock and a recording change observer.</summary>
internal sealed class StorageFixture : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reserve-store-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    private StorageFixture()
    {
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "reserve.db");
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IChannelFactProvider>(new Facts());
        services.AddSingleton<IProjectChangeObserver>(Observer);
        services.AddProjectReserve($"Data Source={DatabasePath};Pooling=False");
        _services = services.BuildServiceProvider();
    }

    public string DatabasePath { get; }
    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.FromHours(8)));
    public RecordingObserver Observer { get; } = new();
    public IProjectReserve Reserve => _services.GetRequiredService<IProjectReserve>();

    public static async Task<StorageFixture> CreateAsync()
    {
        var fixture = new StorageFixture();
        await fixture._services.MigrateProjectReserveAsync();
        return fixture;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
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
