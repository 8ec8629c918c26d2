using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Demo.Approvals;
using Reserve.Demo.Projects;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Approvals.Tests;

public sealed class SearchAndSeedingTests
{
    private static ApprovalRecord Synthetic(int n) => new()
    {
        ProjectId = $"T-{n:D5}",
        ProjectName = n == 1 ? "嘉峪关祁连山北麓生态修复工程" : $"测试道路改造工程{n:D5}",
        Department = n % 2 == 0 ? "交通运输局" : "住建局",
        Item = n == 1 ? PreWorkKind.SocialStabilityAssessment : PreWorkKind.FeasibilityApproval,
        AppliedOn = new DateOnly(2026, 9, 1),
        Basis = LimitBasis.Promised,
        LimitDays = 15,
        Counting = DayCounting.WorkingDays,
    };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_record_beyond_the_first_thousand_is_found_by_project_name_id_or_item(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        // The sought record is the oldest of 1,500: the latest 1,000 (the list's longest page) do not hold it.
        Assert.Equal(1500, await store.Approvals.AppendDemoAsync(Enumerable.Range(1, 1500).Select(Synthetic).ToList(), "演示数据"));
        var latest = await store.Approvals.ListAsync(new ApprovalQuery(Take: 1000));
        Assert.DoesNotContain(latest.Records, v => v.Record.ProjectId == "T-00001");

        foreach (var text in new[] { "祁连山北麓", " T-00001 ", "社会稳定" })
        {
            var found = await store.Approvals.ListAsync(new ApprovalQuery(Text: text));
            Assert.Equal("T-00001", Assert.Single(found.Records).Record.ProjectId);
            Assert.Equal(1, found.Total);
        }
        // The text narrows the other filters, and pages as they do.
        var roads = await store.Approvals.ListAsync(new ApprovalQuery(Department: "交通运输局", Text: "道路改造", Skip: 700, Take: 100));
        Assert.Equal(750, roads.Total);
        Assert.Equal(50, roads.Records.Count);
        Assert.All(roads.Records, v => Assert.Equal("交通运输局", v.Record.Department));
        Assert.Empty((await store.Approvals.ListAsync(new ApprovalQuery(Text: "不存在的项目"))).Records);
    }

    [Fact]
    public async Task A_new_record_shows_in_the_list_count_and_summary_at_once()
    {
        await using var store = await ApprovalsFixture.CreateAsync();
        Assert.Equal(0, (await store.Approvals.ListAsync(new ApprovalQuery())).Total);
        Assert.Equal(0, (await store.Approvals.SummaryAsync(Summaries.SummaryGrouping.Item)).Total.Total);

        Assert.True((await store.Approvals.OpenAsync(store.Authorization(), "张三")).Succeeded);

        Assert.Equal(1, (await store.Approvals.ListAsync(new ApprovalQuery())).Total);
        Assert.Equal(1, (await store.Approvals.SummaryAsync(Summaries.SummaryGrouping.Item)).Total.Total);
    }

    /// <summary>The demo's 600 projects imported and read back as stored.</summary>
    private static async Task<List<ProjectRecord>> DemoReserveAsync(ApprovalsFixture store)
    {
        // No channel is loaded here, so the projects carry no channel facts.
        var imported = await store.Reserve.ImportAsync(DemoProjects.Generate(600, new DemoProjectOptions { FactKeys = [] }), "演示数据");
        Assert.True(imported.Succeeded, string.Join("；", imported.Problems.Take(3).Select(p => p.Message)));
        return (await store.Reserve.ListAsync(new ProjectQuery(Take: 600))).Select(p => p.Record).ToList();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_demo_seeds_joint_reviews_and_online_approvals_once_and_a_second_start_keeps_them(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        var stored = await DemoReserveAsync(store);
        var today = new DateOnly(2026, 10, 15);

        var (records, reviews) = await ApprovalDemo.SeedAsync(store.Approvals, stored, today, "演示数据");
        Assert.True(records > 100, $"{records} records");
        Assert.Equal(JointReviewDemo.Count, reviews);
        var joint = new List<JointReviewView>();
        for (var id = 1; id <= reviews; id++)
        {
            joint.Add((await store.Approvals.FindJointReviewAsync(id))!);
        }
        var byId = stored.ToDictionary(p => p.Id!);
        Assert.Equal(Enum.GetValues<JointReviewKind>().Length, joint.Select(j => j.Review.Kind).Distinct().Count());
        Assert.Contains(joint, j => j.Review.Remote);
        Assert.All(joint, j =>
        {
            var project = byId[j.Review.ProjectId];
            Assert.Equal((project.Name, project.Department), (j.Review.ProjectName, j.Review.Department));
            Assert.True(j.Items.Count >= 2);
            Assert.All(j.Items, i => Assert.Equal(PreWorkStatus.InProgress, project.FindPreWork(i.Record.Item)!.Status));
            Assert.All(j.Items, i => Assert.Equal(j.Review.Remote, i.Record.Remote));
        });
        var page = await store.Approvals.ListAsync(new ApprovalQuery(Take: 1000));
        Assert.Contains(page.Records, v => v.Record.Remote && v.Record.JointReviewId is null);
        // A joint review's project page lists its items with the review.
        var candidates = await store.Approvals.CandidatesAsync(joint[0].Review.ProjectId);
        Assert.Equal(joint[0].Items.Count, candidates!.Items.Count(c => c.Approval?.Record.JointReviewId == joint[0].Review.Id));

        // The second start: nothing added, nothing lost.
        Assert.Equal((0, 0), await ApprovalDemo.SeedAsync(store.Approvals, stored, today.AddDays(1), "演示数据"));
        Assert.Equal(page.Total, (await store.Approvals.ListAsync(new ApprovalQuery())).Total);
        Assert.NotNull(await store.Approvals.FindJointReviewAsync(reviews));
        Assert.Null(await store.Approvals.FindJointReviewAsync(reviews + 1));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_reserve_whose_items_were_all_recorded_runs_the_joint_review_demo_once(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        var stored = await DemoReserveAsync(store);
        var today = new DateOnly(2026, 10, 15);
        // As `seed-approvals` leaves a province-scale reserve: the joint reviews' items already carry records of their own.
        var taken = JointReviewDemo.Covered(JointReviewDemo.Generate(stored, asOf: today)).Select((c, n) =>
        {
            var record = Synthetic(n + 2);
            record.ProjectId = c.ProjectId;
            record.Item = c.Item;
            return record;
        }).ToList();
        Assert.Equal(taken.Count, await store.Approvals.AppendDemoAsync(taken, "演示数据"));
        Assert.False(await store.Approvals.HoldsRecordsAndJointReviewsAsync());

        // The first start tries the joint reviews (each refused) and notes that it did; later starts stop at the check.
        Assert.Equal((0, 0), await ApprovalDemo.SeedAsync(store.Approvals, stored, today, "演示数据"));
        Assert.True(await store.Approvals.HoldsRecordsAndJointReviewsAsync());
        Assert.Null(await store.Approvals.FindJointReviewAsync(1));
    }
}
