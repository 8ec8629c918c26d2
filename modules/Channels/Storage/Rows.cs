namespace Reserve.Channels.Storage;

/// <summary>A plugin's activation: the version that serves, the one before it (for restore), switched on or off.</summary>
internal sealed class PluginActivationRow
{
    public string PluginId { get; set; } = "";
    public string? ActiveVersion { get; set; }
    public string? PreviousVersion { get; set; }
    public bool Enabled { get; set; } = true;
    public int Revision { get; set; }
    public DateTime ChangedAtUtc { get; set; }
    public string ChangedBy { get; set; } = "";
}

/// <summary>The golden-case result of one plugin version as the host found it.</summary>
internal sealed class PluginVersionRow
{
    public string PluginId { get; set; } = "";
    public string Version { get; set; } = "";
    public bool GoldenPassed { get; set; }
    public string GoldenResult { get; set; } = "";
    public DateTime CheckedAtUtc { get; set; }
}

/// <summary>One audited activation change: who, when, what, before and after.</summary>
internal sealed class ActivationChangeRow
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string Actor { get; set; } = "";
    public string PluginId { get; set; } = "";
    public string Action { get; set; } = "";
    public string Before { get; set; } = "";
    public string After { get; set; } = "";
    public string Detail { get; set; } = "";

    /// <summary>The flip report computed for this change (an activation or a restore), kept with it.</summary>
    public long? FlipReportId { get; set; }
}

/// <summary>
/// The flip report of one activation as it was when the administrator activated: the counts per channel in words and
/// the whole report as a workbook, so the audit can show what the change was expected to do.
/// </summary>
internal sealed class FlipReportRow
{
    public long Id { get; set; }
    public string PluginId { get; set; } = "";
    public string? FromVersion { get; set; }
    public string ToVersion { get; set; } = "";
    public DateOnly AsOf { get; set; }
    public int Projects { get; set; }
    public int ChangedResults { get; set; }
    public string Counts { get; set; } = "";
    public byte[] Workbook { get; set; } = [];
    public DateTime CreatedAtUtc { get; set; }
}
