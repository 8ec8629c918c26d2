using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.CentralBudget;

/// <summary>
/// The policy texts behind the rules of every 专项, with their confidence.
/// Most are third-party reprints or the opening paragraphs of local notices, so the notes say so. Where
/// a 专项 has no sourced ratio or condition ([NF]), the note says so and no rule stands in for it.
/// </summary>
internal static class CentralBudgetSources
{
    // ---- Shared by every 专项 of 中央预算内投资 ----

    /// <summary>Hard eligibility 4: the exclusions of the Shanxi 2020 batch notice.</summary>
    public static readonly PolicySource MaturityExclusions = PolicySource.Sourced(
        "山西省2020年老旧小区改造中央预算内投资申报通知：地方建设资金未落实、不能当年开工、审批手续不完善、建设条件不落实的项目不予安排",
        "http://www.zt-9jc.com.cn/qiche/202004119606.html",
        "地方批次通知的首段，作为中央预算内投资的一般要求适用于各专项");

    /// <summary>Required materials: 规划选址、用地预审、环评 among the attachments of the application.</summary>
    public static readonly PolicySource ApplicationMaterials = PolicySource.Sourced(
        "中央预算内投资补助和贴息项目资金申请报告附件：可研批复或核准/备案文件、规划选址和用地预审意见、环评审批意见、贴息项目的贷款合同、真实性承诺",
        "https://kybg.chinabgao.com/viewpoint/3672.html",
        "第三方，按国家发展改革委令2016年第45号（令号为通行说法）归纳；资金申请报告须达到可研深度（发改办投资〔2024〕1049号，http://hyhxt.com/news3/2025-01-07/521.html）");

    /// <summary>Timing: the annual cycle that decides which year's plan an application is for.</summary>
    public static readonly PolicySource AnnualCycle = PolicySource.Sourced(
        "山西省2020年老旧小区改造中央预算内投资申报通知：不能当年开工的项目不予安排；年度周期为11月至次年6月申报、6月底前下达全年计划",
        "http://www.zt-9jc.com.cn/qiche/202004119606.html",
        "年度周期见第三方 http://www.zgjtncw.com/mobile/index.php?itemid=4417&moduleid=21 与 http://www.hf-cp.com/newsdetail_3355043.html；“当年”按申报对应的计划年度理解，为本插件的解读");

    /// <summary>Timing: the window in which applications are taken.</summary>
    public static readonly PolicySource ApplicationWindow = PolicySource.Sourced(
        "中央预算内投资年度周期：约9月底前完成项目入库，申报窗口大致为每年11月至次年6月，年度计划分批下达",
        "http://www.zgjtncw.com/mobile/index.php?itemid=4417&moduleid=21",
        "第三方（2025年文章），原文为“大致”；窗口两端取11月1日、6月30日是本插件按月份的取值，不是原文日期。各专项的实际申报时间以当年申报通知为准（例：2020年老旧小区配套第二批于2020年4月组织申报，在窗口内，http://www.zt-9jc.com.cn/qiche/202004119606.html）");

    /// <summary>
    /// Hard eligibility 4 and required materials: the maturity every 专项 asks for when it names no
    /// list of its own.
    /// </summary>
    public static readonly PolicySource StandardPreWork = PolicySource.Sourced(
        "中央预算内投资要求审批手续完善、建设条件落实；资金申请须附规划选址和用地预审意见、环评审批意见",
        "http://www.zt-9jc.com.cn/qiche/202004119606.html",
        "手续完善见山西省2020年申报通知；所附文件见第三方 https://kybg.chinabgao.com/viewpoint/3672.html（国家发展改革委令2016年第45号）。改建项目在自有用地上实施、不新增用地时不要求用地预审");

    /// <summary>The 资本金 system covers enterprise and 经营性 government projects only.</summary>
    public static readonly PolicySource EquityCoverage = BaselineSources.Equity2019 with
    {
        Note = "资本金制度适用于企业投资项目和政府投资的经营性项目；记录不区分政府投资项目是否经营性，故本规则只对企业投资、政府和社会资本合作项目判断（政府投资的经营性项目漏判，偏宽）。港口、沿海及内河航运由25%降为20%；补短板基础设施项目收益可靠时可适当降低，最多5个百分点",
    };

    /// <summary>Hard eligibility 6.</summary>
    public static readonly PolicySource EnterpriseForms = PolicySource.Sourced(
        "企业投资项目只能采取投资补助、贷款贴息方式安排中央预算内投资；政府投资项目可采取直接投资、资本金注入方式",
        "https://home.wuhan.gov.cn/gzdt_93640/202510/t20251018_2661920.shtml",
        "另见《政府投资条例》第六条（经营性项目采取资本金注入、投资补助、贷款贴息等方式）");

