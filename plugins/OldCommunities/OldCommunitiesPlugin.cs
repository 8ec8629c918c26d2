namespace Reserve.Plugins.OldCommunities;

/// <summary>
/// 城镇老旧小区改造 (国办发〔2020〕23号): the 中央预算内投资 保障性安居工程配套基础设施专项 as it
/// supports the renovation of old urban residential compounds.
/// </summary>
public sealed class OldCommunitiesPlugin : IChannelPlugin
{
    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context)
    {
        var parameters = new OldCommunityParameters(context.Parameters);
        var cap = new SubsidyCap(parameters);
        var sources = PolicySourceTable.Load(context);
        yield return new ChannelDefinition
        {
            Id = "old-communities",
            Name = "城镇老旧小区改造",
            Parent = "中央预算内投资",
            Level = ChannelLevel.National,
            Form = FundingForm.Subsidy,
            Summary = "中央预算内投资保障性安居工程配套基础设施专项（老旧小区配套）对城市或县城（城关镇）建成年代较早、失养失修失管、居民改造意愿强烈的城镇老旧小区改造给予投资补助，重点支持2000年底前建成的小区，支持小区内及与小区直接相关的配套基础设施和社区服务设施，不支持棚户区拆除重建、城中村和以自建房为主的区域。补助不超过支持范围内的核定建安投资，2019年指导标准为每户不超过2万元。",
            // The 老旧小区配套 money starts with the 2019 batch (250亿 in 2019, 543亿 in 2020).
            ValidFrom = new DateOnly(2019, 1, 1),
            Facts =
            [
                OldCommunityFacts.BuiltYearFact, OldCommunityFacts.HouseholdsFact, OldCommunityFacts.ResidentConsentFact,
                OldCommunityFacts.ShantyRedevelopmentFact, OldCommunityFacts.SelfBuiltOrUrbanVillageFact, OldCommunityFacts.AnnualPlanFact,
                OldCommunityFacts.RenovationClassFact, OldCommunityFacts.EligibleConstructionCostFact, OldCommunityFacts.LongTermManagementFact,
            ],
            Rules = new OldCommunityRules(sources).Build(parameters, cap),
            Estimate = Reserve.Sdk.Standard.StandardEstimates.OrRequested((p, c) => cap.For(p, c.AsOf) is { } max ? new FundingEstimate(max.Amount, max.Basis) : null, "old-communities", "城镇老旧小区改造"),
            Materials = OldCommunityMaterials.All(sources),
            Templates = [new TemplateDescriptor("renovation-plan", "改造方案", "templates/renovation-plan.sbn-md")],
        };
    }
}
