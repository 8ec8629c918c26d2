namespace Reserve.Sdk.Facts;

/// <summary>The facts of the common record that rules read, with the labels of project-record.md.</summary>
public static class CommonFacts
{
    public static readonly FactRef Code = FactRef.Common("code", "项目代码", p => !string.IsNullOrWhiteSpace(p.Code));
    public static readonly FactRef UnitCreditCode = FactRef.Common("unitCreditCode", "统一社会信用代码", p => !string.IsNullOrWhiteSpace(p.UnitCreditCode));
    public static readonly FactRef ProjectType = FactRef.Common("projectType", "项目类型", p => p.ProjectType.HasValue);
    public static readonly FactRef Attribute = FactRef.Common("attribute", "项目属性", p => p.Attribute.HasValue);
    public static readonly FactRef Field = FactRef.Common("field", "所属领域", p => p.Field.HasValue);
    public static readonly FactRef IndustryCode = FactRef.Common("industryCode", "国标行业代码", p => !string.IsNullOrWhiteSpace(p.IndustryCode));
    public static readonly FactRef Nature = FactRef.Common("nature", "建设性质", p => p.Nature.HasValue);
    public static readonly FactRef Region = FactRef.Common("region", "建设地点区划代码", p => !string.IsNullOrWhiteSpace(p.Region));
    public static readonly FactRef LandArea = FactRef.Common("landArea", "用地面积（亩）", p => p.LandArea.HasValue);
    public static readonly FactRef PlannedStart = FactRef.Common("plannedStart", "计划开工时间", p => p.PlannedStart.HasValue);
    public static readonly FactRef PlannedEnd = FactRef.Common("plannedEnd", "计划建成时间", p => p.PlannedEnd.HasValue);
    public static readonly FactRef Stage = FactRef.Common("stage", "项目阶段", p => p.Stage.HasValue);
    public static readonly FactRef ActualStart = FactRef.Common("actualStart", "实际开工时间", p => p.ActualStart.HasValue);
    public static readonly FactRef Equity = FactRef.Common("equity", "项目资本金", p => p.Equity.HasValue);
    public static readonly FactRef FeasibilityEstimate = FactRef.Common("feasibilityEstimate", "可研估算", p => p.FeasibilityEstimate.HasValue);
    public static readonly FactRef DesignBudget = FactRef.Common("designBudget", "初设概算", p => p.DesignBudget.HasValue);
    public static readonly FactRef CompletedInvestment = FactRef.Common("completedInvestment", "累计完成投资", p => p.CompletedInvestment.HasValue);
    public static readonly FactRef AnnualPlan = FactRef.Common("annualPlan", "年度计划投资", p => p.AnnualPlan.HasValue);
    public static readonly FactRef FundingSources = FactRef.Common("fundingSources", "资金来源", p => p.FundingSources.Count > 0);
    public static readonly FactRef RevenueSources = FactRef.Common("revenueSources", "收益来源", p => !string.IsNullOrWhiteSpace(p.RevenueSources));
    public static readonly FactRef ProjectRevenue = FactRef.Common("projectRevenue", "项目预期收益总额", p => p.ProjectRevenue.HasValue);
    public static readonly FactRef DebtService = FactRef.Common("debtService", "融资本息总额", p => p.DebtService.HasValue);

    /// <summary>Present when given, or computable from revenue and debt service.</summary>
    public static readonly FactRef CoverageRatio = FactRef.Common("coverageRatio", "本息覆盖倍数", p => p.EffectiveCoverageRatio.HasValue);

    public static readonly FactRef Dishonest = FactRef.Common("dishonest", "项目单位列入失信名单", p => p.Dishonest.HasValue);
    public static readonly FactRef CentralFundedBefore = FactRef.Common("centralFundedBefore", "已获中央预算内投资支持", p => p.CentralFundedBefore.HasValue);
    public static readonly FactRef NegativeList = FactRef.Common("negativeList", "涉及负面清单内容", p => p.NegativeList is not null);
    public static readonly FactRef InNationalLibrary = FactRef.Common("inNationalLibrary", "已纳入国家重大建设项目库", p => p.InNationalLibrary.HasValue);
    public static readonly FactRef InRollingPlan = FactRef.Common("inRollingPlan", "已纳入三年滚动投资计划", p => p.InRollingPlan.HasValue);
}
