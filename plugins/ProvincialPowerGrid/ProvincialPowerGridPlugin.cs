namespace Reserve.Plugins.ProvincialPowerGrid;

/// <summary>
/// 甘肃省级专项·电网, one of Gansu's eight 2020 provincial programs. Its 实施方案 was not available
///, so the rules are drawn from the national channels it routes to:
/// 农网改造升级 (中央资本金 and 农网还贷资金) and 地方政府专项债券. One channel.
/// </summary>
public sealed class ProvincialPowerGridPlugin : IChannelPlugin
{
    internal const string ChannelId = "gs-power-grid";

    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context)
    {
        var parameters = new GridParameters(context.Parameters);
        var sources = PolicySourceTable.Load(context);
        // The provincial form is not known; the 农网改造升级 money it draws on is central 资本金.
        // No estimate: the provincial ratio was not found, and none is invented.
        yield return ProvincialProgrammes.Channel(
            ChannelId,
            "甘肃省级专项·电网",
            FundingForm.EquityInjection,
            "甘肃省2020年“八个省级专项”之一，支持农网、配电网和输变电工程建设及改造。省级专项实施方案（标题、文号、条件、比例、申报材料）未取得，本渠道的规则取自其通常对接的国家渠道：农网改造升级（中央资本金和农网还贷资金）和地方政府专项债券（城乡电网可作资本金，通行说法），适用范围为推定；农网改造升级2020年目标（供电可靠率99.8%、综合电压合格率97.9%、户均配变容量不低于2千伏安）作评分项。省级支持比例未取得，不测算金额。",
            GridRules.Build(parameters, sources),
            RoutedProgramRules.Materials(GridRules.Programme(sources)),
            whyNoRatio: "省级资本金安排比例未取得",
            facts: GridFacts.All);
    }
}
