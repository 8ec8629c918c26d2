namespace Reserve.Plugins.PolicyFinance;

/// <summary>The channel-specific facts the 政策性金融工具 rules and checklist read, beyond the common record.</summary>
internal static class PolicyFinanceFacts
{
    public static readonly FactDescriptor EquityGap = new(
        "equityGap", "资本金缺口", FactType.Number, "万元",
        "项目资本金中尚未落实的部分（申报清单“资本金缺口”栏）；资本金已足额落实的填 0。未填写时可填“已到位资本金”，由系统按 项目资本金 − 已到位资本金 计算");

    public static readonly FactDescriptor EquityArrived = new(
        "equityArrived", "已到位资本金", FactType.Number, "万元",
        "截至申报时已实际到位的项目资本金（申报清单“已到位资本金”栏）");

    public static readonly FactDescriptor EquityGapStatement = new(
        "equityGapStatement", "已编制资本金缺口说明", FactType.Boolean, null,
        "说明资本金构成、已到位情况、缺口金额及拟申请工具资金的材料");

    public static readonly FactDescriptor InvestorCommitment = new(
        "investorCommitment", "已出具出资人承诺", FactType.Boolean, null,
        "项目出资人（投资方）关于其余资本金按期足额到位的书面承诺");

    public static readonly IReadOnlyList<FactDescriptor> All = [EquityGap, EquityArrived, EquityGapStatement, InvestorCommitment];

    public static readonly FactRef EquityGapRef = FactRef.Channel(EquityGap);

    /// <summary>The planned 政策性开发性金融工具 line, named like its XLSX column 资金来源-政策性开发性金融工具.</summary>
    public static readonly FactRef InstrumentLineRef = FactRef.FundingSource(FundingSourceKind.PolicyFinancialInstrument);

    public static decimal? Number(ProjectRecord p, FactDescriptor fact) =>
        p.TryGetFact(fact.Key, out var value) ? value.Number : null;

    /// <summary>A yes/no material flag; only an explicit 是 counts as present.</summary>
    public static bool IsFlagSet(ProjectRecord p, FactDescriptor fact) =>
        p.TryGetFact(fact.Key, out var value) && value.Type == FactType.Boolean && value.Flag;
}
