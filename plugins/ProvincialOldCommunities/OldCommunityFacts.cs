using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Plugins.ProvincialOldCommunities;

/// <summary>
/// The channel facts, with the keys, labels and types of the national 老旧小区 plugin so that one record
/// serves both. A value of the wrong type reads as null and is reported as missing, never as 否 or 0.
/// </summary>
internal static class OldCommunityFacts
{
    public static readonly FactDescriptor BuiltYearFact = new(
        "builtYear", "建成年份", FactType.Integer, "年",
        "小区建成的年份（四位数字，如1998）；各楼栋建成年份不同的，填最晚建成一栋的年份");

    public static readonly FactDescriptor ResidentConsentFact = new(
        "residentConsent", "居民同意改造比例", FactType.Number, "比例",
        "居民意愿征询中同意改造的户数 ÷ 改造范围内总户数，填0至1之间的小数（如0.85表示85%）；本渠道只作展示，甘肃省的同意比例门槛未取得");

    public static readonly FactDescriptor ShantyRedevelopmentFact = new(
        "isShantyRedevelopment", "是否棚改拆除重建", FactType.Boolean, null,
        "项目是否属于棚户区改造（拆除重建）；棚改不属于老旧小区改造");

    public static readonly FactDescriptor SelfBuiltOrUrbanVillageFact = new(
        "isSelfBuiltOrUrbanVillage", "是否以自建房为主或属城中村", FactType.Boolean, null,
        "改造区域是否以居民自建住房为主，或属于城中村");

    public static readonly FactDescriptor AnnualPlanFact = new(
        "inAnnualRenovationPlan", "是否纳入年度改造计划", FactType.Boolean, null,
        "小区是否已列入本地城镇老旧小区改造年度计划");

    public static readonly IReadOnlyList<FactDescriptor> All =
        [BuiltYearFact, ResidentConsentFact, ShantyRedevelopmentFact, SelfBuiltOrUrbanVillageFact, AnnualPlanFact];

    public static readonly FactRef BuiltYear = FactRef.Channel(BuiltYearFact);
    public static readonly FactRef ShantyRedevelopment = FactRef.Channel(ShantyRedevelopmentFact);
    public static readonly FactRef SelfBuiltOrUrbanVillage = FactRef.Channel(SelfBuiltOrUrbanVillageFact);
    public static readonly FactRef AnnualPlan = FactRef.Channel(AnnualPlanFact);
    public static readonly FactRef ResidentConsultation = FactRef.PreWork(PreWorkKind.ResidentConsultation);

    public static int? BuiltYearOf(ProjectRecord p) =>
        p.TryGetFact(BuiltYearFact.Key, out var v) && v.Type is FactType.Integer or FactType.Number
            && v.Number == decimal.Truncate(v.Number) && v.Number is >= 1000 and <= 9999
            ? (int)v.Number
            : null;

    public static decimal? ResidentConsentOf(ProjectRecord p) =>
        p.TryGetFact(ResidentConsentFact.Key, out var v) && v.Type is FactType.Number or FactType.Integer && v.Number is >= 0m and <= 1m
            ? v.Number
            : null;

    /// <summary>A yes/no fact; an XLSX import may leave 是/否 as text, so both forms are read.</summary>
    public static bool? Flag(ProjectRecord p, FactDescriptor descriptor)
    {
        if (!p.TryGetFact(descriptor.Key, out var v))
        {
            return null;
        }
        return v.Type switch
        {
            FactType.Boolean => v.Flag,
            FactType.Text or FactType.Choice => v.Text?.Trim() switch { "是" => true, "否" => false, _ => null },
            _ => null,
        };
    }
}
