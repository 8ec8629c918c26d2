namespace Reserve.Channels.Activation;

/// <summary>
/// One loaded plugin version with its state; <paramref name="GoldenProblems"/> empty when its golden cases pass;
/// <paramref name="Revision"/> the plugin's activation revision a form sends back (optimistic concurrency).
/// </summary>
public sealed record PluginVersionStatus(LoadedPlugin Plugin, VersionState State, bool PluginEnabled, IReadOnlyList<string> GoldenProblems, int Revision);

/// <summary>One audited activation change as the audit log shows it; <paramref name="FlipReportId"/> the flip report kept with an activation.</summary>
public sealed record ActivationChange(DateTime AtUtc, string Actor, string PluginId, string Action, string Before, string After, string Detail, long? FlipReportId = null);

/// <summary>A flip report as it was stored with an activation: counts per channel in words, and the workbook.</summary>
public sealed record StoredFlipReport(long Id, string PluginId, string? FromVersion, string ToVersion, DateOnly AsOf, int Projects, int ChangedResults, string Counts, byte[] Workbook);

/// <summary>What an activation request did, or why it was refused (Chinese).</summary>
public sealed record ActivationOutcome(ActivationResult Result, string Message)
{
    public bool Done => Result == ActivationResult.Done;
}

public enum ActivationResult
{
    Done,
    NotFound,
    Refused,
    /// <summary>Someone changed the plugin's activation since the form was read.</summary>
    Conflict,
}
