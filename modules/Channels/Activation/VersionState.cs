using Reserve.Sdk.Projects;

namespace Reserve.Channels.Activation;

/// <summary>Where one loaded plugin version stands for the administrator.</summary>
public enum VersionState
{
    /// <summary>Loaded, golden cases pass, not serving: an administrator may activate it.</summary>
    [ZhName("待启用")] Waiting,
    [ZhName("已启用")] Serving,
    /// <summary>The version that would serve, but the plugin is switched off.</summary>
    [ZhName("已停用")] Disabled,
    /// <summary>Its golden cases fail: it cannot be activated.</summary>
    [ZhName("未通过")] Failed,
    [ZhName("不兼容")] Incompatible,
    [ZhName("故障")] Faulted,
}
