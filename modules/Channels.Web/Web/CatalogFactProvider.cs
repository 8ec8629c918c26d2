using Reserve.Channels;
using Reserve.Projects;
using Reserve.Sdk.Facts;

namespace Reserve.Channels.Web;

/// <summary>Hands the reserve the facts the active channels declare and their names, without the reserve knowing the catalog.</summary>
internal sealed class CatalogFactProvider(ChannelCatalog catalog) : IChannelFactProvider
{
    public IReadOnlyList<FactDescriptor> ChannelFacts => catalog.ChannelFacts;

    public IReadOnlyList<KnownChannel> Channels => [.. catalog.Channels.Select(c => new KnownChannel(c.Id, c.Definition.Name))];
}
