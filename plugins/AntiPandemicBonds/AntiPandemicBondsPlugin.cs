namespace Reserve.Plugins.AntiPandemicBonds;

/// <summary>
/// 抗疫特别国债（2020年）: the 1万亿元 of 2020, passed to 市县 through the 直达 mechanism. Historic: the channel exists for 2020 only, so the engine reports any other match date as 不符合
/// with the period, and the rules serve to review the city's 2020 projects.
/// </summary>
public sealed class AntiPandemicBondsPlugin : IChannelPlugin
{
    internal const string ChannelId = "anti-pandemic-bonds";

    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context)
    {
        var parameters = new AntiPandemicBondsParameters(context.Parameters);
        var sources = PolicySourceTable.Load(context);
        var source = sources["materials"];
        yield return new ChannelDefinition
        {
            Id = ChannelId,
            Name = "抗疫特别国债（2020年）",
            Level = ChannelLevel.National,
            Form = FundingForm.Subsidy,
            Summary = "历史渠道，仅2020年有效：财政部2020年发行抗疫特别国债1万亿元，不计入赤字，全部转给地方，通过特殊转移支付机制直达市县，并与国家发展改革委共同实行项目管理。" +
                "基础设施部分投向公共卫生体系和重大疫情防控救治体系、应急物资保障体系、城镇老旧小区改造、城市管网和排水设施及“两新一重”项目（通行说法，未核实），项目须在2020年内开工。" +
                "官方申报条件和材料清单未找到，本渠道规则须对照本市2020年档案核对。不测算可获金额：没有有出处的支持比例。",
            ValidFrom = new DateOnly(2020, 1, 1),
            ValidTo = new DateOnly(2020, 12, 31),
            PeriodSource = sources["period"],
            Rules = AntiPandemicBondsRules.Build(parameters, sources),
            // No sourced ratio or standard: no amount is estimated rather than one invented.
            Estimate = Reserve.Sdk.Standard.StandardEstimates.RequestPlanOrGap(ChannelId, "抗疫特别国债（2020年）", Reserve.Sdk.Projects.FundingSourceKind.AntiPandemicBonds, "抗疫特别国债的项目支持比例未见公开规定"),
            Materials =
            [
                .. ApprovalMaterials.ByProjectType("KYGZ-M-FSR", "KYGZ-M-AUTH", "KYGZ-M-FILING", source),
            ],
            Templates = [new TemplateDescriptor("application", "项目申报材料（2020年）", "templates/application.sbn-md")],
        };
    }
}
