using System.Diagnostics.Metrics;

namespace Reserve.Projects.Storage;

/// <summary>The reserve's meter (<c>Reserve.Projects</c>): rows of imports stored and refused, read by the host's <c>/metrics</c>.</summary>
internal static class ProjectsMetrics
{
    public const string MeterName = "Reserve.Projects";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> ImportRows = Meter.CreateCounter<long>("reserve.import.rows", "{row}", "Rows of imports (files, API, demo data), by outcome: stored, or refused (rows with a problem)");

    public static void Imported(ImportOutcome outcome)
    {
        ImportRows.Add(outcome.Stored, new KeyValuePair<string, object?>("outcome", "stored"));
        var refused = outcome.Problems.Where(p => p.Row > 0).Select(p => p.Row).Distinct().Count();
        ImportRows.Add(refused, new KeyValuePair<string, object?>("outcome", "refused"));
    }
}
