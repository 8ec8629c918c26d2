namespace Reserve.Promotion.Deals;

/// <summary>
/// One 扶持办法 item granted to a deal: what the investor was given (土地、租金、补助、贴息…), under which policy
/// (its 文号 or title, as the department cites it), how much in 万元 when it is money, and when it was granted.
/// Items are what the department records, never a list in code: each city and park has its own measures.
/// </summary>
public sealed class SupportGrant
{
    /// <summary>扶持事项 (e.g. 固定资产投资补助).</summary>
    public string Item { get; set; } = "";

    /// <summary>政策依据: the document the item is granted under (文号 or title).</summary>
    public string Basis { get; set; } = "";

    /// <summary>扶持金额 in 万元, when the item is money; null for land, rent-free space and the like.</summary>
    public decimal? Amount { get; set; }

    /// <summary>兑现日期.</summary>
    public DateOnly GrantedOn { get; set; }

    public string? Note { get; set; }
}
