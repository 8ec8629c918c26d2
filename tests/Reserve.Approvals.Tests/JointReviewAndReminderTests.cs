using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Persistence;
using Reserve.Testing;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Tests;

public sealed class JointReviewAndReminderTests
{
    /// <summary>核准 (20 working days, statutory) and 环评 报告表 (30 calendar days, statutory) accepted together on 2026-10-09.</summary>
    private static JointReviewDraft Joint(ApprovalsFixture store) => new()
    {
        Kind = JointReviewKind.JointApproval,
        ProjectId = store.ProjectId,
        AppliedOn = new DateOnly(2026, 10, 9),
        LeadAuthority = "嘉峪关市政务服务中心",
        Remote = true,
        Items =
        [
            new JointReviewItem { Item = PreWorkKind.Authorization, Basis = LimitBasis.Statutory, StatutoryLimitId = "authorization" },
            new JointReviewItem { Item = PreWorkKind.EnvironmentalApproval, Basis = LimitBasis.Statutory, StatutoryLimitId = "eia-table" },
        ],
    };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_joint_review_has_one_acceptance_and_the_latest_due_date_of_its_items(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);

        var opened = await store.Approvals.OpenJointReviewAsync(Joint(store), "张三");

        Assert.True(opened.Succeeded, string.Join("；", opened.Problems));
        var review = opened.Value!;
        // 核准 alone: 2026-11-05 (20 working days, 10-10 a 调休 working day); 报告表 alone: 30 days → 2026-11-08. The later one wins.
        Assert.Equal(new DateOnly(2026, 11, 8), review.Review.DueOn);
        Assert.Equal(("嘉峪关瑞达冷链仓储物流中心项目", "商务局", true), (review.Review.ProjectName, review.Review.Department, review.Review.Remote));
        Assert.Equal([PreWorkKind.Authorization, PreWorkKind.EnvironmentalApproval], review.Items.Select(i => i.Record.Item));
        Assert.All(review.Items, i => Assert.Equal((new DateOnly(2026, 11, 8), review.Review.Id, true), (i.DueOn, i.Record.JointReviewId!.Value, i.Record.Remote)));
        Assert.Contains("未核实", review.DueText);
        var candidates = (await store.Approvals.CandidatesAsync(store.ProjectId))!.Items;
        Assert.Equal([false, true, true, false], candidates.Select(c => c.Approval is not null));

        var done = await store.Approvals.UpdateJointReviewAsync(review.Review.Id, new JointReviewChange(review.Review.AppliedOn, new DateOnly(2026, 10, 14), "嘉峪关市政务服务中心", true, null), review.Version, "李四");
        Assert.True(done.Succeeded, string.Join("；", done.Problems));
        Assert.Equal(ApprovalState.CompletedOnTime, done.Value!.State);
        Assert.All(done.Value.Items, i => Assert.Equal(new DateOnly(2026, 10, 14), i.Record.CompletedOn));
        Assert.StartsWith("保存被拒绝：联合审查", (await store.Approvals.UpdateJointReviewAsync(review.Review.Id, new JointReviewChange(review.Review.AppliedOn, null, null, false, null), review.Version, "王五")).Conflict);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_joint_review_needs_two_items_of_the_projects_list_not_yet_recorded(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        await store.Approvals.OpenAsync(store.Authorization(), "张三");

        var one = await store.Approvals.OpenJointReviewAsync(Joint(store) with { Items = [Joint(store).Items[1]] }, "张三");
        var taken = await store.Approvals.OpenJointReviewAsync(Joint(store), "张三");
        var unlisted = await store.Approvals.OpenJointReviewAsync(Joint(store) with
        {
            Items = [Joint(store).Items[1], new JointReviewItem { Item = PreWorkKind.EnergyReview, LimitDays = 0 }],
        }, "张三");

        Assert.Equal("事项：联审联批至少包括2个不同的前期工作事项", Assert.Single(one.Problems).ToString());
        Assert.Equal("前期工作事项：项目 2027-0001 的“核准”已有办理记录（编号 1），请修改该记录", Assert.Single(taken.Problems).ToString());
        Assert.Equal(
        [
            "前期工作事项：项目 2027-0001“嘉峪关瑞达冷链仓储物流中心项目”的前期工作清单中没有“节能审查”，请先在储备项目中补充该事项",
            "节能审查：承诺时限：必填，应为大于0的天数",
        ], unlisted.Problems.Select(p => p.ToString()));
        Assert.Single((await store.Approvals.ListAsync(new ApprovalQuery())).Records);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Due_soon_lists_open_approvals_near_or_past_their_due_date_of_a_department(DatabaseProvider provider)
    {
        await using var store = await ApprovalsFixture.CreateAsync(provider);
        await store.Approvals.OpenAsync(store.Authorization(), "张三");                                             // due 11-05
        await store.Approvals.OpenAsync(store.Authorization() with
        {
            Item = PreWorkKind.FeasibilityApproval, Basis = LimitBasis.Promised, StatutoryLimitId = null, LimitDays = 5, AppliedOn = new DateOnly(2026, 9, 1),
        }, "张三");                                                                                                   // due 09-08, past
        await store.Approvals.OpenAsync(store.Authorization() with
        {
            Item = PreWorkKind.EnvironmentalApproval, StatutoryLimitId = "eia-table", AppliedOn = new DateOnly(2026, 9, 1), CompletedOn = new DateOnly(2026, 9, 20),
        }, "张三");                                                                                                   // completed: never listed

        var week = await store.Approvals.DueSoonAsync("商务局", new DateOnly(2026, 10, 30), 7);
        var early = await store.Approvals.DueSoonAsync(null, new DateOnly(2026, 10, 15), 7);

        Assert.Equal([(PreWorkKind.FeasibilityApproval, -52, true), (PreWorkKind.Authorization, 6, false)], week.Select(d => (d.Item, d.DaysLeft, d.Overdue)));
        Assert.Equal([PreWorkKind.FeasibilityApproval], early.Select(d => d.Item));
        Assert.Empty(await store.Approvals.DueSoonAsync("工信局", new DateOnly(2026, 10, 30), 7));
    }
}
