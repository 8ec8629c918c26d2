namespace Reserve.Plugins.SpecialBonds;

/// <summary>
/// 地方政府专项债券: issued by the province within the quota 财政部 sets, for public projects whose own
/// revenue repays the debt (收益与融资自求平衡). One channel.
/// </summary>
public sealed class SpecialBondsPlugin : IChannelPlugin
{
    internal const string ChannelId = "special-bonds";
    internal const string ChannelName = "地方政府专项债券";

    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context)
    {
        var parameters = new SpecialBondsParameters(context.Parameters);
        var sources = PolicySourceTable.Load(context);
        yield return new ChannelDefinition
        {
            Id = ChannelId,
            Name = ChannelName,
            Level = ChannelLevel.Provincial,
            Form = FundingForm.Bond,
            Summary = "财政部核定并下达限额、省级政府统一发行的地方政府专项债券，用于有一定收益的公益性项目，项目收益与融资自求平衡（本息覆盖倍数不低于1.0，评审通常要求1.1倍以上），一只债券对应一个项目、封闭运行。发展改革部门审核项目合规性与成熟度，财政部门审核融资平衡；项目须录入国家重大建设项目库和地方政府债务管理系统（专项债券项目库）。符合条件的领域可将部分专项债券用作项目资本金。",
            Facts = SpecialBondsFacts.All,
            Rules = new SpecialBondsRules(sources).Build(parameters),
            Estimate = Reserve.Sdk.Standard.StandardEstimates.OrRequested(SpecialBondsEstimate.Build(parameters), ChannelId, ChannelName),
            Materials = new SpecialBondsMaterials(sources).Build(),
            Templates = [new TemplateDescriptor("implementation-plan", "项目实施方案", "templates/implementation-plan.sbn-md")],
        };
    }
}
