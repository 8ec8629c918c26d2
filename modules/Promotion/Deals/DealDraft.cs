namespace Reserve.Promotion.Deals;

/// <summary>
/// What a user types for a deal (new or edited): everything but its history, funds, 履约 checks and link,
/// which change only through their own operations so that each is validated and dated.
/// </summary>
public sealed record DealDraft
{
    public string Name { get; init; } = "";
    public string Investor { get; init; } = "";
    public string? InvestorCreditCode { get; init; }
    public string Industry { get; init; } = "";
    public string Department { get; init; } = "";
    public string FollowedBy { get; init; } = "";
    public long? EventId { get; init; }
    public decimal ContractInvestment { get; init; }
    public string? Region { get; init; }
    public string? Address { get; init; }
    public string Scale { get; init; } = "";
    public string? Method { get; init; }
    public string? Park { get; init; }
    public string? Chain { get; init; }
    public string? ChainLink { get; init; }

    internal void ApplyTo(Deal deal)
    {
        deal.Name = Name.Trim();
        deal.Investor = Investor.Trim();
        deal.InvestorCreditCode = string.IsNullOrWhiteSpace(InvestorCreditCode) ? null : InvestorCreditCode.Trim();
        deal.Industry = Industry.Trim();
        deal.Department = Department.Trim();
        deal.FollowedBy = FollowedBy.Trim();
        deal.EventId = EventId;
        deal.ContractInvestment = ContractInvestment;
        deal.Region = string.IsNullOrWhiteSpace(Region) ? null : Region.Trim();
        deal.Address = string.IsNullOrWhiteSpace(Address) ? null : Address.Trim();
        deal.Scale = Scale.Trim();
        deal.Method = Optional(Method);
        deal.Park = Optional(Park);
        deal.Chain = Optional(Chain);
        deal.ChainLink = Optional(ChainLink);
    }

    public static DealDraft From(Deal deal) => new()
    {
        Name = deal.Name,
        Investor = deal.Investor,
        InvestorCreditCode = deal.InvestorCreditCode,
        Industry = deal.Industry,
        Department = deal.Department,
        FollowedBy = deal.FollowedBy,
        EventId = deal.EventId,
        ContractInvestment = deal.ContractInvestment,
        Region = deal.Region,
        Address = deal.Address,
        Scale = deal.Scale,
        Method = deal.Method,
        Park = deal.Park,
        Chain = deal.Chain,
        ChainLink = deal.ChainLink,
    };

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
