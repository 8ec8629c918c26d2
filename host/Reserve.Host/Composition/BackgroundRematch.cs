namespace Reserve.Host.Composition;

/// <summary>
/// After start, queues a re-match when the stored results are stale; the job runner of whichever instance
/// claims it does the work, so the site is usable meanwhile and two instances do not both compute.
/// </summary>
internal sealed class BackgroundRematch(StartupTasks startup, ILogger<BackgroundRematch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
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
}
