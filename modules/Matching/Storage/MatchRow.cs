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
    public DateTime MatchedAtUtc { get; set; }
}
