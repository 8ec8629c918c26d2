using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Sdk.Facts;
using Reserve.Testing;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Tests;

/// <summary>
/// The reserve and 审批服务 on one fresh database (a SQLite file or a PostgreSQL database of its own), with a fake clock at 2026-10-15 09:00 Beijing time and
/// one stored project (2027-0001) whose pre-work list holds 可研批复, 核准, 环评批复 and 施工许可.
/// </summary>
internal sealed class ApprovalsFixture : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly ServiceProvider _services;

    private ApprovalsFixture(TestDatabase database)
    {
        _database = database;
        Clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST"));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IChannelFactProvider>(new NoFacts());
        services.AddProjectReserve(database.Options);
        services.AddApprovals(database.Options);
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 10, 15, 9, 0, 0, TimeSpan.FromHours(8)));
    public IApprovalService Approvals => _services.GetRequiredService<IApprovalService>();
    public IProjectReserve Reserve => _services.GetRequiredService<IProjectReserve>();
    internal IDbContextFactory<Storage.ApprovalsDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<Storage.ApprovalsDbContext>>();
    public string ProjectId { get; private set; } = "";

    public static async Task<ApprovalsFixture> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var fixture = new ApprovalsFixture(await TestDatabase.CreateAsync(provider));
        await fixture._services.MigrateProjectReserveAsync();
        await fixture._services.MigrateApprovalsAsync();
        var saved = await fixture.Reserve.SaveAsync(Project(), null, "张三");
        Assert.True(saved.Succeeded, string.Join("；", saved.Problems));
        fixture.ProjectId = saved.Saved!.Record.Id!;
        return fixture;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    public static ProjectRecord Project() => new()
    {
        Name = "嘉峪关瑞达冷链仓储物流中心项目",
        Department = "商务局",
        Unit = "嘉峪关瑞达冷链物流有限公司",
        Scale = "建设低温冷库2万吨及分拣中心",
        Attribute = ProjectAttribute.Enterprise,
        Field = ProjectField.ColdChainLogistics,
        TotalInvestment = 18000m,
        PreWork =
        [
            new PreWorkItem { Item = PreWorkKind.FeasibilityApproval, Status = PreWorkStatus.InProgress },
            new PreWorkItem { Item = PreWorkKind.Authorization, Status = PreWorkStatus.InProgress },
            new PreWorkItem { Item = PreWorkKind.EnvironmentalApproval, Status = PreWorkStatus.InProgress },
            new PreWorkItem { Item = PreWorkKind.ConstructionPermit, Status = PreWorkStatus.NotStarted },
        ],
    };

    /// <summary>核准 accepted on Friday 2026-10-09 against its statutory 20 working days (due Friday 2026-11-06).</summary>
    public ApprovalDraft Authorization() => new()
    {
        ProjectId = ProjectId,
        Item = PreWorkKind.Authorization,
        Authority = "嘉峪关市发展和改革委员会",
        AppliedOn = new DateOnly(2026, 10, 9),
        Basis = LimitBasis.Statutory,
        StatutoryLimitId = StatutoryLimits.Authorization.Id,
    };

    private sealed class NoFacts : IChannelFactProvider
    {
        public IReadOnlyList<FactDescriptor> ChannelFacts { get; } = [];
    }
}
