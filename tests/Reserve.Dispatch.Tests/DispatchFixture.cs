using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Dispatch.Tests;

/// <summary>
/// The dispatch service on a fresh database (a SQLite file by default, or a PostgreSQL database of its own),
/// a fake clock, and a reserve holding the given records.
/// </summary>
public sealed class DispatchFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly FakeReserve _reserve;

    private DispatchFixture(TestDatabase database, DateTimeOffset now, IEnumerable<ProjectRecord> reserve, Action<DispatchOptions>? configure)
    {
        Database = database;
        Clock = new FakeTimeProvider(now);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        _reserve = new FakeReserve(reserve);
        services.AddSingleton<IProjectReserve>(_reserve);
        services.AddDispatch(database.Options, configure);
        _services = services.BuildServiceProvider();
    }

    /// <summary>A second host instance on the same database and clock (the caller disposes it).</summary>
    internal ServiceProvider OtherInstance() => new ServiceCollection()
        .AddSingleton<TimeProvider>(Clock)
        .AddSingleton<IProjectReserve>(_reserve)
        .AddDispatch(Database.Options)
        .BuildServiceProvider();

    internal TestDatabase Database { get; }
    public string? DatabasePath => Database.Options.SqliteFile;
    public FakeTimeProvider Clock { get; }
    public IDispatchService Dispatch => _services.GetRequiredService<IDispatchService>();
    public DispatchOptions Options => _services.GetRequiredService<DispatchOptions>();

    internal static async Task<DispatchFixture> CreateAsync(DateOnly today, IEnumerable<ProjectRecord>? reserve = null, Action<DispatchOptions>? configure = null,
        DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var fixture = new DispatchFixture(database, new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), reserve ?? Reserve(8), configure);
        await fixture._services.MigrateDispatchAsync();
        return fixture;
    }

    /// <summary>Reserve records 2027-0001… with a department and a leader each.</summary>
    internal static List<ProjectRecord> Reserve(int count) => Enumerable.Range(1, count).Select(i => new ProjectRecord
    {
        Id = $"2027-{i:D4}",
        Name = $"嘉峪关市第{i}号测试项目",
        Department = i % 2 == 0 ? "交通运输局" : "住建局",
        Leader = i % 2 == 0 ? "李副市长" : "王副市长",
        Unit = "嘉峪关市城市建设投资开发有限公司",
        Scale = "测试",
        Field = ProjectField.MunicipalUtilities,
        TotalInvestment = 10000m,
    }).ToList();

    /// <summary>Adds a plan project for reserve record <paramref name="reserveId"/> and returns its id.</summary>
    public async Task<long> AddPlanAsync(string reserveId, PlanTier tier, PlanKind kind = PlanKind.NewStart, decimal plan = 1000m,
        Action<PlanProject>? edit = null)
    {
        var project = new PlanProject
        {
            Year = 2026, ReserveProjectId = reserveId, Name = "项目" + reserveId, Department = "住建局", OwnerUnit = "嘉峪关市城市建设投资开发有限公司", Leader = "王副市长",
            Tier = tier, Kind = kind, AnnualPlanInvestment = plan,
            PlannedStart = kind == PlanKind.Continuing ? null : new DateOnly(2026, 4, 1),
            PriorYearCumulative = kind == PlanKind.Continuing ? [.. Enumerable.Range(1, 12).Select(m => m * 100m)] : [],
        };
        edit?.Invoke(project);
        var outcome = await Dispatch.SavePlanProjectAsync(project, null, "测试员");
        Assert.True(outcome.Succeeded, string.Join("；", outcome.Problems) + outcome.Conflict);
        return outcome.Saved!.Item.Id;
    }

    public async Task<Stored<PeriodReport>> ReportAsync(long planId, DateOnly dateInPeriod, ConstructionStatus status = ConstructionStatus.NotStarted,
        decimal thisPeriod = 0m, decimal cumulative = 0m, DateOnly? startedOn = null)
    {
        var outcome = await Dispatch.SaveReportAsync(new PeriodReport
        {
            PlanProjectId = planId, PeriodStart = dateInPeriod, Status = status, StartedOn = startedOn,
            InvestmentThisPeriod = thisPeriod, InvestmentCumulative = cumulative, ProgressText = "前期工作推进中",
        }, null, "填报员");
        Assert.True(outcome.Succeeded, string.Join("；", outcome.Problems) + outcome.Conflict);
        return outcome.Saved!;
    }

    public void SetToday(DateOnly today) => Clock.AdjustTime(new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }

    private sealed class FakeReserve(IEnumerable<ProjectRecord> records) : IProjectReserve
    {
        private readonly Dictionary<string, ProjectRecord> _byId = records.ToDictionary(r => r.Id!, StringComparer.Ordinal);

        public Task<StoredProject?> FindAsync(string id, CancellationToken cancellationToken = default) =>
            Task.FromResult(_byId.TryGetValue(id, out var r) ? new StoredProject(r, 1, DateTime.UnixEpoch, "种子") : null);

        public Task<IReadOnlyList<StoredProject>> ListAsync(ProjectQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<int> CountAsync(ProjectQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public IAsyncEnumerable<ProjectRecord> AllAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<SaveOutcome> SaveAsync(ProjectRecord record, int? expectedVersion, string user, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ImportOutcome> ImportAsync(IReadOnlyList<ProjectRecord> records, string user, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<AuditEntry>> AuditAsync(string projectId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<(int Total, IReadOnlyList<AuditEntry> Entries)> AuditAsync(AuditQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<ProjectSummary>> SummariesAsync(string? department, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
