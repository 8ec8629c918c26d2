using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.ProvincialColdChain;

/// <summary>
/// The national sources the rules borrow, each with its confidence. None is
/// the Gansu 实施方案 itself (not obtained), so every note says that applying it to the provincial
/// 专项 is an inference.
/// </summary>
internal static class ColdChainSources
{
    public const string Inferred = "甘肃省冷链物流省级专项实施方案原文未取得（原文未取得），适用于省级专项系据表所列承接渠道推定，须对照省级文件核实";

    /// <summary>冷链物流 row (a) and (b): what the national channels fund.</summary>
    public static readonly PolicySource Scope = PolicySource.Sourced(
        "《城乡冷链和国家物流枢纽建设中央预算内投资专项管理办法》：支持公共冷库新建、改扩建和智能化改造，服务肉类屠宰加工及流通的冷链物流设施，国家物流枢纽和国家骨干冷链物流基地补短板；农业农村部《关于加快农产品仓储保鲜冷链设施建设的实施意见》（2020年）：支持农产品仓储保鲜冷链设施（通风贮藏库、机械冷库、气调贮藏库、预冷及配套设施）",
        "http://hbzyjz.com/news/detail/93/139109.html",
        "第三方转载；农业农村部部分见 http://www.edwinrobertcarter.com/News/IndustryDynamics/show-1364.html（(a)(b) [S]）。" + Inferred);

    /// <summary>冷链物流 row (b): the 农业农村部 2020 programme, which named Gansu among its 16 provinces.</summary>
    public static readonly PolicySource FarmProgram2020 = PolicySource.Sourced(
        "农业农村部《关于加快农产品仓储保鲜冷链设施建设的实施意见》（2020年）：在河北、山西、辽宁、山东、湖北、湖南、广西、海南、四川、重庆、贵州、云南、陕西、甘肃、宁夏、新疆16省支持县级以上示范家庭农场和农民合作社示范社建设农产品仓储保鲜冷链设施；自主建设、定额补助、先建后补、以奖代补；补助不超过设施造价的30%（湖北省和贫困地区放宽至50%），单个主体不超过100万元；经新农直报平台申请、审核、验收、发放",
        "http://www.edwinrobertcarter.com/News/IndustryDynamics/show-1364.html",
        "第三方（新农直报平台政策要点，2020-05-25），(b) [S]；文号未载明。该项目在甘肃实施有出处；" + Inferred);

    /// <summary>冷链物流 row, "later years": the minimum size of one cold store.</summary>
    public static readonly PolicySource ColdStoreMinimum = PolicySource.Sourced(
        "2022年农村农产品保鲜冷库建设项目（国家财政资金）补助政策及申报指南：冷库容量不低于100吨、容积不少于500立方米；土地、生活、办公、围墙等非项目功能建设不得纳入补贴和总投资范围",
        "http://www.kawaygolf.com/8016.html",
        "第三方县级申报指南。起始年份取2021-01-01（2020年之后的第一个年度）为推定；原文“不低于100吨、容积不少于500立方米”也可读作两项同时满足，本插件本插件读作满足其一；出处属农业农村部产地冷藏保鲜设施，用于整个省级专项（含企业主体）亦系推定。" + Inferred);

    /// <summary>The 失信 exclusion of 中央预算内 practice, carried over to the provincial 专项.</summary>
    public static readonly PolicySource Dishonest = BaselineSources.DishonestExclusion with
    {
        Note = "（中央预算内投资申报通知）。" + Inferred,
    };

    /// <summary>What the 农业农村部 route asks for: filing through 新农直报, acceptance before payment.</summary>
    public static readonly PolicySource FarmMaterials = FarmProgram2020 with
    {
        Citation = "农业农村部2020年仓储保鲜冷链设施补助：经新农直报平台申请、审核、验收、发放；先建后补，验收合格后拨付",
    };

    /// <summary>Approval documents: the 中央预算内 checklist, the only application checklist on record.</summary>
    public static readonly PolicySource ApprovalMaterials = PolicySource.Sourced(
        "中央预算内投资补助项目申报材料：可研批复（政府投资项目）或核准、备案文件（企业投资项目）",
        "https://kybg.chinabgao.com/viewpoint/3672.html",
        "第三方，第三方转载。" + Inferred);

    /// <summary>The provincial checklist itself, which nobody has seen.</summary>
    public static readonly PolicySource ProvincialMaterials = PolicySource.Unverified(
        "甘肃省冷链物流省级专项实施方案规定的申报材料",
        "原文未取得（原文未取得），须向省发展改革委或市发展改革委索取当年实施方案");
}
