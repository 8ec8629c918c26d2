using Reserve.Promotion.Deals;
using Reserve.Sdk.Projects;

namespace Reserve.Promotion.Conversion;

/// <summary>
/// Builds the reserve record of a landed deal, so nobody types it again (招商 practice: “a 签约 project
/// becomes a 储备/前期 record with a 项目代码 once it is 备案”). What the deal does not know (项目代码, 项目类型,
/// pre-work) stays empty for the department to fill in the reserve.
/// </summary>
internal static class DealToProject
{
    public const string PromotionTag = "招商引资";

    public static ProjectRecord Build(Deal deal, string? eventName, DateOnly asOf, ProjectField? field)
    {
        var stage = deal.StageOn(asOf);
        var started = stage >= DealStage.Started;
        var record = new ProjectRecord
        {
            Name = deal.Name,
            Department = deal.Department,
            Unit = deal.Investor,
            UnitCreditCode = deal.InvestorCreditCode,
            // A deal brings an investor's own money: 企业投资 by definition of 招商引资.
            Attribute = ProjectAttribute.Enterprise,
            Field = field ?? Industries.FieldOf(deal.Industry),
            Region = deal.Region,
            Address = deal.Address,
            Scale = deal.Scale,
            Stage = started ? ProjectStage.NewStart : ProjectStage.Preparation,
            ActualStart = started ? deal.ReachedOn(DealStage.Started) : null,
            TotalInvestment = deal.ContractInvestment,
            // The contracted amount is the investor's to raise; what has arrived so far is carried over.
            FundingSources = [new FundingSourceLine
            {
                Source = FundingSourceKind.EnterpriseOwn,
                Planned = deal.ContractInvestment,
                Arrived = deal.FundsArrivedBy(asOf) is > 0m and var arrived ? arrived : null,
            }],
            Tags = eventName is null ? [PromotionTag] : [PromotionTag, $"{PromotionTag}-{eventName}"],
        };
        return record;
    }
}
