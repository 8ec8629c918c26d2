using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Reserve.Channels.Activation;

/// <summary>
/// Follows the plugins folder: a file-system event starts a look once the folder has been quiet for
/// <see cref="Quiet"/> (a copy raises hundreds of events), and the folder is looked at every <see cref="Poll"/>
/// anyway, for file systems that raise no events (network shares, some containers).
/// </summary>
internal sealed class PluginFolderWatcher(ChannelCatalog catalog, ILivePlugins live, ILogger<PluginFolderWatcher> logger) : BackgroundService
{
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1.5);
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _events = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watcher = Watch(catalog.Directory);
        var wait = Poll;
        while (!stoppingToken.IsCancellationRequested)
        {
            await _events.WaitAsync(wait, stoppingToken);
            while (await _events.WaitAsync(Quiet, stoppingToken))
            {
                // Still changing: wait for the quiet.
            }
            try
            {
                var scan = await live.ScanAsync(null, stoppingToken);
                wait = scan.Waiting > 0 ? Quiet : Poll;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A folder or the database away for a moment: what serves goes on serving, and the next look retries.
                logger.LogWarning(ex, "查看插件目录失败，下次再试");
                wait = Poll;
            }
        }
    }

    private FileSystemWatcher? Watch(string directory)
    {
        if (!Directory.Exists(directory))
        {
            logger.LogInformation("插件目录 {Directory} 不存在，每 {Seconds} 秒查看一次", directory, Poll.TotalSeconds);
            return null;
        }
        try
        {
            var watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            FileSystemEventHandler changed = (_, _) => _events.Release();
            watcher.Created += changed;
            watcher.Changed += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, _) => _events.Release();
            watcher.Error += (_, e) => logger.LogWarning(e.GetException(), "插件目录监视出错，改为每 {Seconds} 秒查看一次", Poll.TotalSeconds);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or PlatformNotSupportedException or ArgumentException)
        {
            // inotify watches exhausted, say: the poll still finds every change.
            logger.LogWarning(ex, "无法监视插件目录 {Directory}，改为每 {Seconds} 秒查看一次", directory, Poll.TotalSeconds);
            return null;
        }
    }
}
