namespace Reserve.Plugins.UltraLongBonds;

/// <summary>
/// 超长期特别国债（“两重”建设）: 中央财政 treasury-bond money that NDRC allocates to the projects of the year's
/// 两重 list, and the 两新 equipment renewal that projects carry. One channel; 消费品以旧换新 is a subsidy to
/// buyers, not project investment, and is not modelled.
/// </summary>
public sealed class UltraLongBondsPlugin : IChannelPlugin
{
    internal const string ChannelId = "ultra-long-bonds";

    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context)
    {
        var parameters = new UltraLongBondsParameters(context.Parameters);
        var sources = PolicySourceTable.Load(context);
        yield return new ChannelDefinition
        {
            Id = ChannelId,
            Name = "超长期特别国债（“两重”建设）",
            Level = ChannelLevel.National,
            Form = FundingForm.Subsidy,
            Summary = "财政部发行的超长期特别国债，属中央财政资金，由国家发展改革委会同有关部门“自上而下”遴选“两重”建设项目、形成项目清单，按清单以补助方式安排到项目。2024年发行1万亿元（其中7000亿元用于“两重”），2025年1.3万亿元（8000亿元用于“两重”）。" +
                "申报条件取自中国工程咨询协会团体标准征求意见稿（第三方转载）：属当年“两重”支持范围，纳入地方或行业专项规划，未开工或已开工且投资完成比例不超过80%，未获中央预算内投资支持（跨渠道约束），用地、环评、用能手续完备或已由政府或部门出具书面承诺函，项目单位未列入失信名单，不含房地产开发、楼堂馆所、形象工程和政绩工程内容。" +
                "本渠道不测算可获金额：现有资料中没有有出处的支持比例或标准，金额以国家下达的项目清单为准。支持范围按年：当年“两重”点名领域、“两新”中的大规模设备更新和“两重”建设方向；所属领域在范围内而未见点名领域的，须对照当年清单核实（待核实）。消费品以旧换新不是项目投资，不在本渠道。",
            // Valid from the first issuance year; the rules' source is a 2025 draft, applied from 2024 by assumption.
            ValidFrom = new DateOnly(2024, 1, 1),
            // The engine reads a period without a source as unverified; this one says where it comes from, no more sure.
            PeriodSource = PolicySource.Unverified("超长期特别国债支持“两重”建设（2024年起发行）", "起始日期按2024年1月1日计，未对照发行通知核实"),
            Facts = UltraLongBondsFacts.All,
            Rules = UltraLongBondsRules.Build(parameters, sources),
            // No sourced ratio or per-project standard exists, so no amount is estimated rather than one invented.
            Estimate = StandardEstimates.RequestPlanOrGap(ChannelId, "超长期特别国债（“两重”建设）", FundingSourceKind.UltraLongSpecialBonds, "“两重”项目的支持比例未见公开规定"),
            Materials = UltraLongBondsMaterials.Build(sources),
            Templates = [new TemplateDescriptor("application", "项目申报材料", "templates/application.sbn-md")],
        };
    }
}
