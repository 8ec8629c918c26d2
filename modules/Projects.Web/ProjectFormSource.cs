using Reserve.Channels;
using Reserve.Projects.Forms;
using Reserve.Sdk.Facts;

namespace Reserve.Projects.Web;

/// <summary>
/// The project form for the active channels, built once (the catalog does not change while running), and
/// which channels ask for each channel fact, so the form can group the facts under their channels.
/// </summary>
internal sealed class ProjectFormSource(ChannelCatalog catalog, TimeProvider clock)
{
    private readonly Lazy<ProjectForm> _form = new(() => ProjectForm.For(catalog.ChannelFacts, KnownChannels.Of(catalog)));

    public ProjectForm Form => _form.Value;

    /// <summary>
    /// Channel name → the facts it declares, each fact under the first channel that declares it; channels whose
    /// programme has ended come last, named so (their facts matter only for the record).
    /// </summary>
    public IReadOnlyList<(string Channel, IReadOnlyList<FactDescriptor> Facts)> FactsByChannel()
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<(string, IReadOnlyList<FactDescriptor>)>();
        foreach (var channel in ChannelPeriods.CurrentFirst(catalog.Channels, today))
        {
            var facts = channel.Definition.Facts.Where(f => seen.Add(f.Key)).ToList();
            if (facts.Count > 0)
            {
                groups.Add((channel.Definition.Name + (ChannelPeriods.HasEnded(channel.Definition, today) ? "（已结束）" : ""), facts));
            }
        }
        return groups;
    }

    /// <summary>The names of every channel that asks for a fact.</summary>
    public IReadOnlyList<string> ChannelsAsking(string factKey) =>
        catalog.Channels.Where(c => c.Definition.Facts.Any(f => f.Key == factKey)).Select(c => c.Definition.Name).ToList();
}
