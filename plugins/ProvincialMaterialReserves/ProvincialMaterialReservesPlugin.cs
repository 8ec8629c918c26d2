namespace Reserve.Plugins.ProvincialMaterialReserves;

/// <summary>
/// 甘肃省级专项·重大物资储备: one of the eight provincial 专项 of 2020. The provincial
/// 实施方案 was not obtained [NF] and the national channels it routes to (中央预算内 应急物资保障体系 and 粮食等
/// 重要农产品仓储设施 专项, 抗疫特别国债 2020) are known by name only, so the channel checks the baseline and
/// the scope, and gives no amount.
/// </summary>
public sealed class ProvincialMaterialReservesPlugin : IChannelPlugin
{
    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context)
    {
        var sources = PolicySourceTable.Load(context);
        // The form is not known; the 中央预算内 routes give 补助 or 直接投资, and the manifest lists both.
        // No ratio was found: an amount would be invented.
        yield return ProvincialProgrammes.Channel(
            "gs-material-reserves",
            "甘肃省级专项·重大物资储备",
            FundingForm.Subsidy,
            "甘肃省2020年重大物资储备省级专项。省级专项实施方案（名称、文号、条件、比例、材料）未取得，其承接的国家渠道为中央预算内投资应急物资保障体系专项、粮食等重要农产品仓储设施专项（只见于专项目录）和2020年抗疫特别国债，支持比例均未取得。" +
                      "本渠道只核对基本条件和支持范围（应急物资保障、粮食等重要农产品仓储设施），不测算金额。",
            new MaterialReserveRules(sources).Build(),
            ProvincialProgrammes.Materials("GSWZ", "重大物资储备", sources));
    }
}
