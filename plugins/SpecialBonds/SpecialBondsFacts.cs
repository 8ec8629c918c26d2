namespace Reserve.Plugins.SpecialBonds;

/// <summary>The channel-specific facts the 专项债 rules and checklist read, beyond the common record.</summary>
internal static class SpecialBondsFacts
{
    public static readonly FactDescriptor BondAsEquity = new(
        "bondAsEquity", "专项债用作资本金金额", FactType.Number, "万元",
        "实施方案中拟将专项债券用作项目资本金的金额；不用作资本金的填 0。未填写时无法判断资本金比例与领域是否合规");

    public static readonly FactDescriptor FinancialReport = new(
        "financialReport", "已出具财务评估报告", FactType.Boolean, null,
        "会计师事务所出具的财务评估（评价）报告：收入成本预测、现金流、本息覆盖倍数及敏感性分析");

    public static readonly FactDescriptor LegalOpinion = new(
        "legalOpinion", "已出具法律意见书", FactType.Boolean, null,
        "律师事务所就项目合规性出具的法律意见书");

    public static readonly FactDescriptor RevenueEstimateNote = new(
        "revenueEstimateNote", "已编制收入测算说明", FactType.Boolean, null,
        "项目收入测算说明及其数据来源（收费标准、使用量等依据）");

    public static readonly IReadOnlyList<FactDescriptor> All = [BondAsEquity, FinancialReport, LegalOpinion, RevenueEstimateNote];

    public static readonly FactRef BondAsEquityRef = FactRef.Channel(BondAsEquity);

    /// <summary>
    /// The project's special-bond amount, named like the XLSX column 资金来源-地方政府专项债券 so that a
    /// missing amount is reported where the user fills it in.
    /// </summary>
    public static readonly FactRef PlannedBondRef = FactRef.Common(
        "fundingSources.地方政府专项债券", "资金来源-地方政府专项债券", p => BondAmount.Find(p) is not null);

    /// <summary>The amount of bond used as 资本金; null when the record does not say.</summary>
    public static decimal? BondAsEquityOf(ProjectRecord p) =>
        p.TryGetFact(BondAsEquity.Key, out var value) ? value.Number : null;

    /// <summary>A yes/no material flag; only an explicit 是 counts as present.</summary>
    public static bool IsFlagSet(ProjectRecord p, FactDescriptor fact) =>
        p.TryGetFact(fact.Key, out var value) && value.Type == FactType.Boolean && value.Flag;
}
