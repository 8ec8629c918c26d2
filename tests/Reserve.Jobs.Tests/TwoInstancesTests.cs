using Reserve.Persistence;
using Reserve.Testing;

namespace Reserve.Jobs.Tests;

/// <summary>Two instances' runners on one database: every job is claimed and run by exactly one of them.</summary>
public sealed class TwoInstancesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Each_queued_job_is_claimed_and_run_exactly_once(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var log = new RunLog();
        await using var first = new JobsInstance(db.Options, "实例甲", log);
        await using var second = new JobsInstance(db.Options, "实例乙", log);
        await first.MigrateAsync();
        var jobs = new List<JobInfo>();
        for (var i = 0; i < 40; i++)
        {
            jobs.Add(await (i % 2 == 0 ? first : second).Queue.EnqueueAsync("record", $"{i}", "张三", null));
        }

        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        var ended = new List<JobInfo>();
        foreach (var job in jobs)
        {
            ended.Add(await Wait.UntilEndedAsync(first.Queue, job.Id, 60));
        }

        Assert.All(ended, j => Assert.Equal(JobState.Succeeded, j.State));
        Assert.Equal(jobs.Select(j => j.Id).Order(), log.Runs.Select(r => r.Job).Order());
        Assert.All(ended, j => Assert.Contains(j.ClaimedBy, new[] { "实例甲", "实例乙" }));
        Assert.All(log.Runs, r => Assert.Equal(ended.Single(j => j.Id == r.Job).ClaimedBy, r.Instance));
    }
}
