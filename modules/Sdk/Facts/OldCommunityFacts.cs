using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Facts;

/// <summary>
/// The one fact model of the 城镇老旧小区改造 programme, shared by the channels that fund it (the national
/// programme, the 中央预算内 保障性安居工程配套基础设施 专项 and the provincial 专项), so that one record serves them
/// all under the same keys, labels and help.
/// </summary>
public static class OldCommunityFacts
{
    public static IReadOnlyList<string> RenovationClasses { get; } = ["基础类", "完善类", "提升类"];

    public static readonly FactDescriptor BuiltYearFact = new(
        "builtYear", "建成年份", FactType.Integer, "年",
        "小区建成的年份（四位数字，如1998）；各楼栋建成年份不同的，填最晚建成一栋的年份");

    public static readonly FactDescriptor HouseholdsFact = new(
        "households", "户数", FactType.Integer, "户",
        "纳入本次改造范围的居民户数");

    public static readonly FactDescriptor ResidentConsentFact = new(
        "residentConsent", "居民同意改造比例", FactType.Number, "比例",
        "居民意愿征询中同意改造的户数 ÷ 改造范围内总户数，填0至1之间的小数（如0.85表示85%）");

    public static readonly FactDescriptor ShantyRedevelopmentFact = new(
        "isShantyRedevelopment", "是否棚改拆除重建", FactType.Boolean, null,
        "项目是否属于棚户区改造（拆除重建）；棚改不属于老旧小区改造");

    public static readonly FactDescriptor SelfBuiltOrUrbanVillageFact = new(
        "isSelfBuiltOrUrbanVillage", "是否以自建房为主或属城中村", FactType.Boolean, null,
        "改造区域是否以居民自建住房为主，或属于城中村");

    public static readonly FactDescriptor AnnualPlanFact = new(
        "inAnnualRenovationPlan", "是否纳入年度改造计划", FactType.Boolean, null,
        "小区是否已列入本地城镇老旧小区改造年度计划");

    public static readonly FactDescriptor RenovationClassFact = new(
        "renovationClass", "改造类型", FactType.Choice, null,
        "本项目主要改造内容所属类别：基础类（安全和基本生活：市政配套、楼栋公共部位）、完善类（环境及配套设施、节能、加装电梯）、提升类（公共服务设施、智慧化）",
        RenovationClasses);

    public static readonly FactDescriptor EligibleConstructionCostFact = new(
        "eligibleConstructionCost", "支持范围内建安投资", FactType.Number, "万元",
        "属于中央预算内投资支持范围的改造内容（小区内道路、供排水、供电、燃气、供热、绿化、照明、围墙、垃圾收集及社区服务设施等）的建安投资；不含城市主干道、主管网、综合管廊、广场、公园和楼栋主体改造。选填，用于测算补助上限");

    public static readonly FactDescriptor ExcludedContentFact = new(
        "includesExcludedContent", "申请中央资金的内容含不支持内容", FactType.Boolean, null,
        "申请中央预算内投资的建设内容是否含小区主体（楼栋）改造、城市主干道、主管网、综合管廊、广场或城市公园；这些内容须由其他资金安排");

    public static readonly FactDescriptor LongTermManagementFact = new(
        "hasLongTermManagement", "已明确长效管理安排", FactType.Boolean, null,
        "改造后的物业管理或长效管护机制是否已明确（申报材料）");

    public static readonly FactRef BuiltYear = FactRef.Channel(BuiltYearFact);
    public static readonly FactRef Households = FactRef.Channel(HouseholdsFact);
    public static readonly FactRef ResidentConsent = FactRef.Channel(ResidentConsentFact);
    public static readonly FactRef ShantyRedevelopment = FactRef.Channel(ShantyRedevelopmentFact);
    public static readonly FactRef SelfBuiltOrUrbanVillage = FactRef.Channel(SelfBuiltOrUrbanVillageFact);
    public static readonly FactRef AnnualPlan = FactRef.Channel(AnnualPlanFact);
    public static readonly FactRef RenovationClass = FactRef.Channel(RenovationClassFact);
    public static readonly FactRef EligibleConstructionCost = FactRef.Channel(EligibleConstructionCostFact);
    public static readonly FactRef ExcludedContent = FactRef.Channel(ExcludedContentFact);

    /// <summary>The 居民意愿征询 of the pre-work list, which shows the residents' will.</summary>
    public static readonly FactRef ResidentConsultation = FactRef.PreWork(PreWorkKind.ResidentConsultation);

    public static int? BuiltYearOf(ProjectRecord p) => FactReaders.Year(p, BuiltYearFact);

    /// <summary>A whole, positive number of households.</summary>
    public static decimal? HouseholdsOf(ProjectRecord p) =>
        FactReaders.Number(p, HouseholdsFact) is { } n && n > 0 && n == decimal.Truncate(n) ? n : null;

    /// <summary>A share between 0 and 1; a percentage written as 85 reads as missing.</summary>
    public static decimal? ResidentConsentOf(ProjectRecord p) =>
        FactReaders.Number(p, ResidentConsentFact) is { } ratio && ratio is >= 0m and <= 1m ? ratio : null;

    public static decimal? EligibleConstructionCostOf(ProjectRecord p) =>
        FactReaders.Number(p, EligibleConstructionCostFact) is { } cost && cost >= 0 ? cost : null;

    public static string? RenovationClassOf(ProjectRecord p) => FactReaders.Choice(p, RenovationClassFact);

    public static bool? Flag(ProjectRecord p, FactDescriptor fact) => FactReaders.Flag(p, fact);
}
