using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Funding.Storage;
using Reserve.Persistence;
using Reserve.Testing;
using Xunit;

namespace Reserve.Funding.Tests;

/// <summary>
/// The 资金争取台账 on SQLite and PostgreSQL: a line goes 拟申报 → 已申报 → 已下达 → 已到位; bad input (an
/// amount above the previous stage's, a 下达 without 文号, dates out of order) is refused in Chinese with
/// nothing stored; an import is stored whole or not at all; the summaries are summed by the database.
/// </summary>
public sealed class FundingLedgerTests
{
    private static async Task<(ServiceProvider Services, IFundingLedger Ledger)> LedgerOnAsync(TestDatabase db)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2027, 6, 30, 9, 0, 0, TimeSpan.Zero)));
        services.AddFunding(db.Options);
        var provider = services.BuildServiceProvider();
        await provider.MigrateFundingAsync();
        return (provider, provider.GetRequiredService<IFundingLedger>());
    }

    private static FundingInput Granted(string project = "2027-0001", string department = "交通运输局", string channel = "中央预算内投资", int year = 2027) =>
        new(null, year, project, department, channel, 3000m, new DateOnly(2027, 1, 10), 2500m, "2027年第一批", "发改投资〔2027〕12号", 2000m, new DateOnly(2027, 3, 1));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_line_goes_through_every_stage_and_the_version_guards_it(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (services, ledger) = await LedgerOnAsync(db);
        await using var _ = services;

        var planned = await ledger.SaveAsync(new FundingInput(null, 2027, "2027-0001", "交通运输局", "中央预算内投资", 3000m), "甲");
        Assert.True(planned.Succeeded, string.Join("；", planned.Problems));
        Assert.Equal(FundingStage.Planned, planned.Entry!.Stage);

        var arrived = await ledger.SaveAsync(Granted() with { Id = planned.Entry.Id, ExpectedVersion = 1, ArrivedAmount = 1500m, ArrivedDate = new DateOnly(2027, 5, 20) }, "乙");
        Assert.True(arrived.Succeeded, string.Join("；", arrived.Problems));
        Assert.Equal(FundingStage.Arrived, arrived.Entry!.Stage);
        Assert.Equal(2, arrived.Entry.Version);
        Assert.Equal("乙", arrived.Entry.UpdatedBy);

        var stale = await ledger.SaveAsync(Granted() with { Id = planned.Entry.Id, ExpectedVersion = 1 }, "丙");
        Assert.Equal("该台账记录刚被他人修改，请刷新后重试", stale.Problems.Single());
        var twice = await ledger.SaveAsync(new FundingInput(null, 2027, "2027-0001", "交通运输局", "中央预算内投资", 1m), "丙");
        Assert.Equal("项目 2027-0001 在2027年度已有“中央预算内投资”的台账记录，请修改该记录", twice.Problems.Single());
        Assert.Equal(1500m, (await ledger.FindAsync(planned.Entry.Id))!.ArrivedAmount);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Bad_input_is_refused_in_chinese_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (services, ledger) = await LedgerOnAsync(db);
        await using var _ = services;

        var tooMuch = await ledger.SaveAsync(Granted() with { AppliedAmount = 3500m, GrantedAmount = 3600m, ArrivedAmount = 3700m, ArrivedDate = new DateOnly(2027, 4, 1) }, "甲");
        Assert.Contains("已申报金额：3,500万元 大于拟申报金额 3,000万元", tooMuch.Problems);
        Assert.Contains("已下达金额：3,600万元 大于已申报金额 3,500万元", tooMuch.Problems);
        Assert.Contains("已到位金额：3,700万元 大于已下达金额 3,600万元", tooMuch.Problems);

        var noNumber = await ledger.SaveAsync(Granted() with { GrantDocNumber = " " }, "甲");
        Assert.Equal("下达文号：已下达的资金必须填写下达文件的文号", noNumber.Problems.Single());

        var disorder = await ledger.SaveAsync(Granted() with { GrantedDate = new DateOnly(2026, 12, 1), ArrivedAmount = 100m, ArrivedDate = new DateOnly(2026, 11, 1) }, "甲");
        Assert.Contains("下达日期：2026-12-01 早于申报日期 2027-01-10，日期顺序不对", disorder.Problems);
        Assert.Contains("到位日期：2026-11-01 早于下达日期 2026-12-01，日期顺序不对", disorder.Problems);

        var skipped = await ledger.SaveAsync(new FundingInput(null, 2027, "2027-0002", "水务局", "地方政府专项债券", 100m, ArrivedAmount: 50m, ArrivedDate: new DateOnly(2027, 1, 1)), "甲");
        Assert.Contains("已到位：尚未填写已下达的批次、文号和金额，不能先记到位", skipped.Problems);
        var future = await ledger.SaveAsync(Granted() with { AppliedDate = new DateOnly(2027, 7, 1), GrantedDate = null }, "甲");
        Assert.Contains("申报日期：2027-07-01 晚于今天", future.Problems);

        Assert.Equal(0, await db.CountAsync("funding_lines"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task An_import_is_stored_whole_or_not_at_all_and_updates_its_lines(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (services, ledger) = await LedgerOnAsync(db);
        await using var _ = services;

        var bad = await ledger.ImportAsync([(2, Granted()), (3, Granted("2027-0002") with { GrantDocNumber = null }), (4, Granted())], "甲");
        Assert.Contains("第3行：下达文号：已下达的资金必须填写下达文件的文号", bad);
        Assert.Contains("第4行：与第2行是同一项目、渠道和年度", bad);
        Assert.Equal(0, await db.CountAsync("funding_lines"));

        Assert.Empty(await ledger.ImportAsync([(2, Granted()), (3, Granted("2027-0002"))], "甲"));
        Assert.Empty(await ledger.ImportAsync([(2, Granted() with { ArrivedAmount = 800m, ArrivedDate = new DateOnly(2027, 6, 1) })], "乙"));
        var (total, lines) = await ledger.ListAsync(new FundingQuery(Year: 2027));
        Assert.Equal(2, total);
        Assert.Equal(800m, lines.Single(l => l.ProjectId == "2027-0001").ArrivedAmount);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Summaries_by_channel_department_and_year_give_the_rates_won_and_arrived(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (services, ledger) = await LedgerOnAsync(db);
        await using var _ = services;
        Assert.Empty(await ledger.ImportAsync(
        [
            (2, Granted() with { ArrivedAmount = 1500m, ArrivedDate = new DateOnly(2027, 5, 1) }),
            (3, Granted("2027-0002", "水务局")),
            (4, new FundingInput(null, 2026, "2026-0009", "水务局", "地方政府专项债券", 5000m, new DateOnly(2026, 3, 1), 4000m, "2026年第二批", "财预〔2026〕7号", 4000m, null, 4000m, new DateOnly(2026, 9, 1))),
            (5, new FundingInput(null, 2027, "2027-0003", "水务局", "中央预算内投资", 800m)),
        ], "甲"));

        var byChannel = await ledger.SummaryAsync(FundingGrouping.Channel);
        var central = byChannel.Single(r => r.Key == "中央预算内投资");
        Assert.Equal((3, 6800m, 5000m, 4000m, 1500m), (central.Lines, central.Planned, central.Applied, central.Granted, central.Arrived));
        Assert.Equal(0.8m, central.WonRate);
        Assert.Equal(0.375m, central.ArrivedRate);

        var water = (await ledger.SummaryAsync(FundingGrouping.Department)).Single(r => r.Key == "水务局");
        Assert.Equal((3, 6500m, 6000m), (water.Lines, water.Applied, water.Granted));
        Assert.Equal(1m, (await ledger.SummaryAsync(FundingGrouping.Year)).Single(r => r.Key == "2026年").ArrivedRate);
        var own = await ledger.SummaryAsync(FundingGrouping.Channel, "交通运输局");
        Assert.Equal(2000m, own.Single().Granted);
        Assert.Null(new FundingSummaryRow("未申报", 1, 800m, 0m, 0m, 0m).WonRate);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Each_provider_context_matches_its_migrations(DatabaseProvider provider)
    {
        using DbContext db = provider == DatabaseProvider.Postgres
            ? new PostgresFundingDesignTimeFactory().CreateDbContext([])
            : new FundingDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: 模型有变化但没有迁移（docs/storage.md）");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
