using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reserve.Channels;

namespace Reserve.Host.Web.Operations;

/// <summary>
/// Ready when the plugins are loaded and at least one channel serves. A faulted plugin leaves the instance ready
/// (the others serve, as everywhere) but degraded, with the plugin named.
/// </summary>
internal sealed class PluginReadiness(ChannelCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var broken = catalog.Plugins.Where(p => p.Status != PluginStatus.Active).Select(p => $"{p.Id}（{p.Fault}）").ToList();
        var loaded = $"已加载插件 {catalog.Plugins.Count} 个，可用渠道 {catalog.Channels.Count} 个";
        return Task.FromResult(catalog.Channels.Count == 0
            ? HealthCheckResult.Unhealthy($"没有可用的资金渠道：{loaded}（插件目录 {catalog.Directory}）")
            : broken.Count > 0
                ? HealthCheckResult.Degraded($"{loaded}；未启用：{string.Join("；", broken)}")
                : HealthCheckResult.Healthy(loaded));
    }
}
