using Reserve.Channels;
using Reserve.Projects;
using Reserve.Sdk.Facts;

namespace Reserve.Channels.Web;

/// <summary>Hands the reserve the facts the active channels declare, without the reserve knowing the catalog.</summary>
internal sealed class CatalogFactProvider(ChannelCatalog catalog) : IChannelFactProvider
{
    public IReadOnlyList<FactDescriptor> ChannelFacts => catalog.ChannelFacts;
}
