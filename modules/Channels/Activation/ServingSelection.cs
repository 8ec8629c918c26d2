using Reserve.Channels.Storage;

namespace Reserve.Channels.Activation;

/// <summary>
/// Which loaded version of each plugin is selected (the stored active version when it is loaded here, else the
/// default) and which of those serve (the selected versions of plugins switched on). A plugin whose row names no
/// version arrived while the host ran and waits for its first activation: none of its versions is selected.
/// </summary>
internal sealed record ServingSelection(IReadOnlySet<LoadedPlugin> Selected, IReadOnlyList<LoadedPlugin> Serving)
{
    public static ServingSelection Choose(IReadOnlyList<LoadedPlugin> plugins, IReadOnlyDictionary<string, PluginActivationRow> rows)
    {
        var selected = new HashSet<LoadedPlugin>();
        var serving = new List<LoadedPlugin>();
        foreach (var versions in plugins.Where(p => p.Status == PluginStatus.Active).GroupBy(p => p.Id, StringComparer.Ordinal))
        {
            var row = rows.GetValueOrDefault(versions.Key);
            if (row is { ActiveVersion: null })
            {
                continue;
            }
            var chosen = versions.FirstOrDefault(p => row is not null && p.Version == row.ActiveVersion)
                ?? ChannelCatalog.DefaultServing(versions).First();
            selected.Add(chosen);
            if (row?.Enabled ?? true)
            {
                serving.Add(chosen);
            }
        }
        return new ServingSelection(selected, serving);
    }
}
