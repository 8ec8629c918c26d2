using System.Diagnostics.Metrics;

namespace Reserve.Channels;

/// <summary>
/// The channel catalog's meter (<c>Reserve.Channels</c>): plugins by status (已启用, 不兼容, 故障) as the catalog holds
/// them when <c>/metrics</c> is read, so an alert can fire on a plugin that failed to load.
/// </summary>
public static class ChannelsMetrics
{
    public const string MeterName = "Reserve.Channels";

    /// <summary>Starts observing the catalog (asked for at each reading, as it may be replaced); dispose to stop.</summary>
    public static IDisposable Observe(Func<ChannelCatalog> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var meter = new Meter(MeterName);
        meter.CreateObservableGauge("reserve.plugins", () =>
        {
            var plugins = catalog().Plugins;
            return Enum.GetValues<PluginStatus>().Select(status => new Measurement<int>(
                plugins.Count(p => p.Status == status), new KeyValuePair<string, object?>("status", status.ToString())));
        }, "{plugin}", "Plugins by status; Faulted and Incompatible ones serve no channel");
        meter.CreateObservableGauge("reserve.channels.active", () => catalog().Channels.Count, "{channel}", "Channels served by active plugins");
        return meter;
    }
}
