namespace Reserve.Plugins.ProvincialOldCommunities;

/// <summary>
/// 甘肃省级专项·城镇老旧小区改造: one of the eight provincial 专项 of 2020. The
/// provincial 实施方案 was not obtained [NF]; the rules are those of the G6 block: 国办发〔2020〕23号 and the
/// 中央预算内投资 老旧小区配套 practice, which the 专项 routes to alongside 专项债 and 抗疫特别国债.
/// </summary>
public sealed class ProvincialOldCommunitiesPlugin : IChannelPlugin
{
    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context)
    {
        var sources = PolicySourceTable.Load(context);
        // The 中央预算内 route gives 投资补助; the provincial form itself is not known.
        // No sourced provincial ratio: an amount would be invented (the central per-household standard is estimated by the national channels).
        yield return ProvincialProgrammes.Channel(
            "gs-old-communities",
            "甘肃省级专项·城镇老旧小区改造",
            FundingForm.Subsidy,
            "甘肃省2020年城镇老旧小区改造省级专项。省级专项实施方案（名称、文号、条件、比例、材料）未取得，本渠道的规则取自其承接的国家渠道：" +
                      "国办发〔2020〕23号对城镇老旧小区的界定（重点为2000年底前建成、居民改造意愿强烈），" +
                      "中央预算内投资保障性安居工程配套基础设施专项（老旧小区配套）申报中的排除情形（棚户区改造拆除重建、以自建房为主的区域和城中村、项目单位失信）和通行的“纳入年度改造计划”要求；" +
                      "资金还可能来自地方政府专项债券和2020年抗疫特别国债。省级补助比例未取得，本渠道不测算金额；中央预算内每户不超过2万元的指导标准由“城镇老旧小区改造”和“中央预算内投资·保障性安居工程配套基础设施”渠道测算。",
            new OldCommunityRules(sources).Build(context.Parameters),
            OldCommunityMaterials.All(sources),
            facts:
            [
                OldCommunityFacts.BuiltYearFact, OldCommunityFacts.ResidentConsentFact, OldCommunityFacts.ShantyRedevelopmentFact,
                OldCommunityFacts.SelfBuiltOrUrbanVillageFact, OldCommunityFacts.AnnualPlanFact,
            ]);
    }
}
