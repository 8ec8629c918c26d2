namespace Reserve.Matching.Storage;

/// <summary>The stored result of one project against one channel; the full explanation is kept as JSON.</summary>
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
    public string ResultJson { get; set; } = "";
    public DateTime MatchedAtUtc { get; set; }
}
