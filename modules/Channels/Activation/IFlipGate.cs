namespace Reserve.Channels.Activation;

/// <summary>
/// Runs a candidate version over the whole reserve against the version it would replace (the flip report; the
/// Matching and Projects modules own what it needs, so the web slice hands it over).
/// </summary>
public interface IFlipGate
{
    /// <summary>The report as of today, computed now: kept with the activation in the audit log.</summary>
    Task<FlipEvidence> ReportAsync(LoadedPlugin? serving, LoadedPlugin candidate, CancellationToken cancellationToken);

    /// <summary>Starts computing the report a version waiting for activation shows, in the background.</summary>
    void Prepare(LoadedPlugin? serving, LoadedPlugin candidate);
}

/// <summary>A flip report as the audit keeps it: its date and size, the counts per channel in words, and the workbook.</summary>
public sealed record FlipEvidence(DateOnly AsOf, int Projects, int ChangedResults, string Counts, byte[] Workbook);
