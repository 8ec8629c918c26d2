namespace Reserve.Sdk.Projects;

/// <summary>资金来源: the funding-source lines of the investment statistics.</summary>
public enum FundingSourceKind
{
    [ZhName("中央预算内投资")] CentralBudget,
    [ZhName("超长期特别国债")] UltraLongSpecialBonds,
    [ZhName("抗疫特别国债")] AntiPandemicBonds,
    [ZhName("中央财政其他资金")] OtherCentralFiscal,
    [ZhName("省级财政资金")] ProvincialFiscal,
    [ZhName("市县财政资金")] MunicipalFiscal,
    [ZhName("地方政府一般债券")] GeneralBonds,
    [ZhName("地方政府专项债券")] SpecialBonds,
    [ZhName("政策性开发性金融工具")] PolicyFinancialInstrument,
    [ZhName("银行贷款")] BankLoans,
    [ZhName("企业自筹")] EnterpriseOwn,
    [ZhName("社会资本")] PrivateCapital,
    [ZhName("居民出资")] ResidentContribution,
    [ZhName("其他")] Other,
}

/// <summary>One funding-source line, in 万元.</summary>
public sealed class FundingSourceLine
{
    public FundingSourceKind Source { get; set; }
    public decimal Planned { get; set; }
    public decimal? Arrived { get; set; }
}

/// <summary>拟申请渠道: a channel the department intends to apply to, with the amount in 万元.</summary>
public sealed class ChannelRequest
{
    public string Channel { get; set; } = "";
    public decimal Amount { get; set; }
}
