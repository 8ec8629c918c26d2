namespace Reserve.Plugins.ProvincialWaterNetwork;

/// <summary>
/// 甘肃省级专项·水网, one of Gansu's eight 2020 provincial programs. Its 实施方案 was not available
///, so the rules are drawn from the national channels it routes to:
/// 中央预算内投资 水利 专项, 水利部 funds and 地方政府专项债券. One channel.
/// </summary>
public sealed class ProvincialWaterNetworkPlugin : IChannelPlugin
{
    internal const string ChannelId = "gs-water-network";

    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context)
    {
        var parameters = new RoutedProgramParameters(context.Parameters);
        var programme = RoutedProgram.From(PolicySourceTable.Load(context), "SW", "水网", "水库、供水、灌区或水网", "水库、供水、灌区或水网工程");
        // The provincial form is not known; the central 水利 专项 it draws on gives 补助.
        // No estimate: the provincial ratio was not found, and none is invented.
        yield return ProvincialProgrammes.Channel(
            ChannelId,
            "甘肃省级专项·水网",
            FundingForm.Subsidy,
            "甘肃省2020年“八个省级专项”之一，支持水库、引调水、城乡供水和灌区等水网工程。省级专项实施方案（标题、文号、条件、比例、申报材料）及甘肃水网的具体内容未取得，本渠道的规则取自其通常对接的国家渠道：中央预算内投资水利专项、水利部资金和地方政府专项债券（农林水利为2020年重点领域，水利可作资本金为通行说法），适用范围为推定。补助比例未取得，不测算金额。",
            RoutedProgramRules.Build(programme, parameters),
            RoutedProgramRules.Materials(programme));
    }
}
