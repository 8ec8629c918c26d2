using Microsoft.Data.Sqlite;
using Reserve.Persistence;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Dispatch.Tests;

public sealed class StorageTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_report_with_its_lists_survives_the_round_trip(DatabaseProvider provider)
    {
        await using var f = await DispatchFixture.CreateAsync(Today, provider: provider);
        var id = await f.AddPlanAsync("2027-0001", PlanTier.ProvincialKeyInvestment);
        var report = new PeriodReport
        {
            PlanProjectId = id, PeriodStart = new DateOnly(2026, 11, 12), Status = ConstructionStatus.Started, StartedOn = new DateOnly(2026, 11, 10),
            InvestmentThisPeriod = 123.45m, InvestmentCumulative = 123.45m, ProgressText = "基础施工中", ProgressPercent = 12.5m, Workers = 86,
            Problems = "用地报批滞后",
            Coordination = [new CoordinationItem { Matter = "协调用地报批", ResponsibleUnit = "市自然资源局", DueDate = new DateOnly(2026, 11, 30) }],
            FundsArrived = [new FundsArrived { Source = FundingSourceKind.SpecialBonds, Amount = 100m }],
        };

        var saved = await f.Dispatch.SaveReportAsync(report, null, "张三");
        var loaded = (await f.Dispatch.FindReportAsync(id, new DateOnly(2026, 11, 15)))!;

        Assert.True(saved.Succeeded);
        Assert.Equal((new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 15), ReportCadence.Weekly), (loaded.Item.PeriodStart, loaded.Item.PeriodEnd, loaded.Item.Cadence));
        Assert.Equal((123.45m, 12.5m, 86, "用地报批滞后"), (loaded.Item.InvestmentCumulative, loaded.Item.ProgressPercent, loaded.Item.Workers, loaded.Item.Problems));
        Assert.Equal("市自然资源局", Assert.Single(loaded.Item.Coordination).ResponsibleUnit);
        Assert.Equal(FundingSourceKind.SpecialBonds, Assert.Single(loaded.Item.FundsArrived).Source);
        Assert.Equal((1, "张三"), (loaded.Version, loaded.UpdatedBy));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_second_save_of_a_period_is_an_update_that_must_name_the_version_and_is_audited(DatabaseProvider provider)
    {
        await using var f = await DispatchFixture.CreateAsync(Today, provider: provider);
        var id = await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual);
        var first = await f.ReportAsync(id, new DateOnly(2026, 10, 1));

        var blind = await f.Dispatch.SaveReportAsync(new PeriodReport { PlanProjectId = id, PeriodStart = new DateOnly(2026, 10, 20), ProgressText = "另一份" }, null, "李四");
        Assert.False(blind.Succeeded);
        Assert.Contains("已由 填报员", blind.Conflict);

        var mine = (await f.Dispatch.FindReportAsync(id, new DateOnly(2026, 10, 1)))!;
        var theirs = (await f.Dispatch.FindReportAsync(id, new DateOnly(2026, 10, 1)))!;
        mine.Item.ProgressText = "施工图审查完成";
        theirs.Item.ProgressText = "招标完成";
        var ok = await f.Dispatch.SaveReportAsync(mine.Item, mine.Version, "张三");
        var stale = await f.Dispatch.SaveReportAsync(theirs.Item, theirs.Version, "李四");

        Assert.True(ok.Succeeded);
        Assert.Equal(2, ok.Saved!.Version);
        Assert.False(stale.Succeeded);
        Assert.StartsWith("保存被拒绝", stale.Conflict);
        Assert.Contains("张三", stale.Conflict);
        Assert.Equal("施工图审查完成", (await f.Dispatch.FindReportAsync(id, new DateOnly(2026, 10, 1)))!.Item.ProgressText);
        var audit = await f.Dispatch.AuditAsync("report", first.Item.Id);
        Assert.Equal(["创建", "修改"], audit.Select(a => a.Action));
        Assert.Equal("张三", audit[1].User);
        Assert.Contains("前期工作推进中", audit[1].Before);
        Assert.Contains("施工图审查完成", audit[1].After);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_plan_project_update_needs_its_version_and_lists_filter_by_leader(DatabaseProvider provider)
    {
        await using var f = await DispatchFixture.CreateAsync(Today, provider: provider);
        var id = await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual);
        await f.AddPlanAsync("2027-0002", PlanTier.MunicipalAnnual, edit: p => p.Leader = "李副市长");
        var stored = (await f.Dispatch.FindPlanProjectAsync(id))!;
        stored.Item.AnnualPlanInvestment = 1500m;

        Assert.True((await f.Dispatch.SavePlanProjectAsync(stored.Item, stored.Version, "张三")).Succeeded);
        Assert.False((await f.Dispatch.SavePlanProjectAsync(stored.Item, stored.Version, "李四")).Succeeded);
        Assert.Equal(1500m, (await f.Dispatch.FindPlanProjectAsync(id))!.Item.AnnualPlanInvestment);
        Assert.Equal(["2027-0002"], (await f.Dispatch.ListPlanProjectsAsync(2026, leader: "李副市长")).Select(p => p.Item.ReserveProjectId));
    }

    [PostgresFact]
    public async Task The_postgres_migrations_create_the_same_tables_in_the_module_history()
    {
        await using var f = await DispatchFixture.CreateAsync(Today, provider: DatabaseProvider.Postgres);

        Assert.Equal(6L, await f.Database.CountAsync("information_schema.tables", "table_schema = 'public' AND (table_name LIKE 'dispatch_%' OR table_name = '__dispatch_migrations')"));
        Assert.Equal(2L, await f.Database.CountAsync("__dispatch_migrations"));
    }

    /// <summary>EF Core's own migration lock table (shared by every module's context) is left aside.</summary>
    [Fact]
    public async Task Tables_carry_the_module_prefix_and_migrations_their_own_history_table()
    {
        await using var f = await DispatchFixture.CreateAsync(Today);
        await using var connection = new SqliteConnection($"Data Source={f.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsLock' ORDER BY name";
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["__dispatch_migrations", "dispatch_audit", "dispatch_plan_projects", "dispatch_reports", "dispatch_start_plans", "dispatch_targets"], tables);
    }
}
