using Bogus;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Demo.Projects;

/// <summary>
/// Facts the channel plugins declare beyond the project record's examples, filled in where a department
/// would fill them: the 老旧小区 extras on old-community projects, the 资金申请 facts on projects whose plan
/// asks for 中央预算内投资, the 一案两书 facts on projects whose plan names a 专项债. Without them no project
/// could ever be judged 符合. The keys and types are those the plugins declare; the importer rejects keys
/// no channel declares, so a renamed plugin fact must be renamed here too.
/// </summary>
internal static class ApplicationFacts
{
    // 城镇老旧小区改造 and 保障性安居工程配套基础设施
    public const string SelfBuiltOrUrbanVillage = "isSelfBuiltOrUrbanVillage";
    public const string LongTermManagement = "hasLongTermManagement";
    public const string EligibleConstructionCost = "eligibleConstructionCost";
    public const string IncludesExcludedContent = "includesExcludedContent";

    // 中央预算内投资 (shared by its 专项)
    public const string SupportForm = "supportForm";
    public const string FundingReportPrepared = "fundingReportPrepared";
    public const string AuthenticityPledge = "authenticityPledge";
    public const string LoanAgreementSigned = "loanAgreementSigned";

    // 地方政府专项债券
    public const string BondAsEquity = "bondAsEquity";
    public const string FinancialReport = "financialReport";
    public const string LegalOpinion = "legalOpinion";
    public const string RevenueEstimateNote = "revenueEstimateNote";

    // 超长期特别国债 and 政策性开发性金融工具
    public const string InSpecialPlan = "inSpecialPlan";
    public const string EquityArrived = "equityArrived";

    private static readonly (string Form, int Weight)[] EnterpriseForms = [("补助", 80), ("贴息", 15), ("直接投资", 5)];
    private static readonly (string Form, int Weight)[] GovernmentForms = [("直接投资", 45), ("补助", 40), ("资本金注入", 15)];

    public static void Add(Faker f, ProjectRecord r, ProjectPattern pattern)
    {
        // Materials are mostly ready once a project is in 前期 or under way, rarely while it is an idea.
        var ready = r.Stage == ProjectStage.Planning ? 0.15 : 0.7;

        if (pattern.Facts == ChannelFactKind.OldCommunity)
        {
            r.Facts[SelfBuiltOrUrbanVillage] = FactValue.Of(f.Chance(0.03));
            r.Facts[LongTermManagement] = FactValue.Of(f.Chance(ready));
            r.Facts[EligibleConstructionCost] = FactValue.Of(Money.Round2(r.TotalInvestment * f.Random.Decimal(0.35m, 0.75m)));
            r.Facts[IncludesExcludedContent] = FactValue.Of(f.Chance(0.12));
        }

        if (r.PlannedFrom(FundingSourceKind.CentralBudget) > 0m)
        {
            var form = f.PickWeighted(r.Attribute == ProjectAttribute.Enterprise ? EnterpriseForms : GovernmentForms);
            r.Facts[SupportForm] = FactValue.Choice(form);
            r.Facts[FundingReportPrepared] = FactValue.Of(f.Chance(ready));
            r.Facts[AuthenticityPledge] = FactValue.Of(f.Chance(ready));
            if (form == "贴息")
            {
                r.Facts[LoanAgreementSigned] = FactValue.Of(f.Chance(0.6));
            }
        }

        // Past the idea stage most projects sit in a local or sector 专项规划, which the 两重 review asks for.
        if (r.Stage != ProjectStage.Planning)
        {
            r.Facts[InSpecialPlan] = FactValue.Of(f.Chance(0.8));
        }

        // Market-run projects report how much 资本金 has arrived, from which the instrument's gap follows.
        if (r.Equity is { } equity && r.Attribute != ProjectAttribute.Government)
        {
            r.Facts[EquityArrived] = FactValue.Of(Money.Round2(equity * f.Random.Decimal(0.2m, 1m)));
        }

        if (r.PlannedFrom(FundingSourceKind.SpecialBonds) is var bond and > 0m)
        {
            // Most use none of the bond as 资本金 (stated as 0); some use part, a few more than the cap allows.
            var share = f.Random.Int(0, 99) switch
            {
                < 60 => 0m,
                < 93 => f.Random.Decimal(0.05m, 0.25m),
                _ => f.Random.Decimal(0.32m, 0.50m),
            };
            r.Facts[BondAsEquity] = FactValue.Of(Money.Round2(bond * share));
            r.Facts[FinancialReport] = FactValue.Of(f.Chance(ready));
            r.Facts[LegalOpinion] = FactValue.Of(f.Chance(ready));
            r.Facts[RevenueEstimateNote] = FactValue.Of(f.Chance(ready));
        }
    }
}