    // ---- 城乡冷链和国家物流枢纽 ----

    public static readonly PolicySource ColdChainMeasures = PolicySource.Sourced(
        "《城乡冷链和国家物流枢纽建设中央预算内投资专项管理办法》：支持国家物流枢纽、国家骨干冷链物流基地公共性基础性设施补短板，服务肉类屠宰加工及流通的冷链物流设施（不含屠宰加工线），公共冷库新建、改扩建、智能化改造；单个项目原则上不超过核定投资的30%，最高5000万元",
        "http://hbzyjz.com/news/detail/93/139109.html",
        "第三方转载；另见 http://gxnylt.com/index.php?id=6480 、https://wujiajia.com/fanwen/282697.html（“符合专项支持方向的核定投资”）");

    public static readonly PolicySource ColdChainCompletion = PolicySource.Unverified(
        "2020年代城乡冷链专项申报通知：申报时项目完成投资不超过70%",
        "未给出处链接，须对照当年申报通知核对");

    public static readonly PolicySource ColdStoreMinimum = PolicySource.Sourced(
        "冷链物流设施支持项目：单座冷库库容不低于100吨或容积不低于500立方米；土地购置和办公用房不纳入支持",
        "http://www.kawaygolf.com/8016.html",
        "第三方；出处只说“以后年度”，起始年份（本插件取2021-01-01）为推定，且未明确是否出自发改委本专项，见插件参数");

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
        note: "通行说法（可研/实施方案及批复、改造方案）；手续完善见山西省2020年申报通知 [S] http://www.zt-9jc.com.cn/qiche/202004119606.html；小区内改造一般不新增用地，新建、扩建、迁建时另需用地预审和环评");

    public static readonly PolicySource ResidentConsent = PolicySource.CommonlyKnown(
        "改造方案须附居民意愿证明（征询、签字及居民出资安排）",
        note: "通行说法；居民改造意愿强烈是老旧小区的认定条件之一（国办发〔2020〕23号）");

    // ---- 新型基础设施建设 ----

    public static readonly PolicySource NewInfrastructureScope = PolicySource.Sourced(
        "国家发展改革委2020年4月20日新闻发布会：新型基础设施包括信息基础设施（5G、物联网、工业互联网、卫星互联网，人工智能、云计算、区块链，数据中心、智算中心）、融合基础设施（智能交通、智慧能源）和创新基础设施（重大科技基础设施、科教基础设施、产业技术创新基础设施）",
        "http://money.3news.cn/lcgs/2020/0420/407117.html",
        "中央预算内投资设有“新型基础设施建设专项”，见资阳市2022年中央预算内投资项目向上争取工作指南目录 http://www.readingdadsjournals.com/details.aspx?id=4009。专项自身的申报条件、支持比例未找到出处[NF]；按国家发展改革委定义（“两新一重”分类）判断是否属于支持范围，为本插件的解读");

    // ---- 水利 ----

    public static readonly PolicySource WaterScope = PolicySource.Sourced(
        "中央预算内投资水利专项（资阳市2022年中央预算内投资项目向上争取工作指南“水利项目”）；2020年《政府工作报告》：加强交通、水利等重大工程建设",
        "http://www.readingdadsjournals.com/details.aspx?id=4009",
        "政府工作报告见 http://big5.china.com.cn/lianghui/news/2020-05/22/content_76076484.shtml。专项的申报条件、支持比例未找到出处[NF]（原文未取得）；按所属领域为水利或“两新一重”分类归入重大工程-水利判断，为本插件的解读");

    // ---- 城市燃气管道等老化更新改造 ----

    public static readonly PolicySource GasRenovationScope = PolicySource.Sourced(
        "城市燃气管道等老化更新改造中央预算内投资专项（2022年起）：重点支持城市燃气、排水、供水、供热等管道老化更新改造；平顶山2023年项目主要为更新改造户外庭院管网、老化铝塑管，更换户内金属波纹管，加装自闭阀和报警器",
        "https://pds.gov.cn/contents/7/155383.html",
        "平顶山日报2023-07-11（2022年中心城区4个项目获5023万元，2023年6个项目获5883万元）；燃气、排水、供水、供热见云南省发展改革委下达2022年计划的转载 http://scylsj.com/blog/_278021_352989.html（第三方）。专项起点见插件参数 gasRenovationSupported。2024年起是否并入“城市地下管网及设施”专项（仅见标题“城市地下管网及设施中央预算内投资专项管理办法2024年790号”）未核实");

    public static readonly PolicySource GasRenovationRatio = PolicySource.Sourced(
        "《城市燃气管道等老化更新改造和保障性安居工程中央预算内投资专项管理暂行办法》（国家发展改革委，2022年7月）：补助资金原则上按东部、中部、西部、东北地区分别不高于对应非专业经营单位和工商业用户产权的老化更新改造投资（不包括征地拆迁费用）的30%、45%、60%、60%控制，四省涉藏州县和南疆四地州原则上不高于80%，西藏可达100%",
        "http://laiyan.com.cn/Index/casedetail/id/2257.html",
        "第三方转载（企业网站新闻，2022-07-12），须对照原文核对；与平顶山2023年实例吻合（河南属中部，5883/13081≈45%）——该实例只是一例，未作为规则。2024年后比例是否调整未核实");

    public static readonly PolicySource RegionGroups = PolicySource.CommonlyKnown(
        "国家统计局东部、中部、西部和东北四大地区划分（按区划代码前两位所属省份归类）",
        note: "通行口径，未对照原文核对；四省涉藏州县和南疆四地州的区划范围同为通行口径，见插件参数 gasRenovationSpecialAreas");

    // ---- 应急物资保障体系和粮食仓储设施 ----

    public static readonly PolicySource EmergencyReservesScope = PolicySource.Sourced(
        "中央预算内投资设应急物资保障体系、粮食等重要农产品仓储设施专项（见2022年、2025年中央预算内投资项目谋划/争取指南目录）",
        "http://glass.org.cn/hyzx/202503/18/12806.html",
        "资阳市2022年指南目录“粮食等重要农产品仓储设施建设” http://www.readingdadsjournals.com/details.aspx?id=4009。支持比例[NF]，专项自身的申报条件未找到出处；按所属领域为物资储备判断，为本插件的解读");

    // ---- 农网改造升级 ----

    public static readonly PolicySource RuralGridScope = PolicySource.Sourced(
        "农村电网改造升级：财政部拨付农村电网升级改造中央资本金79.72亿元、中央农网还贷资金143.52亿元，推进新一轮农村电网改造升级",
        "http://bbs.bbs.yazhoubei8.com/news/51e999863.html",
        "另见 https://www.byqsc.net/wap/index.php?itemid=7723&moduleid=21。中央资金以资本金方式注入项目法人（电网企业）；支持比例未找到出处，本渠道不测算金额。农网还贷资金不属中央预算内投资，未建模。“配电网”“电网改造”等词按任务说明作为范围词，城市配电网项目也会命中，须人工复核");

    public static readonly PolicySource RuralGridForms = PolicySource.Sourced(
        "企业投资项目只能采取投资补助、贷款贴息方式安排中央预算内投资；农村电网改造升级的中央资金以中央资本金方式安排",
        "https://home.wuhan.gov.cn/gzdt_93640/202510/t20251018_2661920.shtml",
        "中央资本金见 http://bbs.bbs.yazhoubei8.com/news/51e999863.html；据此本专项企业投资项目（电网企业）也可申请资本金注入，为本插件的解读");

    public static readonly PolicySource RuralGridTargets = PolicySource.Sourced(
        "新一轮农村电网改造升级目标：到2020年农村电网供电可靠率达到99.8%，综合电压合格率达到97.9%，户均配变容量不低于2千伏安",
        "http://bbs.bbs.yazhoubei8.com/news/51e999863.html",
        "全国性目标，本插件作为项目评分项（不决定结论）；2020年之后的目标未找到出处，参数自2021-01-01 终止，之后评分项不适用");

    /// <summary>超长期特别国债 projects take no 中央预算内投资: the rule 超长期特别国债 states, read from the other side.</summary>
    public static readonly PolicySource NoUltraLongBonds = PolicySource.Sourced(
        "中国工程咨询协会团体标准《超长期特别国债项目申报工作指南（征求意见稿）》（2025年11月）：已获中央预算内投资支持的项目不予支持（另有规定的除外）；同一项目不同时安排超长期特别国债和中央预算内投资",
        "http://13runyund.com/news_detail_541.html",
        "超长期特别国债一侧的排除（已获或拟安排中央预算内投资的项目不予支持）从中央预算内投资一侧同样适用：同一项目不同时使用两类中央资金，须择一申报。原文为征求意见稿，以当年正式通知为准");
}
