using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reserve.Persistence;

namespace Reserve.Jobs.Tests;

/// <summary>One "instance": the jobs module on a shared test database, with its runner started on demand.</summary>
internal sealed class JobsInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private IHostedService? _runner;

    public JobsInstance(DatabaseOptions database, string name, RunLog log, bool run = true, Action<JobsOptions>? tune = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(log);
        services.AddSingleton<IJobHandler, RecordingHandler>();
        services.AddSingleton<IJobHandler, ThrowingHandler>();
        services.AddSingleton<IJobHandler, WaitingHandler>();
        services.AddJobs(database, name, o =>
        {
            o.PollInterval = TimeSpan.FromMilliseconds(50);
            o.HeartbeatInterval = TimeSpan.FromMilliseconds(200);
            o.StaleAfter = TimeSpan.FromSeconds(2);
            o.ProgressInterval = TimeSpan.Zero;
            o.RunJobs = run;
            tune?.Invoke(o);
        });
        _services = services.BuildServiceProvider();
        Name = name;
    }

    public string Name { get; }

    public IJobQueue Queue => _services.GetRequiredService<IJobQueue>();

    public IServiceProvider Services => _services;

    public Task MigrateAsync() => _services.MigrateJobsAsync();

    public async Task StartAsync()
    {
        _runner = _services.GetServices<IHostedService>().Single();
        await _runner.StartAsync(CancellationToken.None);
    }

    public async Task StopAsync()
    {
        if (_runner is not null)
        {
            await _runner.StopAsync(CancellationToken.None);
            _runner = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _services.DisposeAsync();
    }
}

/// <summary>What the handlers saw, shared by every instance of a test.</summary>
internal sealed class RunLog
{
    public ConcurrentBag<(long Job, string Instance)> Runs { get; } = [];

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary><c>record</c>: counts its run, reports progress over three steps, and returns a small file.</summary>
internal sealed class RecordingHandler(RunLog log, JobsOptions options) : IJobHandler
{
    public string Kind => "record";

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken ct)
    {
        log.Runs.Add((context.Id, options.InstanceName));
        for (var i = 1; i <= 3; i++)
        {
            await context.ReportProgressAsync(i, 3, $"第 {i} 步", ct);
        }
        return new JobOutcome($"已完成 {context.PayloadJson}", new JobFile("结果.txt", "text/plain", "内容"u8.ToArray()));
    }
}

/// <summary><c>throw</c>: fails the way a faulty handler would.</summary>
internal sealed class ThrowingHandler : IJobHandler
{
    public string Kind => "throw";

    public Task<JobOutcome> RunAsync(JobContext context, CancellationToken ct) => throw new InvalidOperationException("数据不完整");
}

/// <summary><c>wait</c>: keeps reporting progress until its token is cancelled.</summary>
internal sealed class WaitingHandler(RunLog log) : IJobHandler
{
    public string Kind => "wait";

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken ct)
    {
        log.Started.TrySetResult();
        for (var i = 0; ; i++)
        {
            await context.ReportProgressAsync(i, 1_000_000, "等待中", ct);
            await Task.Delay(50, ct);
        }
    }
}

internal static class Wait
{
    public static async Task<JobInfo> UntilAsync(IJobQueue queue, long id, Func<JobInfo, bool> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var job = await queue.FindAsync(id) ?? throw new InvalidOperationException($"任务 {id} 不存在");
            if (condition(job))
            {
                return job;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"任务 {id} 停在 {job.State}（{job.Message}，{job.Error}）");
            }
            await Task.Delay(50);
        }
    }

    public static Task<JobInfo> UntilEndedAsync(IJobQueue queue, long id, int seconds = 30) =>
        UntilAsync(queue, id, j => j.State is JobState.Succeeded or JobState.Failed or JobState.Cancelled, seconds);
}
