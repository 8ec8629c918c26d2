namespace Reserve.Plugins.ProvincialColdChain;

/// <summary>
/// 甘肃省级专项·冷链物流: one of the eight provincial 专项 of 2020. The provincial
/// 实施方案 was not obtained [NF]; the rules are those of the national channels the 专项 routes to: the NDRC
/// 城乡冷链和国家物流枢纽 专项, the 农业农村部 2020 仓储保鲜冷链设施 programme (which ran in Gansu) and 专项债.
/// </summary>
public sealed class ProvincialColdChainPlugin : IChannelPlugin
{
    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context)
    {
        var farm = new FarmSubsidy(context.Parameters);
        var sources = PolicySourceTable.Load(context);
        // The 农业农村部 route is the only one with a sourced form (先建后补、以奖代补), hence 补助.
        yield return ProvincialProgrammes.Channel(
            "gs-cold-chain",
            "甘肃省级专项·冷链物流",
            FundingForm.Subsidy,
            "甘肃省2020年冷链物流省级专项。省级专项实施方案（名称、文号、条件、比例、材料）未取得，本渠道的规则取自其承接的国家渠道：" +
                      "国家发展改革委城乡冷链和国家物流枢纽专项（公共冷库、肉类冷链设施、物流枢纽和骨干冷链物流基地补短板）；" +
                      "农业农村部2020年农产品仓储保鲜冷链设施建设（含甘肃在内的16省，支持县级以上示范家庭农场和农民合作社示范社，先建后补、以奖代补，补助不超过设施造价的30%（贫困地区50%），单个主体不超过100万元，经新农直报平台申报）；" +
                      "以及地方政府专项债券（冷链物流设施为2020年七大领域之一）。以后年度单座冷库须达到库容100吨或容积500立方米。" +
                      "已获中央预算内投资支持的项目不重复支持；申报时累计完成投资不超过总投资的70%（农业农村部补助先建后补，其示范主体除外）。" +
                      "只对2020年农业农村部补助路径测算金额；企业、其他主体走发展改革委专项或专项债的，本渠道不测算金额（比例未取得），见相应国家渠道。",
            ColdChainRules.Build(context.Parameters, farm, sources),
            ColdChainMaterials.Build(sources),
            estimate: farm.Estimate,
            facts: ColdChainFacts.All);
    }
}
