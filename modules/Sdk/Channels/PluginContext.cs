using Reserve.Sdk.Parameters;

namespace Reserve.Sdk.Channels;

/// <summary>What the host gives a plugin when it asks for its channels.</summary>
public sealed class PluginContext(string pluginId, string pluginVersion, string directory, ParameterTable parameters)
{
    public string PluginId { get; } = pluginId;
    public string PluginVersion { get; } = pluginVersion;

    /// <summary>The plugin's folder, read-only for the plugin.</summary>
    public string Directory { get; } = directory;

    /// <summary>The dated parameters of the plugin's dated parameters file (empty when it has none).</summary>
    public ParameterTable Parameters { get; } = parameters;
}
