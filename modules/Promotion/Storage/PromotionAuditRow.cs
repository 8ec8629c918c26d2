namespace Reserve.Promotion.Storage;

internal sealed class PromotionAuditRow
{
    public const string DealEntity = "deal";
    public const string EventEntity = "event";

    public long Id { get; set; }
    public string Entity { get; set; } = "";
    public long EntityId { get; set; }
    public string Action { get; set; } = "";
    public string User { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
