using Reserve.Channels;
using Reserve.Channels.Activation;
using Reserve.Matching.Golden;

namespace Reserve.Channels.Web;

/// <summary>The activation's golden-case gate: the engine's run of the version's cases, kept once per loaded version.</summary>
internal sealed class GoldenGate(GoldenResults results) : IGoldenGate
{
    public IReadOnlyList<string> Problems(LoadedPlugin plugin) => GoldenCaseCheck.ProblemsOf(results.For(plugin));
}
