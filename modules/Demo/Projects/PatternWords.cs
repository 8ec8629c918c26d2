namespace Reserve.Demo.Projects;

/// <summary>
/// Small word lists the pattern templates pick from. They live apart from <see cref="Patterns"/> so that
/// their initialisation never depends on the order of static fields across the partial files.
/// </summary>
internal static class PatternWords
{
    public static readonly string[] SewagePlants = ["城区", "嘉北", "嘉东工业园区", "新城镇"];

    public static readonly string[] Lanes = ["四", "六"];

    public static readonly string[] Extensions = ["东", "西", "南", "北"];

    public static readonly int[] Speeds = [40, 60, 80];

    public static readonly int[] FloodStandards = [20, 30, 50];

    public static readonly string[] WaterWorks = ["城乡供水一体化工程", "水资源配置工程", "第二水源地建设工程"];

    public static readonly int[] SubstationVoltages = [110, 330];

    public static readonly string[] TurbineSizes = ["5.0", "6.25", "6.7"];

    public static readonly int[] TransformerSizes = [50, 63];

    public static readonly string[] ScenicSpots = ["长城第一墩", "悬壁长城", "东湖生态旅游", "黑山岩画", "讨赖河"];

    public static readonly string[] OldCommunityWorks =
    [
        "屋面防水及外墙保温", "给排水及供热管网改造", "小区道路及停车位改造", "加装电梯", "绿化及照明提升",
        "安防监控及智能门禁", "充电设施建设", "社区养老托育服务设施", "适老化及无障碍改造", "雨污分流改造",
    ];

    public static readonly string[] ShelterBelts = ["北部戈壁", "嘉北", "黑山", "讨赖河北岸"];

    public static readonly Func<PatternDraw, string>[] ColdChainPlaces =
    [
        x => "嘉峪关国际港务区",
        x => x.Site.ParkFullName,
        x => Jiayuguan.City + x.Site.Town,
    ];

    public static readonly string[] Products = ["不锈钢精密带材", "铝合金型材", "硅铁合金", "装配式建筑构件", "风电塔筒", "光伏支架"];

    /// <summary>Upgrade kinds that fit any of the upgrade pattern's trades (钢铁, 铝业, 装备制造).</summary>
    public static readonly string[] Upgrades = ["生产线智能化", "节能降碳", "余热余压综合利用", "超低排放", "数字化车间"];

    public static readonly string[] ResearchAreas = ["冶金新材料", "氢能装备", "储能材料", "镁合金"];

    public static readonly string[] SurveyPlatforms = ["国土空间基础信息平台", "实景三维城市"];
}
