using Reserve.Persistence;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Dispatch.Tests;

/// <summary>
/// One 计划开工 per project: a reserve project's 计划开工时间 changed is followed by the year plan made from it (when the
/// date lies in the plan's year), so the dispatch pages and the project's page agree.
/// </summary>
public sealed class PlannedStartTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_plan_follows_the_reserves_planned_start_within_its_year_and_records_why(DatabaseProvider provider)
    {
        await using var f = await DispatchFixture.CreateAsync(Today, provider: provider);
        var followed = await f.AddPlanAsync("2027-0001", PlanTier.MunicipalAnnual);
        var otherYear = await f.AddPlanAsync("2027-0003", PlanTier.MunicipalAnnual);
        var continuing = await f.AddPlanAsync("2027-0005", PlanTier.MunicipalAnnual, PlanKind.Continuing);
        ProjectRecord Moved(string id, DateOnly start) => new() { Id = id, Name = "测试", PlannedStart = start };

        var changed = await f.Dispatch.FollowReserveStartAsync(
            [Moved("2027-0001", new DateOnly(2026, 6, 15)), Moved("2027-0003", new DateOnly(2027, 5, 1)), Moved("2027-0005", new DateOnly(2026, 5, 1))],
            "随储备项目同步");

        Assert.Equal(1, changed);
        var plan = (await f.Dispatch.FindPlanProjectAsync(followed))!;
        Assert.Equal((new DateOnly(2026, 6, 15), 2, "随储备项目同步"), (plan.Item.PlannedStart, plan.Version, plan.UpdatedBy));
        Assert.Contains(await f.Dispatch.AuditAsync("plan", followed), e => e.User == "随储备项目同步");
        // A date in another year would take the project off this year's plan: the plan keeps its own, the pages show both.
        Assert.Equal(new DateOnly(2026, 4, 1), (await f.Dispatch.FindPlanProjectAsync(otherYear))!.Item.PlannedStart);
        Assert.Null((await f.Dispatch.FindPlanProjectAsync(continuing))!.Item.PlannedStart);

        // Nothing to follow when the dates agree.
        Assert.Equal(0, await f.Dispatch.FollowReserveStartAsync([Moved("2027-0001", new DateOnly(2026, 6, 15))], "随储备项目同步"));
    }
}
