using Reserve.Sdk.Facts;

namespace Reserve.Projects;

/// <summary>The channel-specific facts the active channels declare, for validating and importing records.</summary>
public interface IChannelFactProvider
{
    IReadOnlyList<FactDescriptor> ChannelFacts { get; }

    /// <summary>
    /// The active channels a record's 拟申请渠道 may name. Empty when the reserve runs without a channel catalog
    /// (stand-ins in tests); then any name is kept as written.
    /// </summary>
    IReadOnlyList<KnownChannel> Channels => [];
}
