using System.Text;
using Reserve.Persistence;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Jobs.Tests;

/// <summary>The queue and one runner, on SQLite and on PostgreSQL.</summary>
public sealed class JobQueueTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_queued_job_runs_reports_progress_and_keeps_its_file_in_the_database(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var log = new RunLog();
        await using var instance = new JobsInstance(db.Options, "实例甲", log);
        await instance.MigrateAsync();

        var queued = await instance.Queue.EnqueueAsync("record", "\"负载\"", "张三", "住建局");
        Assert.Equal((JobState.Queued, "张三", "住建局"), (queued.State, queued.RequestedBy, queued.Department));
        Assert.Null(queued.ClaimedBy);

        await instance.StartAsync();
        var done = await Wait.UntilEndedAsync(instance.Queue, queued.Id);

        Assert.Equal(JobState.Succeeded, done.State);
        Assert.Equal((3, 3), (done.Done, done.Total));
        Assert.Equal("已完成 \"负载\"", done.Message);
        Assert.Equal("实例甲", done.ClaimedBy);
        Assert.NotNull(done.StartedAtUtc);
        Assert.True(done.FinishedAtUtc >= done.StartedAtUtc);
        Assert.Equal(DateTimeKind.Utc, done.CreatedAtUtc.Kind);
        Assert.Equal("结果.txt", done.ResultFileName);
        var file = await instance.Queue.ResultFileAsync(queued.Id);
        Assert.Equal(("结果.txt", "text/plain", "内容"), (file!.FileName, file.ContentType, Encoding.UTF8.GetString(file.Content)));
        Assert.Equal(queued.Id, Assert.Single(log.Runs).Job);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_failing_handler_or_unknown_kind_fails_the_job_in_chinese_and_the_runner_goes_on(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var instance = new JobsInstance(db.Options, "实例甲", new RunLog());
        await instance.MigrateAsync();
        var throwing = await instance.Queue.EnqueueAsync("throw", "{}", "张三", null);
        var unknown = await instance.Queue.EnqueueAsync("no-such-kind", "{}", "张三", null);
        var fine = await instance.Queue.EnqueueAsync("record", "{}", "张三", null);

        await instance.StartAsync();

        var failed = await Wait.UntilEndedAsync(instance.Queue, throwing.Id);
        Assert.Equal(JobState.Failed, failed.State);
        Assert.Equal("任务执行出错：数据不完整", failed.Error);
        var orphan = await Wait.UntilEndedAsync(instance.Queue, unknown.Id);
        Assert.Equal(JobState.Failed, orphan.State);
        Assert.Contains("未知的任务类型“no-such-kind”", orphan.Error);
        Assert.Equal(JobState.Succeeded, (await Wait.UntilEndedAsync(instance.Queue, fine.Id)).State);
        Assert.Null(await instance.Queue.ResultFileAsync(throwing.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_dedupe_key_returns_the_live_job_even_when_many_queue_it_at_once(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var log = new RunLog();
        await using var first = new JobsInstance(db.Options, "实例甲", log);
        await using var second = new JobsInstance(db.Options, "实例乙", log, run: false);
        await first.MigrateAsync();

        var all = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            (i % 2 == 0 ? first : second).Queue.EnqueueAsync("record", "{}", "系统", null, "rematch:v1")));

        Assert.Single(all.Select(j => j.Id).Distinct());
        Assert.Equal(1, await db.CountAsync("jobs_queue"));
        var other = await first.Queue.EnqueueAsync("record", "{}", "系统", null, "rematch:v2");
        Assert.NotEqual(all[0].Id, other.Id);

        // Once the job has ended, the same key queues new work.
        await first.StartAsync();
        await Wait.UntilEndedAsync(first.Queue, all[0].Id);
        var again = await first.Queue.EnqueueAsync("record", "{}", "系统", null, "rematch:v1");
        Assert.NotEqual(all[0].Id, again.Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Recent_lists_newest_first_for_one_requester_or_everyone(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var instance = new JobsInstance(db.Options, "实例甲", new RunLog(), run: false);
        await instance.MigrateAsync();
        var a = await instance.Queue.EnqueueAsync("record", "{}", "张三", null);
        var b = await instance.Queue.EnqueueAsync("record", "{}", "李四", null);
        var c = await instance.Queue.EnqueueAsync("record", "{}", "张三", null);

        Assert.Equal([c.Id, a.Id], (await instance.Queue.RecentAsync("张三", 10)).Select(j => j.Id));
        Assert.Equal([c.Id, b.Id], (await instance.Queue.RecentAsync(null, 2)).Select(j => j.Id));
        Assert.Null(await instance.Queue.FindAsync(9999));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_job_is_cancelled_while_queued_or_while_running(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var log = new RunLog();
        await using var instance = new JobsInstance(db.Options, "实例甲", log);
        await instance.MigrateAsync();
        var running = await instance.Queue.EnqueueAsync("wait", "{}", "张三", null);
        var queued = await instance.Queue.EnqueueAsync("record", "{}", "张三", null);
        Assert.True(await instance.Queue.CancelAsync(queued.Id));
        Assert.Equal(JobState.Cancelled, (await instance.Queue.FindAsync(queued.Id))!.State);

        await instance.StartAsync();
        // Cancel only once some progress has reached the database, so the test can check it is kept.
        var progressed = await Wait.UntilAsync(instance.Queue, running.Id, j => j.Done > 0);
        Assert.True(await instance.Queue.CancelAsync(running.Id));

        var cancelled = await Wait.UntilEndedAsync(instance.Queue, running.Id);
        Assert.Equal(JobState.Cancelled, cancelled.State);
        Assert.True(cancelled.Done >= progressed.Done);
        Assert.False(await instance.Queue.CancelAsync(running.Id));
        Assert.Empty(log.Runs);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_job_running_when_its_instance_stops_goes_back_to_the_queue(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var log = new RunLog();
        await using var instance = new JobsInstance(db.Options, "实例甲", log);
        await instance.MigrateAsync();
        var job = await instance.Queue.EnqueueAsync("wait", "{}", "张三", null);
        await instance.StartAsync();
        await log.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await instance.StopAsync();

        var back = (await instance.Queue.FindAsync(job.Id))!;
        Assert.Equal(JobState.Queued, back.State);
        Assert.Null(back.ClaimedBy);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_job_whose_instance_died_is_queued_again_once_then_failed(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var log = new RunLog();
        await using var instance = new JobsInstance(db.Options, "实例乙", log);
        await instance.MigrateAsync();
        var orphan = await instance.Queue.EnqueueAsync("record", "{}", "张三", null);
        var twice = await instance.Queue.EnqueueAsync("record", "{}", "张三", null);
        // As an instance that claimed them and then died would leave them: running, claimed, no heartbeat since long ago.
        await db.ExecuteAsync($"""
            UPDATE jobs_queue SET "State" = 'Running', "ClaimedBy" = '已死实例', "StartedAtUtc" = '2020-01-01 00:00:00', "HeartbeatAtUtc" = '2020-01-01 00:00:00'
            WHERE "Id" IN ({orphan.Id}, {twice.Id})
            """);
        await db.ExecuteAsync($"""UPDATE jobs_queue SET "Recoveries" = 1 WHERE "Id" = {twice.Id}""");

        await instance.StartAsync();

        var recovered = await Wait.UntilEndedAsync(instance.Queue, orphan.Id);
        Assert.Equal((JobState.Succeeded, "实例乙"), (recovered.State, recovered.ClaimedBy));
        var failed = await Wait.UntilEndedAsync(instance.Queue, twice.Id);
        Assert.Equal(JobState.Failed, failed.State);
        Assert.Contains("两次中断", failed.Error);
        Assert.Equal([orphan.Id], log.Runs.Select(r => r.Job));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Queuing_a_job_deletes_the_jobs_that_ended_past_the_retention_with_their_files_and_keeps_live_ones(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var instance = new JobsInstance(db.Options, "实例甲", new RunLog());
        await instance.MigrateAsync();
        await instance.StartAsync();
        var succeeded = await instance.Queue.EnqueueAsync("record", "{}", "张三", null);
        var failed = await instance.Queue.EnqueueAsync("throw", "{}", "张三", null);
        Assert.Equal(JobState.Succeeded, (await Wait.UntilEndedAsync(instance.Queue, succeeded.Id)).State);
        Assert.Equal(JobState.Failed, (await Wait.UntilEndedAsync(instance.Queue, failed.Id)).State);
        await instance.StopAsync();
        var cancelled = await instance.Queue.EnqueueAsync("record", "{}", "张三", null);
        Assert.True(await instance.Queue.CancelAsync(cancelled.Id));
        var waiting = await instance.Queue.EnqueueAsync("record", "{}", "张三", null);
        var endedLately = await instance.Queue.EnqueueAsync("record", "{}", "张三", null);
        Assert.True(await instance.Queue.CancelAsync(endedLately.Id));
        // Ended 31 days ago, past the default retention of 30 days; the queued job is as old but has not ended.
        await db.ExecuteAsync($"""UPDATE jobs_queue SET "FinishedAtUtc" = '{Days(-31)}' WHERE "Id" IN ({succeeded.Id}, {failed.Id}, {cancelled.Id})""");
        await db.ExecuteAsync($"""UPDATE jobs_queue SET "CreatedAtUtc" = '{Days(-31)}' WHERE "Id" = {waiting.Id}""");
        Assert.NotNull(await instance.Queue.ResultFileAsync(succeeded.Id));

        var next = await instance.Queue.EnqueueAsync("record", "{}", "李四", null);

        foreach (var gone in new[] { succeeded, failed, cancelled })
        {
            Assert.Null(await instance.Queue.FindAsync(gone.Id));
        }
        Assert.Null(await instance.Queue.ResultFileAsync(succeeded.Id));
        Assert.Equal(0, await db.CountAsync("jobs_files"));
        Assert.Equal(JobState.Queued, (await instance.Queue.FindAsync(waiting.Id))!.State);
        Assert.Equal(JobState.Cancelled, (await instance.Queue.FindAsync(endedLately.Id))!.State);
        Assert.Equal([next.Id, endedLately.Id, waiting.Id], (await instance.Queue.RecentAsync(null, 50)).Select(j => j.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_retention_is_a_setting(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var instance = new JobsInstance(db.Options, "实例甲", new RunLog(), run: false, tune: o => o.Retention = TimeSpan.FromDays(10));
        await instance.MigrateAsync();
        var older = await instance.Queue.EnqueueAsync("record", "{}", "张三", null);
        var newer = await instance.Queue.EnqueueAsync("record", "{}", "张三", null);
        Assert.True(await instance.Queue.CancelAsync(older.Id));
        Assert.True(await instance.Queue.CancelAsync(newer.Id));
        await db.ExecuteAsync($"""UPDATE jobs_queue SET "FinishedAtUtc" = '{Days(-20)}' WHERE "Id" = {older.Id}""");
        await db.ExecuteAsync($"""UPDATE jobs_queue SET "FinishedAtUtc" = '{Days(-5)}' WHERE "Id" = {newer.Id}""");

        await instance.Queue.EnqueueAsync("record", "{}", "张三", null);

        Assert.Null(await instance.Queue.FindAsync(older.Id));
        Assert.NotNull(await instance.Queue.FindAsync(newer.Id));
    }

    private static string Days(int days) => DateTime.UtcNow.AddDays(days).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Job_states_have_their_chinese_names()
    {
        Assert.Equal(["排队中", "进行中", "已完成", "失败", "已取消"], Enum.GetValues<JobState>().Select(ZhNames<JobState>.Of));
    }
}
