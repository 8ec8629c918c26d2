using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reserve.Jobs.Storage;

namespace Reserve.Jobs.Running;

/// <summary>
/// The runner of one instance: polls for queued work, claims one job at a time (the claim is atomic, so
/// each job runs in exactly one instance), runs its handler with a heartbeat, and records how it ended. Jobs
/// whose instance died are recovered here too. Nothing a handler or the database does stops the host.
/// </summary>
internal sealed class JobRunner(JobStore store, IServiceScopeFactory scopes, JobsOptions options, JobsMetrics metrics, TimeProvider clock, ILogger<JobRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (migrations run before the runner is started, but be gentle anyway).
        await Task.Yield();
        await RecoverOwnAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (requeued, failed) = await store.RecoverStaleAsync(options.StaleAfter, stoppingToken);
                if (requeued + failed > 0)
                {
                    logger.LogWarning("回收了失去心跳的任务：重新排队 {Requeued} 个，终止 {Failed} 个", requeued, failed);
                }
                if (await store.ClaimAsync(options.InstanceName, stoppingToken) is { } job)
                {
                    await RunAsync(job, stoppingToken);
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The database may be briefly unreachable; try again at the next poll.
                logger.LogError(ex, "后台任务轮询出错");
            }
            try
            {
                await Task.Delay(options.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>What this instance's previous process left running when it was killed: queued again, or failed the second time.</summary>
    private async Task RecoverOwnAsync(CancellationToken stoppingToken)
    {
        try
        {
            var (requeued, failed) = await store.RecoverOwnAsync(options.InstanceName, options.HeartbeatInterval * 2, stoppingToken);
            if (requeued + failed > 0)
            {
                logger.LogWarning("实例 {Instance} 上次中断时留下的任务：重新排队 {Requeued} 个，终止 {Failed} 个", options.InstanceName, requeued, failed);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The regular stale-heartbeat recovery catches these later.
            logger.LogError(ex, "回收上次中断留下的任务出错");
        }
    }

    private async Task RunAsync(JobRow job, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<IJobHandler>().FirstOrDefault(h => h.Kind == job.Kind);
        if (handler is null)
        {
            await store.FinishAsync(job.Id, options.InstanceName, JobState.Failed, null, $"未知的任务类型“{job.Kind}”：没有处理该类任务的程序", null, null, CancellationToken.None);
            metrics.Finished(JobState.Failed);
            logger.LogError("任务 {Id} 的类型 {Kind} 没有处理程序", job.Id, job.Kind);
            return;
        }
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var state = new RunState(store, job.Id, options, clock, cancel);
        var heartbeat = state.BeatUntilDoneAsync();
        logger.LogInformation("实例 {Instance} 开始任务 {Id}（{Kind}）", options.InstanceName, job.Id, job.Kind);
        try
        {
            var context = new JobContext(job.Id, job.PayloadJson, job.RequestedBy, job.Department, state.ReportAsync);
            var outcome = await handler.RunAsync(context, cancel.Token);
            await store.FinishAsync(job.Id, options.InstanceName, JobState.Succeeded, outcome.Message, null, outcome.File, state.Last, CancellationToken.None);
            metrics.Finished(JobState.Succeeded);
            logger.LogInformation("任务 {Id}（{Kind}）已完成：{Message}", job.Id, job.Kind, outcome.Message);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                await store.ReleaseAsync(job.Id, options.InstanceName, CancellationToken.None);
                logger.LogInformation("实例停止，任务 {Id} 已交回队列", job.Id);
            }
            else if (state.CancelRequested)
            {
                await store.FinishAsync(job.Id, options.InstanceName, JobState.Cancelled, "已按要求取消", null, null, state.Last, CancellationToken.None);
                metrics.Finished(JobState.Cancelled);
            }
            else
            {
                logger.LogWarning("任务 {Id} 已不归本实例 {Instance}（心跳超时后被回收），放弃执行", job.Id, options.InstanceName);
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "任务 {Id}（{Kind}）执行出错", job.Id, job.Kind);
            await store.FinishAsync(job.Id, options.InstanceName, JobState.Failed, null, $"任务执行出错：{ex.Message}", null, state.Last, CancellationToken.None);
            metrics.Finished(JobState.Failed);
        }
        finally
        {
            await state.StopAsync(heartbeat);
        }
    }

    /// <summary>The heartbeat and throttled progress of the job being run; cancels it when asked or when it was taken away.</summary>
    private sealed class RunState(JobStore store, long id, JobsOptions options, TimeProvider clock, CancellationTokenSource cancel)
    {
        private readonly CancellationTokenSource _done = new();
        private readonly SemaphoreSlim _write = new(1, 1);
        private long _lastWrite = long.MinValue;

        public (int Done, int Total)? Last { get; private set; }

        public bool CancelRequested { get; private set; }

        public async Task ReportAsync(int done, int total, string? message, CancellationToken ct)
        {
            Last = (done, total);
            var now = clock.GetTimestamp();
            if (done < total && _lastWrite != long.MinValue && clock.GetElapsedTime(_lastWrite, now) < options.ProgressInterval)
            {
                return;
            }
            _lastWrite = now;
            await WriteAsync((done, total, message), ct);
            cancel.Token.ThrowIfCancellationRequested();
        }

        public async Task BeatUntilDoneAsync()
        {
            try
            {
                while (true)
                {
                    await Task.Delay(options.HeartbeatInterval, clock, _done.Token);
                    await WriteAsync(null, _done.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        public async Task StopAsync(Task heartbeat)
        {
            await _done.CancelAsync();
            await heartbeat;
            _done.Dispose();
        }

        private async Task WriteAsync((int, int, string?)? progress, CancellationToken ct)
        {
            await _write.WaitAsync(ct);
            try
            {
                var answer = await store.BeatAsync(id, options.InstanceName, progress, ct);
                CancelRequested |= answer == true;
                if (answer is null or true)
                {
                    await cancel.CancelAsync();
                }
            }
            finally
            {
                _write.Release();
            }
        }
    }
}
