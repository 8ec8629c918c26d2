namespace Reserve.Matching.Storage;

/// <summary>
/// The stored result of one project against one channel: what lists, counts and sums need. The explanation is
/// rebuilt from the project, the plugin and <see cref="AsOf"/> when the project is opened (MatchResults).
/// </summary>
internal sealed class MatchRow
{
    public string ProjectId { get; set; } = "";
    public string ChannelId { get; set; } = "";
    public string PluginId { get; set; } = "";
    public string PluginVersion { get; set; } = "";
    public DateOnly AsOf { get; set; }
    public string Verdict { get; set; } = "";
    public decimal Score { get; set; }
    public decimal? Amount { get; set; }

    /// <summary>The readiness answer (申报前须准备 or 无需准备; empty on a row stored before it was kept), how many items and the earliest date one is needed by.</summary>
    public string Readiness { get; set; } = "";
    public int ReadinessItems { get; set; }
    public DateOnly? ReadyBy { get; set; }

    /// <summary>The timing answer (窗口开放, 待窗口开放, 以当年通知为准, 不在渠道有效期; empty on an older row) and the window's dates.</summary>
    public string Timing { get; set; } = "";
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
    public DateTime MatchedAtUtc { get; set; }
}
