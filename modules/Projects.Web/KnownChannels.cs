using Reserve.Channels;

namespace Reserve.Projects.Web;

/// <summary>The active channels as the reserve names them in 拟申请渠道 (id stored, Chinese name read and written).</summary>
internal static class KnownChannels
{
    public static IReadOnlyList<KnownChannel> Of(ChannelCatalog catalog) =>
        [.. catalog.Channels.Select(c => new KnownChannel(c.Id, c.Definition.Name))];
}
