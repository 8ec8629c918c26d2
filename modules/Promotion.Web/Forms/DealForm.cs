using Reserve.Promotion;
using Reserve.Promotion.Deals;

namespace Reserve.Promotion.Web.Forms;

/// <summary>
/// The deal form as typed (every field a string, so a refusal shows it back). <see cref="ToDraft"/> reads it with
/// the labels the module's checks use, so each problem lands beside its field.
/// </summary>
internal sealed class DealForm
{
    public string? Name { get; set; }
    public string? Investor { get; set; }
    public string? InvestorCreditCode { get; set; }
    public string? Industry { get; set; }
    public string? Department { get; set; }
    public string? FollowedBy { get; set; }
    public string? EventId { get; set; }
    public string? ContractInvestment { get; set; }
    public string? Region { get; set; }
    public string? Address { get; set; }
    public string? Scale { get; set; }
    public string? Method { get; set; }
    public string? Park { get; set; }
    public string? Chain { get; set; }
    public string? ChainLink { get; set; }

    /// <summary>起始阶段 and its date, only when the deal is new.</summary>
    public string? Stage { get; set; }
    public string? Since { get; set; }

    public static DealForm From(Deal d) => new()
    {
        Name = d.Name, Investor = d.Investor, InvestorCreditCode = d.InvestorCreditCode, Industry = d.Industry, Department = d.Department,
        FollowedBy = d.FollowedBy, EventId = d.EventId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ContractInvestment = FormText.Number(d.ContractInvestment), Region = d.Region, Address = d.Address, Scale = d.Scale,
        Method = d.Method, Park = d.Park, Chain = d.Chain, ChainLink = d.ChainLink,
    };

    public (DealDraft Draft, List<Problem> Problems) ToDraft()
    {
        var problems = new List<Problem>();
        long? eventId = null;
        if (!string.IsNullOrWhiteSpace(EventId))
        {
            if (long.TryParse(EventId.Trim(), out var id))
            {
                eventId = id;
            }
            else
            {
                problems.Add(new Problem("签约活动", $"“{EventId}”不是招商活动的编号，请从列表中选择"));
            }
        }
        var draft = new DealDraft
        {
            Name = Name ?? "", Investor = Investor ?? "", InvestorCreditCode = InvestorCreditCode, Industry = Industry ?? "",
            Department = Department ?? "", FollowedBy = FollowedBy ?? "", EventId = eventId,
            ContractInvestment = FormText.Amount(ContractInvestment, "签约投资额", problems) ?? 0m,
            Region = Region, Address = Address, Scale = Scale ?? "", Method = Method, Park = Park, Chain = Chain, ChainLink = ChainLink,
        };
        return (draft, problems);
    }

    /// <summary>The starting stage and date of a new deal (线索 and today unless typed).</summary>
    public (DealStage Stage, DateOnly Since) Start(DateOnly today, List<Problem> problems)
    {
        var stage = DealStage.Lead;
        if (!string.IsNullOrWhiteSpace(Stage) && !EnumText.TryParse(Stage, out stage))
        {
            problems.Add(new Problem("起始阶段", EnumText.Problem<DealStage>("阶段", Stage)));
        }
        return (stage, FormText.Day(Since, "起始日期", problems) ?? today);
    }
}
