using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Reserve.Channels.Activation;

/// <summary>
/// Reads the activation table every <see cref="Interval"/>, so that an activation or a switch made through any
/// instance serves on every instance within that time (the instance that made it follows at once).
/// </summary>
internal sealed class ActivationPoller(IPluginActivation activation, TimeProvider clock, ILogger<ActivationPoller> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await activation.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be away for a moment: the channels serving now go on serving.
                logger.LogWarning(ex, "读取插件启用状态失败，沿用当前启用的渠道");
            }
        }
    }
}
