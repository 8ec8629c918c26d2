using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.ProvincialMaterialReserves;

/// <summary>
/// The sources behind the rules. The national 专项 are known only as entries in 专项 lists, so the scope rule
/// is unverified: both what they fund and that the provincial 专项 is confined to them are inferences.
/// </summary>
internal static class MaterialReserveSources
{
    public const string Inferred = "甘肃省重大物资储备省级专项实施方案原文未取得（原文未取得），适用于省级专项系据表推定，须对照省级文件核实";

    /// <summary>重大物资储备 row: the two 中央预算内 专项 appear by name in 2022/2025 专项 lists.</summary>
    public static readonly PolicySource Scope = PolicySource.Unverified(
        "中央预算内投资应急物资保障体系专项、粮食等重要农产品仓储设施专项（专项名称见2022、2025年向上争取工作指南目录）",
        "专项名称有出处（：资阳市2022年指南 http://www.readingdadsjournals.com/details.aspx?id=4009 ；2025年谋划指南 http://glass.org.cn/hyzx/202503/18/12806.html ），但支持范围、比例未取得（[NF]）；用以判断范围的词取自专项名称，省级专项只承接这两类亦系推定。" + Inferred);

    public static readonly PolicySource Dishonest = BaselineSources.DishonestExclusion with
    {
        Note = "（中央预算内投资申报通知）。" + Inferred,
    };

    public static readonly PolicySource ApprovalMaterials = PolicySource.Sourced(
        "中央预算内投资补助项目申报材料：可研批复（政府投资项目）或核准、备案文件（企业投资项目）",
        "https://kybg.chinabgao.com/viewpoint/3672.html",
        "第三方，第三方转载。" + Inferred);

    public static readonly PolicySource ProvincialMaterials = PolicySource.Unverified(
        "甘肃省重大物资储备省级专项实施方案规定的申报材料",
        "原文未取得（原文未取得），须向省发展改革委、省粮食和物资储备局或市级部门索取当年实施方案");
}
