using Reserve.Channels.Manifest;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Parameters;

namespace Reserve.Channels;

/// <summary>One plugin folder as the host sees it: its manifest, status, fault, and the channels it defines.</summary>
public sealed class LoadedPlugin
{
    internal LoadedPlugin(string folder, PluginManifest? manifest, PluginStatus status, string? fault, IReadOnlyList<ChannelDefinition> channels, ParameterTable parameters)
    {
        Folder = folder;
        Manifest = manifest;
        Status = status;
        Fault = fault;
        Channels = channels;
        Parameters = parameters;
    }

    public string Folder { get; }
    public PluginManifest? Manifest { get; }
    public PluginStatus Status { get; }

    /// <summary>Why the plugin is not active, in Chinese.</summary>
    public string? Fault { get; }

    public IReadOnlyList<ChannelDefinition> Channels { get; }
    public ParameterTable Parameters { get; }

    /// <summary>The manifest id, or the folder name when the manifest could not be read.</summary>
    public string Id => Manifest?.Id ?? Path.GetFileName(Folder);

    public string Version => Manifest?.Version.ToString() ?? "?";

    /// <summary>What the folder held when this version was read (<see cref="Loading.FolderStamp"/>), to see it change on disk.</summary>
    internal string Stamp { get; set; } = "";

    /// <summary>The collectible load context the plugin's code runs in; null for a version whose code never loaded.</summary>
    internal McMaster.NETCore.Plugins.PluginLoader? Loader { get; init; }

    /// <summary>True once the version was dropped from the catalog and its load context asked to unload.</summary>
    public bool Released { get; private set; }

    /// <summary>
    /// Unloads the version's load context. The runtime frees it once nothing refers to its code any more, so a
    /// request still running on this version finishes on it.
    /// </summary>
    internal void Release()
    {
        Released = true;
        Loader?.Dispose();
    }

    internal static LoadedPlugin Failed(string folder, PluginManifest? manifest, PluginStatus status, string fault) =>
        new(folder, manifest, status, fault, [], ParameterTable.Empty);
}
