using Reserve.Persistence;
using Reserve.Testing;
using Reserve.Promotion.Deals;
using Reserve.Sdk.Projects;

namespace Reserve.Promotion.Tests;

/// <summary>A landed deal into a real SQLite reserve, and back out of it through the reserve's own API.</summary>
public sealed class ConversionTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_landed_deal_becomes_a_reserve_project_without_retyping(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var landed = await store.LandedDealAsync();
        var funded = (await store.Promotion.AddFundsAsync(landed.Deal.Id, new FundArrival { On = new DateOnly(2026, 9, 30), Amount = 5200m }, landed.Version, "张三")).Value!;

        var converted = await store.Promotion.ConvertToProjectAsync(funded.Deal.Id, funded.Version, "王五");

        Assert.True(converted.Succeeded, string.Join("；", converted.Problems) + converted.Conflict);
        var projectId = converted.Value!.Deal.ProjectId;
        Assert.Equal("2027-0001", projectId);
        var project = (await store.Reserve.FindAsync(projectId!))!.Record;
        Assert.Equal(("恒泰光伏发电项目", "江苏恒泰新能源科技有限公司", "发改委", 52000m), (project.Name, project.Unit, project.Department, project.TotalInvestment));
        Assert.Equal((ProjectField.Energy, ProjectAttribute.Enterprise, ProjectStage.Preparation), (project.Field, project.Attribute, project.Stage));
        Assert.Equal(("620200", "嘉峪关市嘉峪关工业园区嘉北片区"), (project.Region, project.Address));
        Assert.StartsWith("建设光伏组件阵列", project.Scale);
        var funding = Assert.Single(project.FundingSources);
        Assert.Equal((FundingSourceKind.EnterpriseOwn, 52000m, (decimal?)5200m), (funding.Source, funding.Planned, funding.Arrived));
        Assert.Contains("招商引资-第三十二届兰洽会", project.Tags);
        Assert.Equal("王五", Assert.Single(await store.Reserve.AuditAsync(projectId!)).User);
        Assert.Equal(["开始转为储备项目", "转为储备项目"], (await store.Promotion.DealAuditAsync(landed.Deal.Id)).TakeLast(2).Select(a => a.Action));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_started_deal_arrives_as_a_new_start_with_its_start_date(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var landed = await store.LandedDealAsync();
        var started = (await store.Promotion.MoveStageAsync(landed.Deal.Id, DealStage.Started, new DateOnly(2026, 9, 10), null, landed.Version, "张三")).Value!;

        var converted = (await store.Promotion.ConvertToProjectAsync(started.Deal.Id, started.Version, "张三")).Value!;

        var project = (await store.Reserve.FindAsync(converted.Deal.ProjectId!))!.Record;
        Assert.Equal((ProjectStage.NewStart, (DateOnly?)new DateOnly(2026, 9, 10)), (project.Stage, project.ActualStart));
        Assert.Null(Assert.Single(project.FundingSources).Arrived);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_deal_is_converted_once(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var landed = await store.LandedDealAsync();
        var converted = (await store.Promotion.ConvertToProjectAsync(landed.Deal.Id, landed.Version, "张三")).Value!;

        var again = await store.Promotion.ConvertToProjectAsync(landed.Deal.Id, converted.Version, "张三");

        Assert.Equal("储备编号：该项目已转为储备项目 2027-0001，不能重复转入", Assert.Single(again.Problems).ToString());
        Assert.Equal(1, await store.Reserve.CountAsync(new Reserve.Projects.ProjectQuery()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_deal_not_yet_landed_is_refused(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var signed = (await store.Promotion.CreateAsync(PromotionFixture.Draft(), DealStage.Signed, new DateOnly(2026, 7, 6), "张三")).Value!;

        var outcome = await store.Promotion.ConvertToProjectAsync(signed.Deal.Id, signed.Version, "张三");

        Assert.Equal("阶段：项目处于“签约”阶段，落地后才能转为储备项目", Assert.Single(outcome.Problems).ToString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_reserves_validation_problems_come_back_in_chinese_and_nothing_is_half_written(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var landed = await store.LandedDealAsync(PromotionFixture.Draft() with { Scale = "" });

        var outcome = await store.Promotion.ConvertToProjectAsync(landed.Deal.Id, landed.Version, "张三");

        Assert.False(outcome.Succeeded);
        Assert.Equal("储备项目·建设规模及内容(scale)：必填，不能为空", Assert.Single(outcome.Problems).ToString());
        Assert.Equal(0, await store.Reserve.CountAsync(new Reserve.Projects.ProjectQuery()));
        var after = (await store.Promotion.FindAsync(landed.Deal.Id))!;
        Assert.Equal((landed.Version, (string?)null), (after.Version, after.Deal.ProjectId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_stale_version_converts_nothing(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var landed = await store.LandedDealAsync();

        var outcome = await store.Promotion.ConvertToProjectAsync(landed.Deal.Id, landed.Version - 1, "张三");

        Assert.Contains("保存被拒绝", outcome.Conflict);
        Assert.Equal(0, await store.Reserve.CountAsync(new Reserve.Projects.ProjectQuery()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_field_can_be_named_where_the_industry_does_not_decide_it(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var landed = await store.LandedDealAsync(PromotionFixture.Draft("瑞达冷链仓储物流中心项目", industry: "通道物流"));

        var converted = (await store.Promotion.ConvertToProjectAsync(landed.Deal.Id, landed.Version, "张三", ProjectField.ColdChainLogistics)).Value!;

        Assert.Equal(ProjectField.ColdChainLogistics, (await store.Reserve.FindAsync(converted.Deal.ProjectId!))!.Record.Field);
    }
}
