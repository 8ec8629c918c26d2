using Reserve.Sdk.Rules;

namespace Reserve.Plugins.SpecialBonds;

/// <summary>
/// The policy texts behind the channel's rules and materials, with the
/// confidence the research gives them. Third-party pages are marked as such in the note, as the
/// legend asks.
/// </summary>
internal static class SpecialBondsSources
{
    private const string Kaerdandun = "http://www.kaerdandun.com/a/xwzx/hyzx/20250902/8446.html";
    private const string Caicheng86 = "http://www.caicheng86.com/a/xwzx/hyzx/20251114/8576.html";
    private const string Palemountains = "http://www.palemountains.com/a/xwzx/hyzx/20250402/8017.html";
    private const string Guoban2024No52 = "https://zc.qianzhan.com/policy/52/3b6256f55a8c78323ca0c85aff36f268";
    private const string Hkyyi = "https://www.hkyyi.com/html/zhuan-xiang-zhai-quan-fa-xing-zhun-bei-quan-gong-lve-cong-zheng-ce-jie-du-dao-shi-cao-bu-zhou-zhu-ni.html";
    private const string ThirdParty = "第三方资料（咨询、资讯网站），非发文机关原文";

    public static readonly PolicySource StableRevenue = PolicySource.Sourced(
        "专项债券项目须有稳定的项目收益（政府性基金收入、专项收入如收费、停车、污水处理、供热等），收益与融资自求平衡；国办发〔2024〕52号将“完全无收益的项目”列入负面清单",
        Guoban2024No52,
        "52号文开头摘录“将完全无收益的项目，楼堂馆…”；自求平衡原则另见 " + Kaerdandun + "（" + ThirdParty + "）");

    public static readonly PolicySource CoverageFloor = PolicySource.Sourced(
        "收益与融资自求平衡：可偿债收益不低于融资本息（本息覆盖倍数不低于1.0）",
        Kaerdandun,
        ThirdParty + "；1.0 底线依据已发行专项债披露卡（覆盖倍数最低1.00–1.06），1.1/1.2 为评审惯例");

    public static readonly PolicySource ProvincialCoverage = PolicySource.Sourced(
        "评审通行要求：可偿债收益/融资本息不低于1.1倍，部分省份或按总债务口径要求1.2倍（惯例，非法规）",
        Kaerdandun,
        ThirdParty + "；另见 " + Caicheng86 + "、" + Palemountains + "。作评分项：不足时降分并提示，不作否决");

    public static readonly PolicySource PriorityFields = PolicySource.Sourced(
        "财政部《关于加快地方政府专项债券发行使用有关工作的通知》（2020）：七大领域（交通基础设施、能源、农林水利、生态环保、民生服务、冷链物流设施、市政和产业园区基础设施），并支持“两新一重”、公共卫生设施；老旧小区改造为2020年重要投向",
        "http://szb.jsw.com.cn/JJWB/PC/content/202011/18/content_106139.html",
        "七大领域为通知摘录，资料未记录网址；网址为老旧小区改造的出处。通知用语为“重点用于”，故作评分项。2021–2024年投向未核实，沿用2020年清单；2025年起负面清单管理，不再适用");

    public static readonly PolicySource NegativeList = PolicySource.CommonlyKnown(
        "专项债券不得投向的内容：2024年前不得用于经常性支出、竞争性领域、置换存量债务、土地储备和房地产相关领域、楼堂馆所、形象工程；国办发〔2024〕52号起负面清单管理（完全无收益项目、楼堂馆所、形象工程和政绩工程、除保障性住房和土地储备以外的房地产开发、商业设施、一般企业生产线、可市场化收益平衡的项目）",
        Guoban2024No52,
        "仅“完全无收益”“楼堂馆所”见于52号文开头摘录 [S]，“经常性支出和竞争性领域”见 https://www.360docs.net/doc/c619204299.html [S, 第三方]，其余为通行说法 [CK]，须对照全文核实。清单按日期取自参数 negativeList");

    public static readonly PolicySource BondAsEquitySectors = PolicySource.CommonlyKnown(
        "专项债券用作项目资本金的领域：厅字〔2019〕33号（铁路、公路、供电、供气等）；2019年下半年扩围（收费公路、干线机场、港口、城市停车场、天然气管网、城乡电网、水利、城镇污水垃圾处理、供水）；国办发〔2024〕52号扩大到新型基础设施等",
        "https://scholarmate.com/S/AKwn2V",
        "2019年6月范围有出处 [S]；2019年下半年扩围 [CK]；2024年扩围见 " + Hkyyi + " [S, 第三方]，具体领域 [CK]。按参数 bondEquitySectors 映射到所属领域");

    public static readonly PolicySource BondAsEquityRatio = PolicySource.CommonlyKnown(
        "专项债券用作项目资本金的规模占专项债券规模的比例上限：2019年约20%，2020年25%，国办发〔2024〕52号提高至30%",
        Hkyyi,
        "30% 有第三方出处 [S, 3rd-party]，20%、25% 为通行说法 [CK]。政策口径为以省份为单位的总量比例，本插件按单个项目的专项债券规模从严套用（每个项目都不超过，全省必然不超过）");

    public static readonly PolicySource Maturity = PolicySource.Sourced(
        "专项债券项目成熟度：应取得可研批复（立项）、用地预审与选址/规划许可、环评批复，并完成投资估算的财政评审；取得施工许可的优先",
        Palemountains,
        ThirdParty + "；另见 " + Caicheng86 + "。部分省份（如湖南）入库还要求初步设计及概算批复，未纳入本规则");

    public static readonly PolicySource ConstructionPermitPriority = PolicySource.Sourced(
        "专项债券项目取得施工许可的，成熟度高，优先安排",
        Palemountains,
        ThirdParty + "；另见 " + Caicheng86);

    public static readonly PolicySource Dishonest = PolicySource.CommonlyKnown(
        "项目单位被列入失信名单的，不予安排政府投资资金",
        note: "各渠道通用规则；未单列专项债的失信条款，同类规定见山西省2020年老旧小区改造中央预算内投资申报通知 http://www.zt-9jc.com.cn/qiche/202004119606.html");

    public static readonly PolicySource Materials = PolicySource.Sourced(
        "专项债券申报材料“一案两书”及附件：项目实施方案、财务评估报告、法律意见书，可研及批复、用地预审与选址/规划许可、环评批复、财政评审报告、收入测算说明等",
        Caicheng86,
        ThirdParty + "；另见 " + Palemountains);
}
