using Bogus;

namespace Reserve.Demo.Projects;

/// <summary>
/// The legal form of a 项目单位. It decides the first two characters of the 统一社会信用代码 (登记管理部门
/// and 机构类别 codes of GB 32100) and, for cold-chain projects, the 申报主体类型.
/// </summary>
internal enum UnitKind
{
    /// <summary>机关 (a 局, 委 or town government): registered by 机构编制, class 1.</summary>
    Agency,
    /// <summary>事业单位 (a 中心, hospital or school): 机构编制, class 2.</summary>
    PublicInstitution,
    /// <summary>A state-owned company (城投, 水务集团): 市场监管, class 1 (企业).</summary>
    StateEnterprise,
    /// <summary>A private company: 市场监管, class 1 (企业).</summary>
    PrivateEnterprise,
    /// <summary>农民专业合作社: 市场监管, class 3.</summary>
    Cooperative,
    /// <summary>家庭农场, most of which register as 个体工商户: 市场监管, class 2.</summary>
    FamilyFarm,
}

/// <summary>A 项目单位 and its legal form.</summary>
internal sealed record UnitInfo(string Name, UnitKind Kind);

/// <summary>
/// The city's own units per department, and composed enterprise names. Government-invested projects are
/// built by the department itself, one of its 事业单位, or a state-owned platform company; enterprise
/// projects by a company whose name is composed from a brand word and a trade.
/// </summary>
internal static class Units
{
    private static readonly IReadOnlyDictionary<string, UnitInfo[]> GovernmentUnits = new Dictionary<string, UnitInfo[]>(StringComparer.Ordinal)
    {
        ["发改委"] =
        [
            new("嘉峪关市发展和改革委员会", UnitKind.Agency),
            new("嘉峪关市重大项目服务中心", UnitKind.PublicInstitution),
            new("嘉峪关市国有资本投资运营有限公司", UnitKind.StateEnterprise),
        ],
        ["交通运输局"] =
        [
            new("嘉峪关市交通运输局", UnitKind.Agency),
            new("嘉峪关市公路事业发展中心", UnitKind.PublicInstitution),
            new("嘉峪关市交通建设投资有限公司", UnitKind.StateEnterprise),
        ],
        ["住建局"] =
        [
            new("嘉峪关市住房和城乡建设局", UnitKind.Agency),
            new("嘉峪关市城市建设投资开发有限公司", UnitKind.StateEnterprise),
            new("嘉峪关市房产服务中心", UnitKind.PublicInstitution),
            new("嘉峪关市市政公用事业服务中心", UnitKind.PublicInstitution),
        ],
        ["水务局"] =
        [
            new("嘉峪关市水务局", UnitKind.Agency),
            new("嘉峪关市水务集团有限公司", UnitKind.StateEnterprise),
            new("嘉峪关市水利工程建设服务中心", UnitKind.PublicInstitution),
        ],
        ["农业农村局"] =
        [
            new("嘉峪关市农业农村局", UnitKind.Agency),
            new("嘉峪关市农业技术推广中心", UnitKind.PublicInstitution),
            new("嘉峪关市农业发展投资有限公司", UnitKind.StateEnterprise),
        ],
        ["工信局"] =
        [
            new("嘉峪关市工业和信息化局", UnitKind.Agency),
            new("嘉峪关市大数据服务中心", UnitKind.PublicInstitution),
            new("嘉峪关工业园区管理委员会", UnitKind.Agency),
        ],
        ["商务局"] =
        [
            new("嘉峪关市商务局", UnitKind.Agency),
            new("嘉峪关国际港务区开发建设有限公司", UnitKind.StateEnterprise),
            new("嘉峪关市商贸物流集团有限公司", UnitKind.StateEnterprise),
        ],
        ["应急管理局"] =
        [
            new("嘉峪关市应急管理局", UnitKind.Agency),
            new("嘉峪关市应急物资保障中心", UnitKind.PublicInstitution),
        ],
        ["粮食和物资储备局"] =
        [
            new("嘉峪关市粮食和物资储备局", UnitKind.Agency),
            new("嘉峪关市粮食储备中心", UnitKind.PublicInstitution),
            new("嘉峪关市粮油储备有限公司", UnitKind.StateEnterprise),
        ],
        ["卫健委"] =
        [
            new("嘉峪关市卫生健康委员会", UnitKind.Agency),
            new("嘉峪关市第一人民医院", UnitKind.PublicInstitution),
            new("嘉峪关市妇幼保健院", UnitKind.PublicInstitution),
        ],
        ["生态环境局"] =
        [
            new("嘉峪关市生态环境局", UnitKind.Agency),
            new("嘉峪关市生态环境监测中心", UnitKind.PublicInstitution),
        ],
        ["自然资源局"] =
        [
            new("嘉峪关市自然资源局", UnitKind.Agency),
            new("嘉峪关市自然资源综合服务中心", UnitKind.PublicInstitution),
        ],
        ["文旅局"] =
        [
            new("嘉峪关市文体广电和旅游局", UnitKind.Agency),
            new("嘉峪关市文化旅游投资有限公司", UnitKind.StateEnterprise),
            new("嘉峪关市博物馆", UnitKind.PublicInstitution),
        ],
        ["教育局"] =
        [
            new("嘉峪关市教育局", UnitKind.Agency),
            new("嘉峪关市教育事业发展服务中心", UnitKind.PublicInstitution),
        ],
    };

