using System.Runtime.CompilerServices;
using Reserve.Channels;
using Reserve.Matching.Golden;

namespace Reserve.Channels.Web;

/// <summary>
/// Each loaded plugin version's golden-case report, run once: a loaded version's code and cases never change (a
/// folder changed on disk is loaded again as another version). Kept per loaded version and forgotten with it, so a
/// released version's load context is not held here.
/// </summary>
internal sealed class GoldenResults
{
    private readonly ConditionalWeakTable<LoadedPlugin, Lazy<GoldenReport>> _reports = new();

    public GoldenReport For(LoadedPlugin plugin) =>
        _reports.GetValue(plugin, p => new Lazy<GoldenReport>(() => GoldenCaseRunner.Run(p))).Value;
}
