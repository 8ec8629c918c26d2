using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Persistence;
using Reserve.Review.Storage;
using Reserve.Testing;
using Xunit;

namespace Reserve.Review.Tests;

/// <summary>
/// The government's decision on a year's list, on SQLite and PostgreSQL: recorded with its review event, found
/// for the year and for each project, replaced only by someone who read the current version, and refused
/// whole (nothing stored) when it is incomplete or contradicts the accepted list.
/// </summary>
public sealed class GovernmentDecisionTests
{
    private const int Year = 2027;
    private static readonly DateOnly Replied = new(2026, 12, 20);

    private static async Task<(ServiceProvider Services, IReview Review)> ReviewOnAsync(TestDatabase db)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 12, 28, 9, 0, 0, TimeSpan.Zero)));
        services.AddReview(db.Options);
        var provider = services.BuildServiceProvider();
        await provider.MigrateReviewAsync();
        var review = provider.GetRequiredService<IReview>();
        foreach (var (id, department) in new[] { ("2027-0001", "交通运输局"), ("2027-0002", "交通运输局"), ("2027-0003", "水务局") })
        {
            Assert.True((await review.DecideAsync(Year, id, department, ProjectReviewStatus.Accepted, null, "审核员")).Succeeded);
        }
        Assert.True((await review.DecideAsync(Year, "2027-0004", "水务局", ProjectReviewStatus.Returned, "补充可研", "审核员")).Succeeded);
        return (provider, review);
    }

    private static GovernmentDecisionInput Adjusted(int? version = null) =>
        new(Year, GovernmentVerdict.Adjusted, Replied, " 嘉政函〔2026〕88号 ", ["2027-0002"], ["2027-0009"], "调出项目前期不足", version);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_decision_is_recorded_with_its_event_and_shown_per_project(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (services, review) = await ReviewOnAsync(db);
        await using var _ = services;

        Assert.Equal(["2027-0001", "2027-0002", "2027-0003"], await review.AcceptedProjectsAsync(Year));
        Assert.Empty(await review.AcceptedProjectsAsync(Year + 1));

        var outcome = await review.RecordDecisionAsync(Adjusted(), "李审核（发改委）");

        Assert.True(outcome.Succeeded, outcome.Problem);
        var decision = await review.DecisionAsync(Year);
        Assert.NotNull(decision);
        Assert.Equal(GovernmentVerdict.Adjusted, decision.Verdict);
        Assert.Equal("嘉政函〔2026〕88号", decision.DocNumber);
        Assert.Equal(Replied, decision.Date);
        Assert.Equal(["2027-0002"], decision.Removed);
        Assert.Equal(["2027-0009"], decision.Added);
        Assert.Equal(2, decision.Approved);
        Assert.Equal(1, decision.Version);

        var perProject = await review.ProjectDecisionsAsync(["2027-0001", "2027-0002", "2027-0009", "2027-0004"]);
        Assert.Equal(DecisionEffect.Approved, perProject["2027-0001"].Effect);
        Assert.Equal(DecisionEffect.Removed, perProject["2027-0002"].Effect);
        Assert.Equal(DecisionEffect.Added, perProject["2027-0009"].Effect);
        Assert.False(perProject.ContainsKey("2027-0004"));
        Assert.Equal("嘉政函〔2026〕88号", (await review.ProjectDecisionAsync("2027-0003"))!.DocNumber);

        var recorded = (await review.EventsAsync(null, 10)).First();
        Assert.Equal("市政府调整", recorded.Action);
        Assert.Equal("市人民政府", recorded.Department);
        Assert.Equal("李审核（发改委）", recorded.Actor);
        Assert.Contains("2026年12月20日 嘉政函〔2026〕88号", recorded.Reason);
        Assert.Contains("调出2027-0002", recorded.Reason);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Replacing_needs_the_version_read_and_replaces_every_project_row(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (services, review) = await ReviewOnAsync(db);
        await using var _ = services;
        Assert.True((await review.RecordDecisionAsync(Adjusted(), "甲")).Succeeded);

        var stale = await review.RecordDecisionAsync(Adjusted(version: null), "乙");
        Assert.Equal("2027年度的审定结果刚被甲修改，请刷新后重试", stale.Problem);

        var approved = await review.RecordDecisionAsync(new GovernmentDecisionInput(Year, GovernmentVerdict.Approved, Replied, "嘉政函〔2026〕90号", [], [], null, 1), "乙");
        Assert.True(approved.Succeeded, approved.Problem);
        var decision = (await review.DecisionAsync(Year))!;
        Assert.Equal(3, decision.Approved);
        Assert.Empty(decision.Removed);
        Assert.Empty(decision.Added);
        Assert.Equal(2, decision.Version);
        Assert.Equal(DecisionEffect.Approved, (await review.ProjectDecisionAsync("2027-0002"))!.Effect);
        Assert.Null(await review.ProjectDecisionAsync("2027-0009"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_bad_decision_is_refused_whole_naming_each_field(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (services, review) = await ReviewOnAsync(db);
        await using var _ = services;
        var events = (await review.EventsAsync(null, 100)).Count;

        var bad = await review.RecordDecisionAsync(new GovernmentDecisionInput(Year, GovernmentVerdict.Approved, new DateOnly(2027, 1, 5), " ",
            ["2027-0004"], ["2027-0001"], null, null), "甲");

        Assert.False(bad.Succeeded);
        Assert.Contains("文号：必须填写市政府批复（或会议纪要）的文号", bad.Problem);
        Assert.Contains("审定日期：2027-01-05 晚于今天", bad.Problem);
        Assert.Contains("审定结论：有调出或增列的项目时，结论应为“调整”", bad.Problem);
        Assert.Contains("调出项目：2027-0004 不是2027年度已受理的项目", bad.Problem);
        Assert.Contains("增列项目：2027-0001 已是2027年度已受理的项目，无须增列", bad.Problem);

        var empty = await review.RecordDecisionAsync(new GovernmentDecisionInput(Year, GovernmentVerdict.Adjusted, Replied, "嘉政函〔2026〕1号", [], [], null, null), "甲");
        Assert.Contains("审定结论为“调整”时，至少填写一个调出或增列的项目", empty.Problem);

        Assert.Null(await review.DecisionAsync(Year));
        Assert.Equal(0, await db.CountAsync("review_decision_projects"));
        Assert.Equal(events, (await review.EventsAsync(null, 100)).Count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Each_provider_context_matches_its_migrations(DatabaseProvider provider)
    {
        using DbContext db = provider == DatabaseProvider.Postgres
            ? new PostgresReviewDesignTimeFactory().CreateDbContext([])
            : new ReviewDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: 模型有变化但没有迁移（docs/storage.md）");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
