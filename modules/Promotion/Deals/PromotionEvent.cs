namespace Reserve.Promotion.Deals;

/// <summary>
/// A 招商 event where deals are signed: a 兰洽会 session (第三十届兰洽会), a 推介会 … Events are data, entered by
/// users, never a list in code.
/// </summary>
public sealed class PromotionEvent
{
    public long Id { get; set; }

    /// <summary>活动名称, unique (第三十届兰洽会).</summary>
    public string Name { get; set; } = "";

    /// <summary>举办日期 (the first day).</summary>
    public DateOnly HeldOn { get; set; }

    /// <summary>举办地点, optional.</summary>
    public string? Place { get; set; }

    /// <summary>活动类型: one of <see cref="EventKinds.All"/>, or null when not recorded.</summary>
    public string? Kind { get; set; }
}
