using Reserve.Sdk.Projects;

namespace Reserve.Channels;

/// <summary>Where a plugin stands after the host tried to load it.</summary>
public enum PluginStatus
{
    [ZhName("已启用")] Active,
    /// <summary>Its manifest asks for an SDK this host does not have, or it was built against another SDK.</summary>
    [ZhName("不兼容")] Incompatible,
    /// <summary>A broken manifest, a missing assembly, or code that failed while loading.</summary>
    [ZhName("故障")] Faulted,
}
