using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.ProvincialOldCommunities;

/// <summary>
/// The national sources the rules borrow, each with the confidence the
/// reference gives it. None is the Gansu 实施方案 (not obtained), so every note says that applying
/// it to the provincial 专项 is an inference.
/// </summary>
internal static class OldCommunitySources
{
    public const string Inferred = "甘肃省城镇老旧小区改造省级专项实施方案原文未取得（原文未取得），适用于省级专项系据表（“老旧小区改造：see the next block”）推定，须对照省级文件核实";

    /// <summary>G6 definition: what an old compound is and which years it was built in.</summary>
    public static readonly PolicySource Definition = PolicySource.Sourced(
        "《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》（国办发〔2020〕23号）：城镇老旧小区指城市或县城（城关镇）建成年代较早、失养失修失管、市政配套设施不完善、社区服务设施不健全、居民改造意愿强烈的住宅小区（含单栋住宅楼），重点改造2000年底前建成的小区",
        "https://chaoyang.gov.cn/html/CYSZF/202305/0168480690447880.html",
        "另见 http://www.ettaleb.com/henan/yhxw/2021/0303/517670.html 。" + Inferred);

    /// <summary>G6 exclusions of the Shanxi 2020 call for the 中央预算内 老旧小区配套 batch.</summary>
    public static readonly PolicySource Exclusions = PolicySource.Sourced(
        "山西省2020年城镇老旧小区改造配套基础设施中央预算内投资申报通知：棚户区改造（拆除重建）项目、以居民自建住房为主的区域和城中村不纳入",
        "http://www.zt-9jc.com.cn/qiche/202004119606.html",
        "（中央预算内投资渠道的地方申报通知）。" + Inferred);

    /// <summary>Resident will: required by the definition, evidenced by the consultation (a typical material).</summary>
    public static readonly PolicySource ResidentWill = PolicySource.CommonlyKnown(
        "国办发〔2020〕23号将“居民改造意愿强烈”列为城镇老旧小区的条件（有出处）；以居民意愿征询（问卷、签字）作为证明为通行做法",
        "https://chaoyang.gov.cn/html/CYSZF/202305/0168480690447880.html",
        "改造方案附居民意愿证明 [CK]；同意比例门槛在参考资料中没有，未设。" + Inferred);

    /// <summary>年度改造计划: a typical material, not found in an official text.</summary>
    public static readonly PolicySource AnnualPlan = PolicySource.CommonlyKnown(
        "申报的老旧小区改造项目须已纳入城镇老旧小区改造年度计划",
        note: "通行说法，未核对官方原文。" + Inferred);

    /// <summary>The 失信 exclusion of the same Shanxi call, carried over to the provincial 专项.</summary>
    public static readonly PolicySource Dishonest = BaselineSources.DishonestExclusion with
    {
        Note = "（中央预算内投资渠道的地方申报通知）。" + Inferred,
    };

    /// <summary>G6 typical materials.</summary>
    public static readonly PolicySource TypicalMaterials = PolicySource.CommonlyKnown(
        "老旧小区改造申报常见材料：纳入年度改造计划、改造方案及居民意愿证明、可研或实施方案批复、资金筹措方案、后续长效管理安排",
        note: "通行说法。" + Inferred);

    /// <summary>The provincial checklist itself, which nobody has seen.</summary>
    public static readonly PolicySource ProvincialMaterials = PolicySource.Unverified(
        "甘肃省城镇老旧小区改造省级专项实施方案规定的申报材料",
        "原文未取得（原文未取得），须向省住房城乡建设厅、省发展改革委或市级部门索取当年实施方案");
}
