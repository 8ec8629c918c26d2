namespace Reserve.Host.Composition;

/// <summary>Re-matches stale results after start, so the site is usable while it runs.</summary>
internal sealed class BackgroundRematch(StartupTasks startup, ILogger<BackgroundRematch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.RematchIfStaleAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "重新匹配失败");
        }
    }
}
