namespace Reserve.Host.Composition;

/// <summary>
/// After start, queues a re-match when the stored results are stale; the job runner of whichever instance
/// claims it does the work, so the site is usable meanwhile and two instances do not both compute. The check (a query
/// per channel) waits until the server listens, so that it does not take the start's CPU.
/// </summary>
internal sealed class BackgroundRematch(StartupTasks startup, IHostApplicationLifetime lifetime, ILogger<BackgroundRematch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ListeningAsync(stoppingToken);
            await startup.QueueRematchIfStaleAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "排队重新匹配失败");
        }
    }

    private async Task ListeningAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }
    }
}
