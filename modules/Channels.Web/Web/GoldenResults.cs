using System.Collections.Concurrent;
using Reserve.Channels;
using Reserve.Matching.Golden;

namespace Reserve.Channels.Web;

/// <summary>
/// Each plugin's golden-case report, run once per plugin version: the cases and the rules sit in the
/// plugin folder, which the host reads only at start, so the answer cannot change while it runs.
/// </summary>
internal sealed class GoldenResults
{
    private readonly ConcurrentDictionary<(string Folder, string Id, string Version), Lazy<GoldenReport>> _reports = new();

    public GoldenReport For(LoadedPlugin plugin) =>
        _reports.GetOrAdd((plugin.Folder, plugin.Id, plugin.Version), _ => new Lazy<GoldenReport>(() => GoldenCaseRunner.Run(plugin))).Value;
}
