using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Channels;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;
using Reserve.Testing;
using Xunit;

namespace Reserve.Matching.Tests;

/// <summary>
/// The answers' sums kept on write (<c>match_answer_totals</c>) on SQLite and PostgreSQL: after every kind of write — a
/// new project, an edit that moves its department and changes its answer, a withdrawal and its restoring, a re-match that
/// changes nothing, answers deleted — they equal the same sums grouped afresh from the answers and their projects.
/// </summary>
public sealed class AnswerTotalsTests
{
    private static ChannelDefinition Capped() => new()
    {
        Id = "capped",
        Name = "限额渠道",
        Level = ChannelLevel.National,
        Form = FundingForm.Subsidy,
        Rules =
        [
            StandardRules.ProjectCode(),
            Rule.Hard("T-CAP", "总投资不超过10000万元（推定）")
                .From(PolicySource.Unverified("测试"))
                .Check((p, _) => p.TotalInvestment <= 10000)
                .Fail((p, _) => $"总投资 {p.TotalInvestment} 万元，超过推定的 10000 万元")
                .Build(),
        ],
    };

    private static ChannelDefinition Open() => new()
    {
        Id = "open",
        Name = "无限额渠道",
        Level = ChannelLevel.Provincial,
        Form = FundingForm.Subsidy,
        Rules = [StandardRules.ProjectCode()],
    };

    // The kept sums, and the same sums grouped afresh, as comparable lines.
    private const string Kept = """
        SELECT "Department", "ChannelId", "Verdict", "Readiness", "Timing", "OpensOn", "ClosesOn", "Projects", "Investment", "Amount"
        FROM match_answer_totals WHERE "Projects" <> 0
        """;

    private static string Afresh(DatabaseProvider provider)
    {
        var (date, units) = provider == DatabaseProvider.Postgres
            ? ("::text", "round(coalesce({0}, 0) * 10000)::bigint")
            : ("", "CAST(ROUND(CAST(coalesce({0}, 0) AS REAL) * 10000) AS INTEGER)");
        return $"""
            SELECT p."Department", r."ChannelId", r."Verdict", r."Readiness", r."Timing", coalesce(r."OpensOn"{date}, ''), coalesce(r."ClosesOn"{date}, ''),
                   COUNT(*), SUM({string.Format(CultureInfo.InvariantCulture, units, "p.\"TotalInvestment\"")}), SUM({string.Format(CultureInfo.InvariantCulture, units, "r.\"Amount\"")})
            FROM match_results r JOIN reserve_projects p ON p."Id" = r."ProjectId" WHERE p."WithdrawnAtUtc" IS NULL
            GROUP BY 1, 2, 3, 4, 5, 6, 7
            """;
    }

    private static async Task AssertKeptAsync(TestDatabase db, string step)
    {
        var kept = await db.LinesAsync(Kept);
        var afresh = await db.LinesAsync(Afresh(db.Provider));
        Assert.True(afresh.SequenceEqual(kept), $"{step}：\n保持的 {string.Join("\n", kept)}\n重算的 {string.Join("\n", afresh)}");
    }

    /// <summary>The reserve and the matching on <paramref name="db"/>, migrated, with the two test channels.</summary>
    private static async Task<ServiceProvider> ServicesAsync(TestDatabase db)
    {
        var catalog = ChannelCatalog.FromDefinitions("test", "1.0.0", [Capped(), Open()]);
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(catalog);
        services.AddSingleton<IChannelFactProvider>(new Facts(catalog));
        services.AddProjectReserve(db.Options);
        services.AddMatching(db.Options);
        var provided = services.BuildServiceProvider();
        await provided.MigrateProjectReserveAsync();
        await provided.MigrateMatchingAsync();
        return provided;
    }

