using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.ProvincialNewInfrastructure;

/// <summary>
/// The national sources the rules borrow, with their confidence. None is the
/// Gansu 实施方案 (not obtained), so every note says that applying it to the provincial 专项 is an inference.
/// </summary>
internal static class NewInfrastructureSources
{
    public const string Inferred = "甘肃省新基建省级专项实施方案原文未取得（原文未取得），适用于省级专项系据表所列承接渠道（中央预算内新型基础设施建设专项、专项债、政策性金融工具）推定，须对照省级文件核实";

    /// <summary>新基建 row: the NDRC three-category definition, as the SDK classifier encodes it.</summary>
    public static readonly PolicySource Definition = PolicySource.Sourced(
        "国家发展改革委2020年4月20日新闻发布会：新型基础设施包括信息基础设施（5G、物联网、工业互联网、卫星互联网，人工智能、云计算、区块链，数据中心、智算中心）、融合基础设施（智能交通、智慧能源）、创新基础设施（重大科技基础设施、科教基础设施、产业技术创新基础设施）",
        "http://money.3news.cn/lcgs/2020/0420/407117.html",
        "另见 https://arcticray.com/scitech/6935.html 。分类由 SDK 的“两新一重”分类器按所属领域和名称、建设内容中的词判定。" + Inferred);

    public static readonly PolicySource Dishonest = BaselineSources.DishonestExclusion with
    {
        Note = "（中央预算内投资申报通知）。" + Inferred,
    };

    public static readonly PolicySource ApprovalMaterials = PolicySource.Sourced(
        "中央预算内投资补助项目申报材料：可研批复（政府投资项目）或核准、备案文件（企业投资项目）",
        "https://kybg.chinabgao.com/viewpoint/3672.html",
        "第三方，第三方转载。" + Inferred);

    public static readonly PolicySource ProvincialMaterials = PolicySource.Unverified(
        "甘肃省新基建省级专项实施方案规定的申报材料",
        "原文未取得（原文未取得），须向省发展改革委或市发展改革委索取当年实施方案");
}
