using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Facts;

/// <summary>
/// The facts of the common record that rules read, with the labels of the project record. Those the snapshot
/// records as presence bits (<see cref="PresenceBits"/>) are tested with one AND in the hot loop.
/// </summary>
public static class CommonFacts
{
    public static readonly FactRef Code = FactRef.Common("code", "项目代码", PresenceBits.Code);
    public static readonly FactRef UnitCreditCode = FactRef.Common("unitCreditCode", "统一社会信用代码", p => !string.IsNullOrWhiteSpace(p.UnitCreditCode));
    public static readonly FactRef ProjectType = FactRef.Common("projectType", "项目类型", PresenceBits.ProjectType);
    public static readonly FactRef Attribute = FactRef.Common("attribute", "项目属性", PresenceBits.Attribute);
    public static readonly FactRef Field = FactRef.Common("field", "所属领域", PresenceBits.Field);
    public static readonly FactRef IndustryCode = FactRef.Common("industryCode", "国标行业代码", p => !string.IsNullOrWhiteSpace(p.IndustryCode));
    public static readonly FactRef Nature = FactRef.Common("nature", "建设性质", PresenceBits.Nature);
    public static readonly FactRef Region = FactRef.Common("region", "建设地点区划代码", p => !string.IsNullOrWhiteSpace(p.Region));
    public static readonly FactRef LandArea = FactRef.Common("landArea", "用地面积（亩）", PresenceBits.LandArea);
    public static readonly FactRef PlannedStart = FactRef.Common("plannedStart", "计划开工时间", PresenceBits.PlannedStart);
    public static readonly FactRef PlannedEnd = FactRef.Common("plannedEnd", "计划建成时间", PresenceBits.PlannedEnd);
    public static readonly FactRef Stage = FactRef.Common("stage", "项目阶段", PresenceBits.Stage);
    public static readonly FactRef ActualStart = FactRef.Common("actualStart", "实际开工时间", PresenceBits.ActualStart);
    /// <summary>总投资 is required and positive in the record format; a zero is a figure not given (a published
    /// excerpt without it, an import that left it blank), so rules measured against it wait for it.</summary>
    public static readonly FactRef TotalInvestment = FactRef.Common("totalInvestment", "总投资", p => p.TotalInvestment > 0);
    public static readonly FactRef Equity = FactRef.Common("equity", "项目资本金", PresenceBits.Equity);
    public static readonly FactRef FeasibilityEstimate = FactRef.Common("feasibilityEstimate", "可研估算", PresenceBits.FeasibilityEstimate);
    public static readonly FactRef DesignBudget = FactRef.Common("designBudget", "初设概算", PresenceBits.DesignBudget);
    public static readonly FactRef CompletedInvestment = FactRef.Common("completedInvestment", "累计完成投资", PresenceBits.CompletedInvestment);
    public static readonly FactRef AnnualPlan = FactRef.Common("annualPlan", "年度计划投资", PresenceBits.AnnualPlan);
    public static readonly FactRef FundingSources = FactRef.Common("fundingSources", "资金来源", PresenceBits.FundingSources);
    public static readonly FactRef RevenueSources = FactRef.Common("revenueSources", "收益来源", p => !string.IsNullOrWhiteSpace(p.RevenueSources));
    public static readonly FactRef ProjectRevenue = FactRef.Common("projectRevenue", "项目预期收益总额", PresenceBits.ProjectRevenue);
    public static readonly FactRef DebtService = FactRef.Common("debtService", "融资本息总额", PresenceBits.DebtService);

    /// <summary>Present when given, or computable from revenue and debt service.</summary>
    public static readonly FactRef CoverageRatio = FactRef.Common("coverageRatio", "本息覆盖倍数", PresenceBits.CoverageRatio);

    public static readonly FactRef Dishonest = FactRef.Common("dishonest", "项目单位列入失信名单", PresenceBits.Dishonest);
    public static readonly FactRef CentralFundedBefore = FactRef.Common("centralFundedBefore", "已获中央预算内投资支持", PresenceBits.CentralFundedBefore);
    public static readonly FactRef NegativeList = FactRef.Common("negativeList", "涉及负面清单内容", PresenceBits.NegativeList);
    public static readonly FactRef InNationalLibrary = FactRef.Common("inNationalLibrary", "已纳入国家重大建设项目库", PresenceBits.InNationalLibrary);
    public static readonly FactRef InRollingPlan = FactRef.Common("inRollingPlan", "已纳入三年滚动投资计划", PresenceBits.InRollingPlan);
}
