using Microsoft.Extensions.DependencyInjection;
using Reserve.Channels;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;
using Reserve.Testing;
using Xunit;

namespace Reserve.Matching.Tests;

/// <summary>
/// The three answers stored with each result row, on SQLite and PostgreSQL: the reserve's list filters by a channel and
/// any of them (待核实, 申报前须准备, 待窗口开放) in SQL, and its totals carry them per channel.
/// </summary>
public sealed class StoredAnswersTests
{
    private const string ChannelId = "seasonal";

    /// <summary>Matched on 2026-09-15, between the provincial notices and the deadline: the 11-01 window is closed.</summary>
    private static readonly DateTimeOffset September = new(2026, 9, 15, 2, 0, 0, TimeSpan.Zero);

    private static readonly ParameterTable Windows = ParameterTable.Parse("""
        { "parameters": { "windows": { "label": "申报窗口", "values": { "2016-01-01": ["11-01~06-30"] } } } }
        """);

    private static ChannelDefinition Seasonal() => new()
    {
        Id = ChannelId,
        Name = "按年度申报的渠道",
        Level = ChannelLevel.National,
        Form = FundingForm.Subsidy,
        Rules =
        [
            WindowRules.ApplicationWindowOpen("T-WINDOW", Windows.List("windows"), PolicySource.CommonlyKnown("测试")),
            StandardRules.ProjectCode(),
            Rule.Hard("T-GUESS", "总投资不超过10000万元（推定）")
                .From(PolicySource.Unverified("测试省级专项"))
                .Check((p, _) => p.TotalInvestment <= 10000)
                .Fail((p, _) => $"总投资 {p.TotalInvestment} 万元，超过推定的 10000 万元")
                .Build(),
        ],
    };

    private static async Task<ServiceProvider> MigratedAsync(DatabaseOptions database)
    {
        var catalog = ChannelCatalog.FromDefinitions("test", "1.0.0", [Seasonal()]);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedClock(September));
        services.AddSingleton(catalog);
        services.AddSingleton<IChannelFactProvider>(new Facts(catalog));
        services.AddProjectReserve(database);
        services.AddMatching(database);
        var provider = services.BuildServiceProvider();
        await provider.MigrateProjectReserveAsync();
        await provider.MigrateMatchingAsync();
        return provider;
    }

    private static ProjectRecord Project(string name, Action<ProjectRecord> change) =>
        TestChannels.Project(p =>
        {
            p.Id = null;
            p.Name = name;
            p.Facts.Clear();
            change(p);
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_list_filters_by_channel_and_any_stored_answer_and_the_totals_carry_readiness_and_timing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var services = await MigratedAsync(db.Options);
        var reserve = services.GetRequiredService<IProjectReserve>();
        var import = await reserve.ImportAsync(
        [
            // 前期 without a code: 符合, the code to obtain before the window opens.
            Project("前期未赋码项目", p => { p.Stage = ProjectStage.Preparation; p.Code = null; }),
            // Only the unverified rule objects: 待核实, nothing to prepare.
            Project("总投资超推定上限项目", p => { p.Stage = ProjectStage.NewStart; p.TotalInvestment = 20000m; }),
            // 新开工 with its code: 符合, nothing to prepare.
            Project("新开工已赋码项目", p => p.Stage = ProjectStage.NewStart),
        ], "导入员");
        Assert.True(import.Succeeded, string.Join("；", import.Problems.Select(x => x.Message)));

        async Task<string[]> Names(string answer) =>
            [.. (await reserve.ListAsync(new ProjectQuery { Channel = ChannelId, Answer = answer })).Select(s => s.Record.Name).Order()];

        Assert.Equal(["总投资超推定上限项目"], await Names("待核实"));
        Assert.Equal(["前期未赋码项目", "新开工已赋码项目"], await Names("符合"));
        Assert.Equal(["前期未赋码项目"], await Names("申报前须准备"));
        Assert.Equal(["总投资超推定上限项目", "新开工已赋码项目"], await Names("无需准备"));
        Assert.Equal(3, (await Names("待窗口开放")).Length);
        Assert.Empty(await Names("窗口开放"));
        Assert.Empty(await reserve.ListAsync(new ProjectQuery { Channel = "other", Answer = "待窗口开放" }));

        var answers = (await reserve.TotalsAsync(null)).ByAnswer.Where(a => a.ChannelId == ChannelId).ToList();
        var toPrepare = Assert.Single(answers, a => a.Readiness == "申报前须准备");
        Assert.Equal(("符合", 1), (toPrepare.Answer, toPrepare.Projects));
        Assert.All(answers, a => Assert.Equal(("待窗口开放", new DateOnly(2026, 11, 1), new DateOnly(2027, 6, 30)), (a.Timing, a.OpensOn!.Value, a.ClosesOn!.Value)));
        Assert.Equal(1, await db.CountAsync("match_results", "\"ReadinessItems\" = 1 AND \"ReadyBy\" = '2026-11-01'"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Rows_stored_before_the_answers_were_kept_make_the_results_stale_until_matched_again(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var services = await MigratedAsync(db.Options);
        var reserve = services.GetRequiredService<IProjectReserve>();
        var results = services.GetRequiredService<IMatchResults>();
        Assert.True((await reserve.ImportAsync([Project("新开工已赋码项目", p => p.Stage = ProjectStage.NewStart)], "导入员")).Succeeded);
        Assert.False(await results.IsStaleAsync());

        // What the migration leaves in rows written by the version before it.
        await db.ExecuteAsync("""UPDATE match_results SET "Readiness" = '', "Timing" = '', "OpensOn" = NULL, "ClosesOn" = NULL""");
        Assert.True(await results.IsStaleAsync());
        Assert.Empty(await reserve.ListAsync(new ProjectQuery { Channel = ChannelId, Answer = "待窗口开放" }));

        await results.RematchAllAsync();
        Assert.False(await results.IsStaleAsync());
        Assert.Single(await reserve.ListAsync(new ProjectQuery { Channel = ChannelId, Answer = "待窗口开放" }));
    }

    private sealed class Facts(ChannelCatalog catalog) : IChannelFactProvider
    {
        public IReadOnlyList<FactDescriptor> ChannelFacts => catalog.ChannelFacts;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
