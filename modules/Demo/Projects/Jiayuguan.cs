using Bogus;

namespace Reserve.Demo.Projects;

/// <summary>
/// Place names of the seed city, 嘉峪关 (division code 620200). The city has no counties: its three 区
/// are functional districts without division codes of their own, so every record carries 620200.
/// Road and compound names are composed from common local roots; they are plausible, not a survey.
/// </summary>
internal static class Jiayuguan
{
    public const string City = "嘉峪关市";
    public const string RegionCode = "620200";

    /// <summary>The 文号 abbreviation of the city's organs (嘉发改…, 嘉环审…).</summary>
    public const string DocPrefix = "嘉";

    public const string AreaCode = "0937";

    public static readonly string[] Districts = ["雄关区", "镜铁区", "长城区"];

    public static readonly string[] Towns = ["新城镇", "峪泉镇", "文殊镇"];

    public static readonly IReadOnlyDictionary<string, string[]> VillagesByTown = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["新城镇"] = ["新城村", "横沟村", "野麻湾村", "观蒲村", "长城村", "中沟村", "泥沟村", "安远沟村"],
        ["峪泉镇"] = ["嘉峪关村", "黄草营村", "峪泉村", "断山口村"],
        ["文殊镇"] = ["河口村", "塔湾村", "冯家沟村", "石桥村", "文殊村"],
    };

    public static readonly string[] Parks = ["嘉东工业园区", "嘉北工业园区", "嘉峪关国际港务区", "嘉西光伏产业园"];

    public static readonly string[] RoadRoots =
    [
        "新华", "雄关", "胜利", "兰新", "五一", "建设", "迎宾", "长城", "文化", "体育", "绿化", "友谊",
        "和平", "祁连", "朝阳", "南湖", "东湖", "明珠", "讨赖", "峪泉", "镜铁", "金港", "丝路", "嘉东",
        "紫轩", "光明", "滨河", "育才", "前进", "酒钢",
    ];

    public static readonly string[] CompoundRoots =
    [
        "建设", "迎宾", "胜利", "朝阳", "新华", "五一", "紫轩", "明珠", "雄关", "绿化", "峪苑", "金港",
        "南苑", "北苑", "东湖", "西湖", "钢城", "祁连", "和诚", "嘉苑", "丽苑", "阳光", "康乐", "福民",
        "安居", "兰新", "镜铁", "文化", "友谊", "园丁", "矿山", "冶金",
    ];

    public static readonly string[] Reservoirs = ["大草滩", "双泉", "黑山湖"];

    public static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八"];

    private static readonly string[] Directions = ["东", "西", "南", "北", "中"];

    /// <summary>Composes a road name such as 新华南路, 迎宾大道 or 五一街.</summary>
    public static string Road(Faker f)
    {
        var root = f.Pick(RoadRoots);
        return f.Random.Int(0, 99) switch
        {
            < 15 => root + "大道",
            < 30 => root + "街",
            < 55 => root + f.Pick(Directions) + "路",
            _ => root + "路",
        };
    }
}

/// <summary>Where a pattern puts its project; decides the 建设地点 text.</summary>
internal enum SiteKind
{
    /// <summary>A street in one of the three districts.</summary>
    Urban,
    /// <summary>A village in one of the three towns.</summary>
    Rural,
    /// <summary>An industrial park or the 国际港务区.</summary>
    Park,
    /// <summary>City-wide works (管网, 平台): the address names the city or a district.</summary>
    CityWide,
}

/// <summary>
/// One drawn location. Every part is filled whatever the kind, so a name template may use any of them;
/// the kind only decides which parts make up the address.
/// </summary>
internal sealed record Site(
    string District,
    string Town,
    string Village,
    string Road,
    string OtherRoad,
    string Compound,
    string Park,
    string Address)
{
    /// <summary>The park with the city in front, as project names write it: 嘉峪关嘉东工业园区, 嘉峪关国际港务区.</summary>
    public string ParkFullName => Park.StartsWith("嘉峪关", StringComparison.Ordinal) ? Park : "嘉峪关" + Park;

    public static Site Draw(Faker f, SiteKind kind)
    {
        var district = f.Pick(Jiayuguan.Districts);
        var town = f.Pick(Jiayuguan.Towns);
        var village = f.Pick(Jiayuguan.VillagesByTown[town]);
        var road = Jiayuguan.Road(f);
        var otherRoad = Jiayuguan.Road(f);
        while (otherRoad == road)
        {
            otherRoad = Jiayuguan.Road(f);
        }
        var compound = f.Pick(Jiayuguan.CompoundRoots);
        var park = f.Pick(Jiayuguan.Parks);
        var address = kind switch
        {
            SiteKind.Urban => FormattableString.Invariant($"{Jiayuguan.City}{district}{road}{f.Random.Int(1, 320)}号"),
            SiteKind.Rural => $"{Jiayuguan.City}{town}{village}",
            SiteKind.Park => $"{Jiayuguan.City}{park}",
            _ => f.Chance(0.5) ? Jiayuguan.City + "城区" : Jiayuguan.City + district,
        };
        return new Site(district, town, village, road, otherRoad, compound, park, address);
    }
}
