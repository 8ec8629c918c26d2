namespace Reserve.Plugins.ProvincialNewInfrastructure;

/// <summary>
/// 甘肃省级专项·新基建: one of the eight provincial 专项 of 2020. The provincial
/// 实施方案 was not obtained [NF]; the scope is the NDRC definition of 新型基础设施 (three categories) that
/// the national channels it routes to use.
/// </summary>
public sealed class ProvincialNewInfrastructurePlugin : IChannelPlugin
{
    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context)
    {
        var sources = PolicySourceTable.Load(context);
        // The form is not known: the routes give 补助/直接投资 (中央预算内), 债券 (专项债) and 资本金 (金融工具).
        // The SDK takes one form; 补助 is the commonest of them and the manifest lists the others.
        // No ratio is sourced for any route: an amount would be invented.
        yield return ProvincialProgrammes.Channel(
            "gs-new-infrastructure",
            "甘肃省级专项·新基建",
            FundingForm.Subsidy,
            "甘肃省2020年新型基础设施建设省级专项。省级专项实施方案（名称、文号、条件、比例、材料）未取得，本渠道的规则取自其承接的国家渠道：" +
                      "中央预算内投资新型基础设施建设专项、地方政府专项债券和政策性开发性金融工具（信息科技物流基础设施），它们共用国家发展改革委2020年4月对新型基础设施的界定：" +
                      "信息基础设施（5G、物联网、工业互联网、卫星互联网，人工智能、云计算、区块链，数据中心、智算中心）、融合基础设施（智能交通、智慧能源）、创新基础设施（重大科技基础设施、科教基础设施、产业技术创新基础设施）。" +
                      "支持比例各渠道均未取得，本渠道不测算金额。",
            new NewInfrastructureRules(sources).Build(),
            ProvincialProgrammes.Materials("GSXJJ", "新基建", sources));
    }
}