    private static ProjectRecord Project(string name, string department, decimal investment) =>
        TestChannels.Project(p =>
        {
            p.Id = null;
            p.Name = name;
            p.Department = department;
            p.TotalInvestment = investment;
            p.Stage = ProjectStage.NewStart;
            p.Facts.Clear();
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_kept_sums_equal_the_sums_grouped_afresh_after_every_kind_of_write(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var provided = await ServicesAsync(db);
        var reserve = provided.GetRequiredService<IProjectReserve>();
        var results = provided.GetRequiredService<IMatchResults>();

        var import = await reserve.ImportAsync(
            [Project("甲道路工程", "交通运输局", 1234.5678m), Project("乙小区改造", "住建局", 9000m), Project("丙管网工程", "住建局", 20000.0001m)], "导入员");
        Assert.True(import.Succeeded, string.Join("；", import.Problems.Select(x => x.Message)));
        await AssertKeptAsync(db, "导入后");
        var capped = (await reserve.TotalsAsync(null)).ByAnswer.Where(a => a.ChannelId == "capped").ToList();
        Assert.Equal((2, 10234.5678m), (capped.Single(a => a.Answer == "符合").Projects, capped.Single(a => a.Answer == "符合").Investment));

        // An edit that moves the project to another department and over the cap: its answers move group and answer.
        var edited = (await reserve.FindAsync(import.Ids[1]))!;
        edited.Record.Department = "水务局";
        edited.Record.TotalInvestment = 15000m;
        Assert.True((await reserve.SaveAsync(edited.Record, edited.Version, "填报员")).Succeeded);
        await AssertKeptAsync(db, "修改部门与总投资后");
        Assert.Equal(2, (await reserve.TotalsAsync("水务局")).ByAnswer.Sum(a => a.Projects));
        Assert.Equal(2, (await reserve.TotalsAsync("住建局")).ByAnswer.Sum(a => a.Projects));

        var withdrawn = (await reserve.FindAsync(import.Ids[0]))!;
        Assert.True((await reserve.WithdrawAsync(withdrawn.Record.Id!, withdrawn.Version, "重复申报", "填报员")).Succeeded);
        await AssertKeptAsync(db, "撤回后");
        Assert.Equal(4, (await reserve.TotalsAsync(null)).ByAnswer.Sum(a => a.Projects));

        var restored = (await reserve.FindAsync(import.Ids[0]))!;
        Assert.True((await reserve.RestoreAsync(restored.Record.Id!, restored.Version, "填报员")).Succeeded);
        await AssertKeptAsync(db, "恢复后");

        await results.RematchAllAsync();
        await AssertKeptAsync(db, "全部重新匹配后");
        Assert.Equal(6, (await reserve.TotalsAsync(null)).ByAnswer.Sum(a => a.Projects));

        await db.ExecuteAsync($"""DELETE FROM match_results WHERE "ProjectId" = '{import.Ids[2]}'""");
        await AssertKeptAsync(db, "删除一个项目的结果后");
        Assert.Equal(0L, await db.CountAsync("match_answer_totals", "\"Projects\" < 0 OR \"Investment\" < 0"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_store_of_many_projects_keeps_the_sums_in_bulk_exactly_as_the_triggers_would(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var provided = await ServicesAsync(db);
        var reserve = provided.GetRequiredService<IProjectReserve>();
        var results = provided.GetRequiredService<IMatchResults>();
        string[] departments = ["交通运输局", "住建局", "水务局"];
        Assert.True((await reserve.ImportAsync([Project("甲道路工程", "交通运输局", 1234.5678m)], "导入员")).Succeeded);

        // More projects than a store sums row by row (their answers are stored as the import ends), some over the cap.
        var many = Enumerable.Range(0, 620).Select(i => Project($"道路工程{i}", departments[i % 3], 5000m + i * 17.0001m)).ToList();
        var import = await reserve.ImportAsync(many, "导入员");
        Assert.True(import.Succeeded, string.Join("；", import.Problems.Take(3).Select(x => x.Message)));
        Assert.Equal(621 * 2L, await db.CountAsync("match_results"));
        await AssertKeptAsync(db, "大批保存结论后");

        // Answers a full re-match must rewrite (an update of each kind), put back (deleted) or leave out (withdrawn project).
        await db.ExecuteAsync($"""UPDATE match_results SET "Verdict" = '待定' WHERE "ProjectId" IN ('{import.Ids[0]}', '{import.Ids[1]}')""");
        await db.ExecuteAsync($"""DELETE FROM match_results WHERE "ProjectId" = '{import.Ids[2]}'""");
        var withdrawn = (await reserve.FindAsync(import.Ids[3]))!;
        Assert.True((await reserve.WithdrawAsync(withdrawn.Record.Id!, withdrawn.Version, "重复申报", "填报员")).Succeeded);
        await AssertKeptAsync(db, "改动结论后");
        await results.RematchAllAsync();
        await AssertKeptAsync(db, "全部重新匹配后");
        // Every project not withdrawn has its answer of each channel back in the sums (the deleted ones included).
        Assert.Equal(620L, Convert.ToInt64(await db.ScalarAsync("""SELECT SUM("Projects") FROM match_answer_totals WHERE "ChannelId" = 'open'""")));

        // The triggers are back.
        await db.ExecuteAsync($"""DELETE FROM match_results WHERE "ProjectId" = '{import.Ids[4]}'""");
        await AssertKeptAsync(db, "再删除一个项目的结果后");
    }

    private sealed class Facts(ChannelCatalog catalog) : IChannelFactProvider
    {
        public IReadOnlyList<FactDescriptor> ChannelFacts => catalog.ChannelFacts;
    }
}
