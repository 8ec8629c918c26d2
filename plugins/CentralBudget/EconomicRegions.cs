namespace Reserve.Plugins.CentralBudget;

/// <summary>The four regions of the national statistics (东部、中部、西部、东北) that 专项 ratios are set by.</summary>
internal enum EconomicRegion
{
    [ZhName("东部地区")] East,
    [ZhName("中部地区")] Central,
    [ZhName("西部地区")] West,
    [ZhName("东北地区")] Northeast,
}

/// <summary>
/// Places a 6-digit 区划代码 in its region by the province (first two digits). The grouping is the
/// commonly cited statistical one (国家统计局东部、中部、西部和东北四大地区划分, commonly known, not checked against the original), stable across policy years, so it
/// is code rather than a dated parameter.
/// </summary>
internal static class EconomicRegions
{
    private static readonly Dictionary<string, EconomicRegion> ByProvince = new(StringComparer.Ordinal)
    {
        ["11"] = EconomicRegion.East, // 北京
        ["12"] = EconomicRegion.East, // 天津
        ["13"] = EconomicRegion.East, // 河北
        ["14"] = EconomicRegion.Central, // 山西
        ["15"] = EconomicRegion.West, // 内蒙古
        ["21"] = EconomicRegion.Northeast, // 辽宁
        ["22"] = EconomicRegion.Northeast, // 吉林
        ["23"] = EconomicRegion.Northeast, // 黑龙江
        ["31"] = EconomicRegion.East, // 上海
        ["32"] = EconomicRegion.East, // 江苏
        ["33"] = EconomicRegion.East, // 浙江
        ["34"] = EconomicRegion.Central, // 安徽
        ["35"] = EconomicRegion.East, // 福建
        ["36"] = EconomicRegion.Central, // 江西
        ["37"] = EconomicRegion.East, // 山东
        ["41"] = EconomicRegion.Central, // 河南
        ["42"] = EconomicRegion.Central, // 湖北
        ["43"] = EconomicRegion.Central, // 湖南
        ["44"] = EconomicRegion.East, // 广东
        ["45"] = EconomicRegion.West, // 广西
        ["46"] = EconomicRegion.East, // 海南
        ["50"] = EconomicRegion.West, // 重庆
        ["51"] = EconomicRegion.West, // 四川
        ["52"] = EconomicRegion.West, // 贵州
        ["53"] = EconomicRegion.West, // 云南
        ["54"] = EconomicRegion.West, // 西藏
        ["61"] = EconomicRegion.West, // 陕西
        ["62"] = EconomicRegion.West, // 甘肃
        ["63"] = EconomicRegion.West, // 青海
        ["64"] = EconomicRegion.West, // 宁夏
        ["65"] = EconomicRegion.West, // 新疆
    };

    /// <summary>The region of a 区划代码; null when the code is absent or names no province we know.</summary>
    public static EconomicRegion? Of(string? regionCode) =>
        regionCode is { Length: 6 } && ByProvince.TryGetValue(regionCode[..2], out var region) ? region : null;

    public static bool IsTibet(string regionCode) => regionCode.StartsWith("54", StringComparison.Ordinal);
}
