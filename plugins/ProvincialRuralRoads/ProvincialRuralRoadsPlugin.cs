namespace Reserve.Plugins.ProvincialRuralRoads;

/// <summary>
/// 甘肃省级专项·农村道路, one of Gansu's eight 2020 provincial programs. Its 实施方案 was not available
///, so the rules are drawn from the national channels it routes to:
/// 车购税农村公路补助, 中央预算内投资 and 地方政府专项债券. One channel.
/// </summary>
public sealed class ProvincialRuralRoadsPlugin : IChannelPlugin
{
    internal const string ChannelId = "gs-rural-roads";

    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context)
    {
        var parameters = new RoutedProgramParameters(context.Parameters);
        var programme = RoutedProgram.From(PolicySourceTable.Load(context), "NCDL", "农村道路", "农村公路、乡村道路", "农村道路");
        // The provincial form is not known; the national channels it draws on mostly give 补助 (车购税, 中央预算内).
        // No estimate: the provincial ratios and per-km standards were not found, and none is invented.
        yield return ProvincialProgrammes.Channel(
            ChannelId,
            "甘肃省级专项·农村道路",
            FundingForm.Subsidy,
            "甘肃省2020年“八个省级专项”之一，支持农村公路、乡村道路建设和改造。省级专项实施方案（标题、文号、条件、比例、申报材料）未取得，本渠道的规则取自其通常对接的国家渠道：车购税农村公路补助（交通运输部、省交通运输厅，通行说法）、中央预算内投资（往年计划含农村公路）和地方政府专项债券（交通基础设施为2020年重点领域），适用范围为推定。每公里补助标准和补助比例未取得，不测算金额。",
            RoutedProgramRules.Build(programme, parameters),
            RoutedProgramRules.Materials(programme),
            whyNoRatio: "省级补助标准未取得");
    }
}
