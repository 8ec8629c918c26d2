using Microsoft.Extensions.Logging;
using Reserve.Channels.Loading;
using Reserve.Sdk.Projects;

namespace Reserve.Channels.Activation;

/// <summary>
/// One look at the plugins folder at a time: loads what appeared (collectible contexts, beside the running
/// versions), runs and records each new version's golden cases, audits its arrival, starts its flip report, releases
/// what is gone, and makes the catalog serve what the activation table says — a new version never serves on its own.
/// </summary>
internal sealed class LivePlugins(ChannelCatalog catalog, PluginActivation activation, IGoldenGate golden, IFlipGate flips, ILogger<LivePlugins> logger) : ILivePlugins
{
    public const string Actor = "系统（插件目录）";

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly PluginFolderScanner _scanner = new(new PluginCatalogLoader(logger));

    public async Task<PluginScan> ScanAsync(IReadOnlyCollection<string>? complete, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var keep = await activation.KeptVersionsAsync(cancellationToken);
            var knownIds = catalog.Plugins.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            var scan = _scanner.Scan(catalog, keep, complete);
            foreach (var plugin in scan.Loaded)
            {
                await activation.RecordArrivalAsync(plugin, !knownIds.Contains(plugin.Id), Actor, Verdict(plugin), cancellationToken);
                logger.LogInformation("插件目录中出现 {Folder}：{Id} {Version}，{Verdict}", Path.GetFileName(plugin.Folder), plugin.Id, plugin.Version, Verdict(plugin));
            }
            foreach (var plugin in scan.Released)
            {
                logger.LogInformation("插件 {Id} {Version}（{Folder}）已不在插件目录中，已卸载", plugin.Id, plugin.Version, Path.GetFileName(plugin.Folder));
            }
            if (scan.Changed)
            {
                await activation.RefreshAsync(cancellationToken);
            }
            foreach (var plugin in scan.Loaded.Where(p => p.Status == PluginStatus.Active && golden.Problems(p).Count == 0))
            {
                flips.Prepare(catalog.Channels.FirstOrDefault(c => c.PluginId == plugin.Id)?.Plugin, plugin);
            }
            return scan;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private string Verdict(LoadedPlugin plugin)
    {
        if (plugin.Status != PluginStatus.Active)
        {
            return $"{ZhNames<PluginStatus>.Of(plugin.Status)}：{plugin.Fault}";
        }
        var problems = golden.Problems(plugin);
        return problems.Count == 0 ? "核对用例全部通过，待启用" : "核对用例未通过，不能启用：" + string.Join("；", problems);
    }
}
