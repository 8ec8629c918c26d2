using Reserve.Sdk.Rules;

namespace Reserve.Plugins.AntiPandemicBonds;

/// <summary>
/// The policy texts behind the channel's rules. No official 申报 conditions or
/// material list was found [NF]; the categories are commonly known [CK] and the start-in-2020 condition is
/// unsourced. Every note says the rules are to be checked against the city's 2020 archive.
/// </summary>
internal static class AntiPandemicBondsSources
{
    private const string CheckArchive = "官方申报条件和材料清单未找到 [NF]，须对照本市2020年抗疫特别国债档案（申报通知、项目清单、资金下达文件）核对";

    /// <summary>The year of the channel: the bonds were a one-off of 2020.</summary>
    public static readonly PolicySource Period = PolicySource.Unverified(
        "2020年《政府工作报告》：发行抗疫特别国债1万亿元（仅2020年发行）",
        "报告见 http://big5.china.com.cn/lianghui/news/2020-05/22/content_76076484.shtml ；有效期按2020年全年计，起止日期未对照原文核实；" + CheckArchive);

    public static readonly PolicySource Categories = PolicySource.CommonlyKnown(
        "抗疫特别国债基础设施部分投向公共卫生体系建设和重大疫情防控救治体系、应急物资保障体系、城镇老旧小区改造、城市管网和排水设施、“两新一重”等项目，资金直达市县",
        note: "通行说法，未对照官方文本；" + CheckArchive + "。类别见参数 scopeCategories，关键词为本插件拟定；“两新一重”按 SDK 分类器 TwoNewOneMajor（2020年政府工作报告、国家发展改革委2020年4月20日新型基础设施定义）识别");

    public static readonly PolicySource StartIn2020 = PolicySource.Unverified(
        "抗疫特别国债支持的项目须在2020年内开工",
        "(historic)” 所述，未注明出处；" + CheckArchive + "。年份见参数 startYear");

    public static readonly PolicySource Dishonest = PolicySource.CommonlyKnown(
        "项目单位被列入失信名单的，不予安排政府投资资金",
        note: "各渠道通用规则；抗疫特别国债未找到专门条款，" + CheckArchive);

    public static readonly PolicySource Materials = PolicySource.Unverified(
        "抗疫特别国债项目的审批（核准、备案）文件",
        "材料清单未找到 [NF]，按政府投资项目的一般要求列出审批文件；" + CheckArchive);
}
