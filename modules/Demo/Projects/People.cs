using Bogus;

namespace Reserve.Demo.Projects;

/// <summary>
/// Chinese personal names and phone numbers, from our own lists: Bogus's zh_CN locale pairs surnames
/// with English company suffixes ("严 LLC"), which would look wrong on a 发改委 screen.
/// </summary>
internal static class People
{
    /// <summary>Common real surnames (the most frequent ones nationally, plus a few common in Gansu).</summary>
    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
        "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "肖", "程", "曹",
        "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛",
        "叶", "闫", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚",
        "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白", "崔", "康", "毛", "邱", "秦", "江", "史",
        "顾", "侯", "邵", "孟", "龙", "万", "段", "雷", "钱", "汤", "尹", "常", "武", "乔", "贺", "牛",
        "祁", "党", "雒", "管",
    ];

    private static readonly string[] GivenNameCharacters =
    [
        "建", "国", "军", "华", "明", "平", "伟", "强", "磊", "涛", "斌", "勇", "杰", "峰", "刚", "辉",
        "鹏", "波", "宁", "静", "丽", "娟", "敏", "燕", "霞", "红", "芳", "玲", "梅", "萍", "琴", "英",
        "慧", "婷", "洁", "雪", "晶", "瑞", "文", "海", "林", "鑫", "宇", "浩", "博", "嘉", "泽", "凯",
        "亮", "东", "新", "春", "志", "永", "庆", "福", "玉", "兰", "秀", "成", "德", "荣", "祥", "生",
        "学", "忠", "兴", "保", "军", "彦", "睿", "婧",
    ];

    private static readonly string[] MobilePrefixes =
        ["139", "138", "137", "136", "135", "150", "151", "152", "158", "159", "180", "181", "189", "177", "153", "133", "199"];

    public static string FullName(Faker f)
    {
        var surname = f.Pick(Surnames);
        var given = f.Pick(GivenNameCharacters);
        return f.Chance(0.7) ? surname + given + f.Pick(GivenNameCharacters) : surname + given;
    }

    /// <summary>联系人及电话: a name and either a city landline (0937-6xxxxxx) or a mobile number.</summary>
    public static string Contact(Faker f)
    {
        var phone = f.Chance(0.3)
            ? $"{Jiayuguan.AreaCode}-6{f.Digits(6)}"
            : f.Pick(MobilePrefixes) + f.Digits(8);
        return FullName(f) + " " + phone;
    }
}

/// <summary>
/// The city leaders who 包抓 projects. A city has one mayor, one executive vice mayor and a handful of
/// vice mayors, each in charge of a few departments; drawing a fresh "X副市长" per record would invent
/// dozens of leaders, so the pool is drawn once per run and departments are shared out among them.
/// </summary>
internal sealed class CityLeaders
{
    private readonly string _mayor;
    private readonly string _executiveViceMayor;
    private readonly Dictionary<string, string> _byDepartment = new(StringComparer.Ordinal);

    public CityLeaders(Faker f, IReadOnlyList<string> departments)
    {
        var surnames = f.Random.Shuffle(People.Surnames.Take(40)).Take(7).ToArray();
        _mayor = surnames[0] + "市长";
        _executiveViceMayor = surnames[1] + "常务副市长";
        var viceMayors = surnames.Skip(2).Select(s => s + "副市长").ToArray();
        // The executive vice mayor usually keeps 发改委 and finance-facing work; the rest rotate.
        for (var i = 0; i < departments.Count; i++)
        {
            _byDepartment[departments[i]] = departments[i] == "发改委" ? _executiveViceMayor : viceMayors[i % viceMayors.Length];
        }
    }

    /// <summary>
    /// The leader for a project: large projects are often taken by the mayor or the executive vice mayor;
    /// the rest go to the vice mayor in charge of the department.
    /// </summary>
    public string For(Faker f, string department, decimal totalInvestment)
    {
        if (totalInvestment >= 50000m && f.Chance(0.5))
        {
            return f.Chance(0.4) ? _mayor : _executiveViceMayor;
        }
        return _byDepartment.TryGetValue(department, out var leader) ? leader : _executiveViceMayor;
    }
}
