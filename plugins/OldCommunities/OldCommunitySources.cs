using Reserve.Sdk.Rules;

namespace Reserve.Plugins.OldCommunities;

/// <summary>
/// The policy texts behind this channel's own rules, with their confidence
///. Kept in one place so that a reviewer checking a source against the official
/// text finds every rule that leans on it.
/// </summary>
internal static class OldCommunitySources
{
    /// <summary>国办发〔2020〕23号: what a 城镇老旧小区 is, and the 2000 focus.</summary>
    public static readonly PolicySource Definition = PolicySource.Sourced(
        "《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》（国办发〔2020〕23号）：城镇老旧小区指城市或县城（城关镇）建成年代较早、失养失修失管、市政配套设施不完善、社区服务设施不健全、居民改造意愿强烈的住宅小区（含单栋住宅楼），重点改造2000年底前建成的小区",
        "https://chaoyang.gov.cn/html/CYSZF/202305/0168480690447880.html",
        "另见驻马店市实施意见转述 http://www.ettaleb.com/henan/yhxw/2021/0303/517670.html");

    /// <summary>The Shanxi 2020 call for the 老旧小区配套 batch: its exclusions.</summary>
    public static readonly PolicySource Shanxi2020Exclusions = PolicySource.Sourced(
        "山西省2020年城镇老旧小区改造配套基础设施中央预算内投资申报通知：棚户区改造（拆除重建）项目、以居民自建住房为主的区域和城中村不纳入；地方建设资金未落实、当年不能开工、审批手续不完善的项目不予安排",
        "http://www.zt-9jc.com.cn/qiche/202004119606.html",
        "");

    /// <summary>Able to start within the plan year, funds in place; and not for finished projects.</summary>
    public static readonly PolicySource StartWithinYear = PolicySource.Sourced(
        "山西省2020年老旧小区配套中央预算内投资申报通知：当年不能开工的项目不予安排；国家发展改革委下达保障性安居工程2021年第一批中央预算内投资计划：不得安排用于规定时间内无法开工建设的项目",
        "http://www.zt-9jc.com.cn/qiche/202004119606.html",
        "2021年计划通知见 https://news.zhaofang.com/316.html （新闻转述）；“不得用于已完工项目”见《城市燃气管道等老化更新改造和保障性安居工程中央预算内投资专项管理暂行办法》第四条（第三方转载 https://guoturen.com/guihua-1564.html ，现有资料未收录）");

    /// <summary>地方建设资金落实: the same notices, read against the funding plan of the record.</summary>
    public static readonly PolicySource LocalFundsInPlace = PolicySource.Sourced(
        "国家发展改革委下达保障性安居工程2021年第一批中央预算内投资计划：不得安排用于地方各项建设资金未落实的项目；山西省2020年申报通知：地方资金未落实的项目不予安排",
        "http://www.zt-9jc.com.cn/qiche/202004119606.html",
        "判断口径为本插件的建模：除中央预算内投资外的计划资金来源须覆盖总投资减去本渠道可补助上限后的余额");

    /// <summary>年度改造计划 inclusion: a typical material, not found in an official text.</summary>
    public static readonly PolicySource AnnualPlan = PolicySource.CommonlyKnown(
        "申报中央补助的老旧小区改造项目须已纳入城镇老旧小区改造年度计划",
        note: "通行说法，未核对官方原文");

    /// <summary>居民意愿: the requirement is sourced, the 2/3 threshold is not.</summary>
    public static readonly PolicySource ResidentConsent = PolicySource.Unverified(
        "国办发〔2020〕23号将“居民改造意愿强烈”列为城镇老旧小区的条件之一（有出处）；同意改造户数比例不低于三分之二的门槛为各地常见做法，未找到全国统一规定",
        "门槛数值未核实，见插件参数 minResidentConsent；上线前须以本省、本市实施方案核对");

    /// <summary>The 中央预算内 subsidy per household and the 核定建安投资 bound.</summary>
    public static readonly PolicySource SubsidyCap = PolicySource.Sourced(
        "2019年中央预算内投资老旧小区配套基础设施指导标准每户不超过2万元；补助额不超过支持范围内改造内容的核定建安投资",
        "https://pxhct.com/portal.php?aid=2152&mod=view",
        "建安投资上限见 https://yhhmip.com/system/2020/11/07/030275540.shtml");

    /// <summary>Content classes: names sourced, the 保基本 priority only commonly known.</summary>
    public static readonly PolicySource RenovationClasses = PolicySource.CommonlyKnown(
        "城镇老旧小区改造内容分为基础类、完善类、提升类（类别名称有出处）；中央补助按“保基本”原则重点支持基础类改造内容",
        "https://chaoyang.gov.cn/html/CYSZF/202305/0168480690447880.html",
        "各类内容 [CK]；“重点支持基础类”为国办发〔2020〕23号的通行表述，未核对原文");

    /// <summary>Several payers (residents, owner units, pipeline companies).</summary>
    public static readonly PolicySource SharedFunding = PolicySource.CommonlyKnown(
        "老旧小区改造资金由政府与居民、产权单位、管线单位等合理共担，资金筹措方案列明各方出资",
        note: "通行说法；武汉城市更新资金表单含产权单位出资、居民出资、管线/运营单位出资 [S-code]");

    /// <summary>The 中央预算内 application checklist (order 45/2016 practice).</summary>
    public static readonly PolicySource CentralMaterials = PolicySource.Sourced(
        "中央预算内投资补助项目申报材料：资金申请报告、可研批复（政府投资项目）、项目单位真实性承诺等",
        "https://kybg.chinabgao.com/viewpoint/3672.html",
        "第三方转载；报告格式见发改办投资〔2024〕1049号 http://hyhxt.com/news3/2025-01-07/521.html");

    /// <summary>The 老旧小区-specific materials, only commonly known.</summary>
    public static readonly PolicySource TypicalMaterials = PolicySource.CommonlyKnown(
        "老旧小区改造申报常见材料：纳入年度改造计划、改造方案及居民意愿证明、可研或实施方案批复、资金筹措方案、后续长效管理安排",
        note: "通行说法");
}
