using Reserve.Sdk.Rules;

namespace Reserve.Plugins.PolicyFinance;

/// <summary>
/// The policy texts behind the channel's rules and materials,
/// with the confidence the research gives them. Every page here is third-party (consultancy or news),
/// and the notes say so; the 2025 maturity and applicant conditions are marked commonly-known although
/// a page states them, because the research itself says to treat them with caution.
/// </summary>
internal static class PolicyFinanceSources
{
    private const string Wwpfw = "http://www.wwpfw.com/gongjijindaikuan/116877.html";
    private const string HfCp = "http://www.hf-cp.com/newsdetail_3355043.html";
    private const string Gzjuntian = "https://www.gzjuntian.com/xinwendongtai/181.html";
    private const string Etnet = "https://www.etnet.com.hk/www/tc/stocks/ah_news_detail.php?newsid=ETN350822843";
    private const string Sanliudata = "https://notes.sanliudata.com/research/finance/政策性开发性金融工具深度研究.html";
    private const string Hhdrillrig = "http://www.hhdrillrig.com.cn/xinwendongtai/845.html";
    private const string ThirdParty = "第三方资料（咨询、资讯网站），非发文机关原文";
    private const string Caution = "未见发文机关原文，故不记为有出处";

    public static readonly PolicySource Batches = PolicySource.Sourced(
        "2022年6月29日国务院常务会议决定运用政策性、开发性金融工具补充重大项目资本金或为专项债项目资本金搭桥；2025年4月25日中共中央政治局会议提出设立新型政策性金融工具",
        HfCp,
        ThirdParty + "。两批之间（2023—2024年）未新设批次，按2022年规则评估仅供储备参考");

    public static readonly PolicySource Scope = PolicySource.Sourced(
        "2022年工具支持五大基础设施（交通水利能源网络型；信息科技物流产业升级；地下管廊等城市基础设施；高标准农田等农业农村；国家安全基础设施）、重大科技创新及其他可由专项债支持的项目；2025年新型工具重点支持数字经济、人工智能、低空经济、消费、绿色低碳、农业农村、交通物流、城市基础设施（含剥离房地产属性的城市更新）",
        Wwpfw,
        ThirdParty + "；2025年见 " + Gzjuntian + "、" + Etnet + "。领域清单有出处，映射到所属领域、“两新一重”标签和关键词是本系统的解释（见参数 scopeFields、scopeTags、scopeWords 的说明）");

    public static readonly PolicySource EquityShare = PolicySource.Sourced(
        "《国务院关于加强固定资产投资项目资本金管理的通知》（国发〔2019〕26号）：权益类金融工具筹措的资金可认定为项目资本金，但不得超过资本金总额的50%；2022年、2025年工具均规定出资不超过项目资本金的50%",
        Sanliudata,
        ThirdParty + "；另见 " + Wwpfw + "（2022）、" + Gzjuntian + "（2025）。本规则按资金来源中“政策性开发性金融工具”一栏的计划额核对");

    public static readonly PolicySource EquityGap = PolicySource.CommonlyKnown(
        "工具用于补充项目资本金缺口：申报清单列项目资本金、已到位资本金、资本金缺口和申请基金额，并附资本金缺口说明",
        Hhdrillrig,
        "“用于补充项目资本金”有出处，“重点解决项目资本金缺口”见上址 [S, 3rd-party]；申报清单栏目为通行做法 [CK]。“资本金已足额到位的项目不予支持”是本系统据此作出的判断");

    public static readonly PolicySource Maturity2025 = PolicySource.CommonlyKnown(
        "2025年新型政策性金融工具项目成熟度：新建项目必须取得施工许可证，在建项目进度不得超过80%",
        Hhdrillrig,
        ThirdParty + "；" + Caution);

    public static readonly PolicySource MarketEntity2025 = PolicySource.CommonlyKnown(
        "2025年新型政策性金融工具：申报主体须为市场化主体（平台公司等）的项目，不支持纯政府投资项目",
        Hhdrillrig,
        ThirdParty + "；" + Caution + "。本规则以项目属性判断：政府投资不通过，企业投资、政府和社会资本合作通过");

    public static readonly PolicySource NegativeList = PolicySource.Sourced(
        "工具资金不得投向楼堂馆所、形象工程和普通房地产",
        Gzjuntian,
        ThirdParty + "，为2025年表述；2022年批次沿用同一清单为通行做法 [CK]，待核实。清单按日期取自参数 negativeList");

    public static readonly PolicySource Dishonest = PolicySource.CommonlyKnown(
        "项目单位被列入失信名单的，不予支持",
        note: "各渠道通用规则；未单列工具的失信条款");

    public static readonly PolicySource Materials = PolicySource.CommonlyKnown(
        "工具申报材料：项目清单（项目名称、代码、总投资、资本金、已到位资本金、资本金缺口、申请基金额、开工时间、前期手续），可研批复/核准/备案，用地、环评、施工许可文件，资本金缺口说明及出资人承诺",
        note: "通行说法，未对照发文机关原文");
}
