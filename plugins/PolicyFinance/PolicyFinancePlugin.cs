namespace Reserve.Plugins.PolicyFinance;

/// <summary>
/// 政策性开发性金融工具 (2022) and 新型政策性金融工具 (2025): policy banks' funds that put money into a
/// project as 资本金, at most half of it. One channel; the batch in force on the match date decides
/// which scope and which maturity conditions apply.
/// </summary>
public sealed class PolicyFinancePlugin : IChannelPlugin
{
    internal const string ChannelId = "policy-finance";
    internal const string ChannelName = "政策性开发性金融工具";

    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context)
    {
        var parameters = new PolicyFinanceParameters(context.Parameters);
        var sources = PolicySourceTable.Load(context);
        yield return new ChannelDefinition
        {
            Id = ChannelId,
            Name = ChannelName,
            Level = ChannelLevel.National,
            Form = FundingForm.EquityInjection,
            Summary = "人民银行支持、国家开发银行和中国农业发展银行（2025年另有中国进出口银行）设立基金公司，以股权或股东借款方式为重大项目补充资本金，出资不超过项目资本金的50%（国发〔2019〕26号）。2022年政策性开发性金融工具（2022年6月29日国务院常务会议决定，累计约7399亿元）支持五大基础设施、重大科技创新及其他可由专项债支持的项目，也可为专项债项目资本金搭桥，中央财政按实际出资给予2年贴息；2025年新型政策性金融工具（5000亿元）重点支持数字经济、人工智能、低空经济、消费、绿色低碳、农业农村、交通物流、城市基础设施，据第三方资料新建项目须取得施工许可、在建项目完成投资不超过80%、申报主体须为市场化主体。国家发展改革委遴选备选项目清单，政策性银行自主选择项目。",
            ValidFrom = new DateOnly(2022, 1, 1),
            // The engine reads a period without a source as unverified; this one says where it comes from, no more sure.
            PeriodSource = sources["period"],
            Facts = PolicyFinanceFacts.All,
            Rules = new PolicyFinanceRules(sources).Build(parameters),
            Estimate = Reserve.Sdk.Standard.StandardEstimates.OrRequested(PolicyFinanceEstimate.Build(parameters), ChannelId, ChannelName),
            Materials = new PolicyFinanceMaterials(sources).Build(),
            Templates = [new TemplateDescriptor("application-form", "项目申报表", "templates/application-form.sbn-md")],
        };
    }
}
