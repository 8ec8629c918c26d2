using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Promotion.Deals;
using Reserve.Sdk.Facts;
using Reserve.Testing;

namespace Reserve.Promotion.Tests;

/// <summary>
/// The reserve and 招商 on one fresh database (a SQLite file or a PostgreSQL database of its own), as the host
/// runs them (one database, each module with its own tables and migrations history), with a fake clock at
/// 2026-10-15 09:00 Beijing time.
/// </summary>
internal sealed class PromotionFixture : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2026, 10, 15);

    private readonly TestDatabase _database;
    private readonly ServiceProvider _services;

    private PromotionFixture(TestDatabase database)
    {
        _database = database;
        Clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST"));
        _services = Build();
    }

    /// <summary>A second host instance on the same database (its own services, its own snapshots).</summary>
    public ServiceProvider OtherInstance() => Build();

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IChannelFactProvider>(new NoFacts());
        services.AddProjectReserve(_database.Options);
        services.AddPromotion(_database.Options);
        return services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 10, 15, 9, 0, 0, TimeSpan.FromHours(8)));
    public IPromotionService Promotion => _services.GetRequiredService<IPromotionService>();
    public IProjectReserve Reserve => _services.GetRequiredService<IProjectReserve>();
    internal IServiceProvider Services => _services;

    public static async Task<PromotionFixture> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var fixture = new PromotionFixture(await TestDatabase.CreateAsync(provider));
        await fixture._services.MigrateProjectReserveAsync();
        await fixture._services.MigratePromotionAsync();
        return fixture;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    public static DealDraft Draft(string name = "恒泰光伏发电项目", long? eventId = null, string industry = "清洁能源") => new()
    {
        Name = name,
        Investor = "江苏恒泰新能源科技有限公司",
        Industry = industry,
        Department = "发改委",
        FollowedBy = "王志强",
        EventId = eventId,
        ContractInvestment = 52000m,
        Region = "620200",
        Address = "嘉峪关市嘉峪关工业园区嘉北片区",
        Scale = "建设光伏组件阵列、逆变升压设施及场内集电线路，配套建设110千伏升压站",
    };

    /// <summary>Stores an event and a deal signed there, landed on 2026-08-01.</summary>
    public async Task<StoredDeal> LandedDealAsync(DealDraft? draft = null)
    {
        var lanzhou = (await Promotion.SaveEventAsync(new PromotionEvent { Name = "第三十二届兰洽会", HeldOn = new DateOnly(2026, 7, 6), Place = "兰州" }, null, "张三")).Value!;
        var created = await Promotion.CreateAsync((draft ?? Draft()) with { EventId = lanzhou.Event.Id }, DealStage.Signed, new DateOnly(2026, 7, 6), "张三");
        Assert.True(created.Succeeded, string.Join("；", created.Problems));
        var landed = await Promotion.MoveStageAsync(created.Value!.Deal.Id, DealStage.Landed, new DateOnly(2026, 8, 1), null, created.Value.Version, "张三");
        Assert.True(landed.Succeeded, string.Join("；", landed.Problems));
        return landed.Value!;
    }

    private sealed class NoFacts : IChannelFactProvider
    {
        public IReadOnlyList<FactDescriptor> ChannelFacts { get; } = [];
    }
}
