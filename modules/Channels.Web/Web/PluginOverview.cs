using Reserve.Channels;
using Reserve.Matching.Golden;
using Reserve.Sdk.Rules;

namespace Reserve.Channels.Web;

/// <summary>One plugin as the administrator sees it: status and fault, channels, rules by confidence, golden cases.</summary>
internal sealed record PluginOverview(LoadedPlugin Plugin, IReadOnlyDictionary<Confidence, int> RulesByConfidence, GoldenReport Golden)
{
    public int Rules => RulesByConfidence.Values.Sum();

    public static IReadOnlyList<PluginOverview> Of(ChannelCatalog catalog, GoldenResults golden) =>
        catalog.Plugins.Select(p => Of(p, golden)).ToList();

    public static PluginOverview Of(LoadedPlugin plugin, GoldenResults golden)
    {
        var rules = plugin.Channels.SelectMany(c => c.Rules).ToList();
        var counts = Enum.GetValues<Confidence>().ToDictionary(c => c, c => rules.Count(r => r.Source.Confidence == c));
        return new PluginOverview(plugin, counts, golden.For(plugin));
    }
}
