using Reserve.Sdk.Facts;

namespace Reserve.Projects;

/// <summary>The channel-specific facts the active channels declare, for validating and importing records.</summary>
public interface IChannelFactProvider
{
    IReadOnlyList<FactDescriptor> ChannelFacts { get; }
}
