namespace Reserve.Plugins.ProvincialGas;

/// <summary>
/// 甘肃省级专项·燃气, one of Gansu's eight 2020 provincial programs. Its 实施方案 was not available
///, so the rules are drawn from the national channels it routes to:
/// 地方政府专项债券, the 2022+ 中央预算内 城市燃气管道等老化更新改造 专项 and the 2024+ 超长期特别国债. One channel.
/// </summary>
public sealed class ProvincialGasPlugin : IChannelPlugin
{
    internal const string ChannelId = "gs-gas";

    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context)
    {
        var parameters = new GasParameters(context.Parameters);
        var sources = PolicySourceTable.Load(context);
        // The provincial form is not known; the central renewal 专项 it draws on gives 补助.
        // No estimate: the provincial ratio was not found, and one city's share is not a ratio.
        yield return ProvincialProgrammes.Channel(
            ChannelId,
            "甘肃省级专项·燃气",
            FundingForm.Subsidy,
            "甘肃省2020年“八个省级专项”之一，支持燃气管道、管网和储气设施建设及改造。省级专项实施方案（标题、文号、条件、比例、申报材料）未取得，本渠道的规则取自其通常对接的国家渠道：地方政府专项债券（天然气管网和储气设施，通行说法）、2022年起中央预算内投资城市燃气管道等老化更新改造专项、2024年起超长期特别国债城市地下管网，适用范围为推定。省级补助比例未取得，2023年平顶山市示例（中央资金约占45%）只是单个项目结果，不测算金额。",
            GasRules.Build(parameters, sources),
            RoutedProgramRules.Materials(GasRules.Programme(sources)),
            whyNoRatio: "省级补助比例未取得，单个项目的中央资金占比不是比例");
    }
}
