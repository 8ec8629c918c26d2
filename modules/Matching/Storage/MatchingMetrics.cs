using System.Diagnostics.Metrics;

namespace Reserve.Matching.Storage;

/// <summary>
/// The matching module's meter (<c>Reserve.Matching</c>), read by the host's <c>/metrics</c>: how many projects were
/// matched and stored, how many project × channel evaluations that took, and how many a plugin's code failed on.
/// </summary>
internal static class MatchingMetrics
{
    public const string MeterName = "Reserve.Matching";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> Passes = Meter.CreateCounter<long>("reserve.match.passes", "{project}", "Projects matched against every active channel and stored");

    public static readonly Counter<long> Evaluations = Meter.CreateCounter<long>("reserve.match.evaluations", "{evaluation}", "Project × channel evaluations stored");

    public static readonly Counter<long> PluginErrors = Meter.CreateCounter<long>("reserve.match.plugin_errors", "{evaluation}", "Evaluations a plugin's rule or estimate threw on (verdict 评估出错)");
}
