using Reserve.Sdk.Rules;

namespace Reserve.Plugins.CentralBudget;

/// <summary>
/// The policy texts behind the rules of both 专项, with the confidence domain-channels.md gives them.
/// Most are third-party reprints or the opening paragraphs of local notices, so the notes say so.
/// </summary>
internal static class CentralBudgetSources
{
    // ---- Shared by every 专项 of 中央预算内投资 (domain-channels.md §2.1) ----

    /// <summary>§2.1 hard eligibility 4: the exclusions of the Shanxi 2020 batch notice.</summary>
    public static readonly PolicySource MaturityExclusions = PolicySource.Sourced(
        "山西省2020年老旧小区改造中央预算内投资申报通知：地方建设资金未落实、不能当年开工、审批手续不完善、建设条件不落实的项目不予安排",
        "http://www.zt-9jc.com.cn/qiche/202004119606.html",
        "地方批次通知的首段（domain-channels.md §2.1 第4条），作为中央预算内投资的一般要求适用于各专项");

    /// <summary>§2.1 required materials: 规划选址、用地预审、环评 among the attachments of the application.</summary>
    public static readonly PolicySource ApplicationMaterials = PolicySource.Sourced(
        "中央预算内投资补助和贴息项目资金申请报告附件：可研批复或核准/备案文件、规划选址和用地预审意见、环评审批意见、贴息项目的贷款合同、真实性承诺",
        "https://kybg.chinabgao.com/viewpoint/3672.html",
        "第三方，按国家发展改革委令2016年第45号（令号为通行说法）归纳；资金申请报告须达到可研深度（发改办投资〔2024〕1049号，http://hyhxt.com/news3/2025-01-07/521.html）");

    /// <summary>§2.1 Timing: the annual cycle that decides which year's plan an application is for.</summary>
    public static readonly PolicySource AnnualCycle = PolicySource.Sourced(
        "山西省2020年老旧小区改造中央预算内投资申报通知：不能当年开工的项目不予安排；年度周期为11月至次年6月申报、6月底前下达全年计划",
        "http://www.zt-9jc.com.cn/qiche/202004119606.html",
        "年度周期见第三方 http://www.zgjtncw.com/mobile/index.php?itemid=4417&moduleid=21 与 http://www.hf-cp.com/newsdetail_3355043.html；“当年”按申报对应的计划年度理解，为本插件的解读");

    /// <summary>§2.1 hard eligibility 6.</summary>
    public static readonly PolicySource EnterpriseForms = PolicySource.Sourced(
        "企业投资项目只能采取投资补助、贷款贴息方式安排中央预算内投资；政府投资项目可采取直接投资、资本金注入方式",
        "https://home.wuhan.gov.cn/gzdt_93640/202510/t20251018_2661920.shtml",
        "另见《政府投资条例》第六条（经营性项目采取资本金注入、投资补助、贷款贴息等方式）");

    // ---- 城乡冷链和国家物流枢纽 ----

    public static readonly PolicySource ColdChainMeasures = PolicySource.Sourced(
        "《城乡冷链和国家物流枢纽建设中央预算内投资专项管理办法》：支持国家物流枢纽、国家骨干冷链物流基地公共性基础性设施补短板，服务肉类屠宰加工及流通的冷链物流设施（不含屠宰加工线），公共冷库新建、改扩建、智能化改造；单个项目原则上不超过核定投资的30%，最高5000万元",
        "http://hbzyjz.com/news/detail/93/139109.html",
        "第三方转载；另见 http://gxnylt.com/index.php?id=6480 、https://wujiajia.com/fanwen/282697.html（“符合专项支持方向的核定投资”）");

    public static readonly PolicySource ColdChainPreWork = PolicySource.Sourced(
        "中央预算内投资要求审批手续完善、建设条件落实；资金申请须附规划选址和用地预审意见、环评审批意见",
        "http://www.zt-9jc.com.cn/qiche/202004119606.html",
        "手续完善见山西省2020年申报通知；所附文件见第三方 https://kybg.chinabgao.com/viewpoint/3672.html（国家发展改革委令2016年第45号）。改建项目在自有用地上实施、不新增用地时不要求用地预审");

