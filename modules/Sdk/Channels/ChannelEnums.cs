using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Channels;

/// <summary>The level of government that runs a channel.</summary>
public enum ChannelLevel
{
    [ZhName("国家")] National,
    [ZhName("省")] Provincial,
    [ZhName("市")] Municipal,
}

/// <summary>The form in which a channel gives money.</summary>
public enum FundingForm
{
    [ZhName("补助")] Subsidy,
    [ZhName("贴息")] InterestSubsidy,
    [ZhName("资本金注入")] EquityInjection,
    [ZhName("直接投资")] DirectInvestment,
    [ZhName("债券")] Bond,
    [ZhName("贷款")] Loan,
}