    /// <summary>Every department the generator assigns, in a fixed order (the leader pool depends on it).</summary>
    public static IReadOnlyList<string> Departments { get; } =
    [
        "发改委", "交通运输局", "住建局", "水务局", "农业农村局", "工信局", "商务局", "应急管理局",
        "粮食和物资储备局", "卫健委", "生态环境局", "自然资源局", "文旅局", "教育局",
    ];

    /// <summary>The department's own full name (its 机关 unit), e.g. 交通运输局 → 嘉峪关市交通运输局.</summary>
    public static string FullName(string department) =>
        GovernmentUnits.TryGetValue(department, out var units) && units.FirstOrDefault(u => u.Kind == UnitKind.Agency) is { } agency
            ? agency.Name
            : "嘉峪关市" + department;

    /// <summary>Brand words of local company names (字号).</summary>
    public static readonly string[] Brands =
    [
        "雄关", "祁连", "峪泉", "嘉禾", "丝路", "戈壁", "天诚", "瑞丰", "鑫源", "恒达", "宏远", "金盛",
        "华信", "讨赖", "镜铁", "紫轩", "嘉恒", "博远", "中泰", "聚丰", "润泽", "天宇", "新锐", "祥和",
        "汇通", "荣盛", "昊天", "西域", "关城", "宏晟",
    ];

    private static readonly (string Word, int Weight)[] CompanySuffixes = [("有限公司", 6), ("有限责任公司", 3), ("股份有限公司", 1)];

    private static readonly (string Word, int Weight)[] CompanyPrefixes = [("嘉峪关", 5), ("嘉峪关市", 3), ("甘肃", 2)];

    private static readonly string[] CooperativeTrades = ["蔬菜种植", "果蔬", "葡萄种植", "设施农业", "农产品购销"];

    public static UnitInfo Government(Faker f, string department, bool companiesOnly)
    {
        var units = GovernmentUnits[department];
        if (companiesOnly)
        {
            var companies = units.Where(u => u.Kind == UnitKind.StateEnterprise).ToArray();
            if (companies.Length > 0)
            {
                return f.Pick(companies);
            }
            // A department without a platform company of its own builds through the city's investment company.
            return GovernmentUnits["发改委"][2];
        }
        return f.Pick(units);
    }

    public static UnitInfo TownGovernment(string town) => new($"{Jiayuguan.City}{town}人民政府", UnitKind.Agency);

    /// <summary>A private company such as 嘉峪关宏远新能源有限公司; the brand is the one the project name uses.</summary>
    public static UnitInfo Company(Faker f, string brand, string trade) =>
        new(f.PickWeighted(CompanyPrefixes) + brand + trade + f.PickWeighted(CompanySuffixes), UnitKind.PrivateEnterprise);

    /// <summary>The 项目公司 of a 政府和社会资本合作 project.</summary>
    public static UnitInfo ProjectCompany(string brand, string trade) =>
        new($"嘉峪关{brand}{trade}建设运营有限公司", UnitKind.PrivateEnterprise);

    public static UnitInfo Cooperative(Faker f, Site site) =>
        new($"{Jiayuguan.City}{site.Town}{site.Village}{f.Pick(CooperativeTrades)}农民专业合作社", UnitKind.Cooperative);

    public static UnitInfo FamilyFarm(Faker f, Site site) =>
        new($"{Jiayuguan.City}{site.Town}{People.FullName(f)}家庭农场", UnitKind.FamilyFarm);
}