    public static readonly PolicySource ColdChainCompletion = PolicySource.Unverified(
        "2020年代城乡冷链专项申报通知：申报时项目完成投资不超过70%",
        "domain-channels.md §10 据已下达项目与申报通知归纳，未给出处链接，须对照当年申报通知核对");

    public static readonly PolicySource ColdStoreMinimum = PolicySource.Sourced(
        "冷链物流设施支持项目：单座冷库库容不低于100吨或容积不低于500立方米；土地购置和办公用房不纳入支持",
        "http://www.kawaygolf.com/8016.html",
        "第三方；出处只说“以后年度”，起始年份（本插件取2021-01-01）为推定，且未明确是否出自发改委本专项，见 parameters.json");

    // ---- 保障性安居工程配套基础设施（老旧小区配套）----

    public static readonly PolicySource OldCommunityDefinition = PolicySource.Sourced(
        "国办发〔2020〕23号《关于全面推进城镇老旧小区改造工作的指导意见》：城市或县城建成年代较早、失养失修失管的住宅小区，重点为2000年底前建成的小区",
        "https://chaoyang.gov.cn/html/CYSZF/202305/0168480690447880.html",
        "另见 http://www.ettaleb.com/henan/yhxw/2021/0303/517670.html");

    public static readonly PolicySource OldCommunityFunding = PolicySource.Sourced(
        "2019—2020年老旧小区改造中央资金793亿元（2019年250亿元、2020年543亿元）",
        "http://www.berlearn.com/finance/hongguanjingji/2020-07-21/A1595337876703.html",
        "老旧小区配套纳入本专项的起点2019-01-01 据此推定；所属领域口径为项目记录的“城镇老旧小区”。本专项的棚户区改造配套部分未建模");

    public static readonly PolicySource OldCommunityExclusions = PolicySource.Sourced(
        "山西省2020年老旧小区改造中央预算内投资申报通知：棚户区改造（拆除重建）、以自建房为主的区域和城中村不纳入",
        "http://www.zt-9jc.com.cn/qiche/202004119606.html");

    public static readonly PolicySource HousingScope = PolicySource.Sourced(
        "保障性安居工程配套基础设施专项（老旧小区配套）：支持小区内道路、供排水、供电、燃气、供热、绿化、照明、围墙、垃圾收集及社区服务设施和与小区直接相关的城市基础设施；不支持小区主体改造及主干道、主管网、综合管廊、广场、城市公园；补助不超过符合支持范围内容的核定建安投资",
        "https://yhhmip.com/system/2020/11/07/030275540.shtml",
        "另见山西省2020年申报通知 http://www.zt-9jc.com.cn/qiche/202004119606.html");

    public static readonly PolicySource HouseholdCap = PolicySource.Sourced(
        "2019年老旧小区改造中央补助指导标准：每户不超过2万元；补助不超过符合支持范围内容的核定建安投资",
        "https://pxhct.com/portal.php?aid=2152&mod=view",
        "建安投资上限见 https://yhhmip.com/system/2020/11/07/030275540.shtml；每户上限为2019年口径，此后是否调整未核实");

    public static readonly PolicySource HousingPreWork = PolicySource.CommonlyKnown(
        "老旧小区改造项目申报须有改造方案（实施方案）；中央预算内投资要求审批手续完善",
        note: "domain-channels.md §2.7 G6 典型材料 [CK]（可研/实施方案及批复、改造方案）；手续完善见山西省2020年申报通知 [S] http://www.zt-9jc.com.cn/qiche/202004119606.html；小区内改造一般不新增用地，新建、扩建、迁建时另需用地预审和环评");

    public static readonly PolicySource ResidentConsent = PolicySource.CommonlyKnown(
        "改造方案须附居民意愿证明（征询、签字及居民出资安排）",
        note: "domain-channels.md §2.7 G6 典型材料 [CK]；居民改造意愿强烈是老旧小区的认定条件之一（国办发〔2020〕23号）");
}
