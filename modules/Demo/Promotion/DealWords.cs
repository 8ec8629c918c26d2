namespace Reserve.Demo.Promotion;

/// <summary>
/// Our own word lists for demo deals: project patterns per industry (name and 建设内容), investor name parts,
/// places in 嘉峪关 and the people who follow deals. No Bogus locale: its zh_CN data pairs Chinese surnames with
/// English company suffixes.
/// </summary>
internal static class DealWords
{
    /// <summary>A project pattern: the name's tail, the 建设内容, the investment range (万元) and the investor's trade words.</summary>
    public sealed record Pattern(string Name, string Scale, decimal MinInvestment, decimal MaxInvestment, string Trade);

    public static readonly IReadOnlyDictionary<string, Pattern[]> ByIndustry = new Dictionary<string, Pattern[]>(StringComparer.Ordinal)
    {
        ["清洁能源"] =
        [
            new("光伏发电项目", "建设光伏组件阵列、逆变升压设施及场内集电线路，配套建设110千伏升压站", 20000m, 400000m, "新能源科技"),
            new("风电项目", "安装风力发电机组及箱式变压器，配套建设升压站和送出线路", 30000m, 600000m, "新能源"),
            new("电化学储能电站项目", "建设磷酸铁锂储能电池舱、变流升压一体机及能量管理系统", 15000m, 200000m, "储能科技"),
            new("绿氢制备及储运一体化项目", "建设电解水制氢装置、储氢罐区及加氢站", 30000m, 300000m, "氢能科技"),
        ],
        ["先进制造"] =
        [
            new("不锈钢精深加工项目", "建设冷轧不锈钢精密带材生产线及配套仓储", 10000m, 120000m, "金属制品"),
            new("新能源装备制造基地项目", "建设风电塔筒、光伏支架生产车间及试验检测中心", 15000m, 150000m, "装备制造"),
            new("铝基新材料加工项目", "建设铝合金板带箔及型材生产线", 20000m, 200000m, "新材料"),
            new("高端金属结构件生产项目", "建设钢结构件智能化焊接生产线及涂装车间", 5000m, 60000m, "重工"),
        ],
        ["文化旅游"] =
        [
            new("长城文化主题度假区项目", "建设主题酒店、演艺中心、文化街区及游客服务设施", 10000m, 150000m, "文化旅游发展"),
            new("关城文旅综合体项目", "建设文创商业街区、沉浸式演艺剧场及停车场", 8000m, 80000m, "文旅产业"),
            new("戈壁房车露营基地项目", "建设房车营位、木屋民宿及配套服务中心", 2000m, 20000m, "旅游开发"),
            new("研学旅行营地项目", "建设研学教室、宿营区、户外拓展场地及餐饮服务设施", 2000m, 25000m, "教育科技"),
        ],
        ["通道物流"] =
        [
            new("多式联运物流园项目", "建设铁路专用线、集装箱堆场、仓储库房及信息平台", 20000m, 200000m, "供应链管理"),
            new("冷链仓储物流中心项目", "建设低温冷库、常温库、分拣中心及冷藏车辆停靠区", 5000m, 60000m, "冷链物流"),
            new("公铁联运物流基地项目", "建设货场、仓储设施及公路集疏运通道", 10000m, 120000m, "物流"),
        ],
        ["循环农业"] =
        [
            new("高标准设施蔬菜基地项目", "新建日光温室、钢架大棚及水肥一体化设施", 2000m, 30000m, "农业科技"),
            new("肉牛规模化养殖及加工项目", "建设标准化牛舍、饲草料库及屠宰分割车间", 5000m, 60000m, "牧业"),
            new("酿酒葡萄种植及酒庄项目", "种植酿酒葡萄并建设发酵车间、酒窖及品鉴中心", 5000m, 50000m, "酒业"),
        ],
        ["节能环保"] =
        [
            new("工业固废综合利用项目", "建设钢渣、尾矿等工业固废预处理及建材制品生产线", 5000m, 80000m, "环保科技"),
            new("废旧动力电池回收利用项目", "建设电池拆解、梯次利用及再生材料生产线", 8000m, 100000m, "资源再生"),
            new("城市生活垃圾焚烧发电项目", "建设垃圾焚烧炉、余热锅炉及汽轮发电机组", 20000m, 120000m, "环境工程"),
        ],
        ["数据信息"] =
        [
            new("绿色算力中心项目", "建设数据中心机房、供配电及制冷系统，部署算力服务器机柜", 20000m, 300000m, "数据科技"),
            new("工业互联网平台项目", "建设工业互联网标识解析节点及企业上云服务平台", 3000m, 30000m, "信息技术"),
        ],
        ["中医中药"] =
        [
            new("中药材精深加工项目", "建设中药饮片、提取物生产车间及检测中心", 3000m, 40000m, "生物医药"),
            new("道地药材种植加工基地项目", "建设药材规范化种植基地、产地初加工及仓储设施", 2000m, 20000m, "药业"),
        ],
        ["清洁生产"] =
        [
            new("钢铁超低排放改造配套项目", "建设烧结烟气脱硫脱硝及除尘设施", 10000m, 100000m, "节能科技"),
            new("余热余压发电项目", "建设余热锅炉、汽轮发电机组及配套设施", 5000m, 50000m, "能源服务"),
        ],
        ["军民融合"] =
        [
            new("核技术应用产业园项目", "建设辐照加工中心、同位素应用研发楼及标准化厂房", 10000m, 100000m, "核技术应用"),
            new("特种材料加工项目", "建设特种合金熔炼及精密加工生产线", 8000m, 80000m, "特种材料"),
        ],
        ["其他"] =
        [
            new("商业综合体项目", "建设购物中心、写字楼及地下停车场", 10000m, 100000m, "置业"),
            new("职业技能实训基地项目", "建设实训楼、学员公寓及配套设施", 3000m, 30000m, "教育发展"),
        ],
    };

    /// <summary>How often each industry occurs among demo deals (a steel city with wind, sun and the 关城).</summary>
    public static readonly (string Industry, int Weight)[] IndustryWeights =
    [
        ("清洁能源", 22), ("先进制造", 20), ("文化旅游", 12), ("通道物流", 10), ("循环农业", 9), ("节能环保", 9),
        ("数据信息", 6), ("中医中药", 4), ("清洁生产", 4), ("军民融合", 2), ("其他", 2),
    ];

    /// <summary>Where investors come from: 招商 aims at 省外 capital, with some from within the province.</summary>
    public static readonly (string Origin, int Weight)[] Origins =
    [
        ("上海", 8), ("江苏", 10), ("浙江", 10), ("深圳", 7), ("广东", 6), ("北京", 8), ("天津", 3), ("山东", 6),
        ("陕西", 5), ("四川", 4), ("福建", 4), ("宁夏", 3), ("新疆", 3), ("甘肃", 10), ("兰州", 5), ("嘉峪关", 4),
    ];

    /// <summary>Investor 字号, composed of two characters each so that few real names are hit by chance.</summary>
    public static readonly string[] BrandFirst = ["恒", "瑞", "华", "鼎", "宏", "嘉", "泰", "晟", "隆", "盛", "远", "润", "同", "正", "启", "昱", "博", "丰", "汇", "昌"];

    public static readonly string[] BrandSecond = ["泰", "达", "澜", "元", "峰", "祥", "信", "源", "拓", "川", "岳", "辰", "禾", "宇", "策", "衡", "诚", "驰", "钧", "朗"];

    public static readonly (string Suffix, int Weight)[] Suffixes = [("有限公司", 6), ("股份有限公司", 2), ("集团有限公司", 2)];

    /// <summary>Sites of the city (区划 620200).</summary>
    public static readonly string[] Sites =
    [
        "嘉峪关工业园区嘉北片区", "嘉峪关工业园区嘉东片区", "嘉峪关国际港务区", "峪泉镇", "文殊镇", "新城镇",
        "雄关区", "镜铁区", "长城区", "讨赖河沿岸", "嘉峪关关城景区周边",
    ];

    /// <summary>The sites of <see cref="Sites"/> that are parks a deal lands in.</summary>
    public static readonly string[] Parks = ["嘉峪关工业园区嘉北片区", "嘉峪关工业园区嘉东片区", "嘉峪关国际港务区"];

    /// <summary>招商方式 of a deal signed outside any event.</summary>
    public static readonly string[] OtherMethods = ["以商招商", "委托招商", "地企联合招商", "网络招商", "驻点招商", "产业链招商"];

    /// <summary>The 产业链 a demo deal of an industry belongs to (illustrative names in the manner of a city's chain list).</summary>
    public static readonly IReadOnlyDictionary<string, string> Chains = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["清洁能源"] = "新能源及装备制造产业链", ["先进制造"] = "钢铁及精深加工产业链", ["清洁生产"] = "铝及铝制品产业链",
        ["文化旅游"] = "文化旅游产业链", ["通道物流"] = "现代物流产业链", ["循环农业"] = "现代农业产业链",
        ["节能环保"] = "固废资源综合利用产业链", ["数据信息"] = "数据信息产业链",
    };

    /// <summary>The department that follows a deal of an industry; 商务局 follows any as the 招商 department.</summary>
    public static readonly IReadOnlyDictionary<string, string> LeadDepartment = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["清洁能源"] = "发改委", ["先进制造"] = "工信局", ["文化旅游"] = "文旅局", ["通道物流"] = "商务局",
        ["循环农业"] = "农业农村局", ["节能环保"] = "生态环境局", ["数据信息"] = "工信局", ["中医中药"] = "卫健委",
        ["清洁生产"] = "工信局", ["军民融合"] = "工信局", ["其他"] = "商务局",
    };

    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "马", "周", "吴", "徐", "孙", "何", "郭", "高", "罗", "魏", "韩", "雒", "祁", "党", "贾", "石", "牛"];

    public static readonly string[] GivenNames = ["志强", "海燕", "建军", "丽娟", "文博", "晓东", "红梅", "国庆", "小军", "静", "磊", "婷", "永刚", "玉兰", "鹏飞", "嘉豪", "雪莲", "振华", "瑞", "新民"];

    /// <summary>Reasons a deal is put back a stage, as departments record them.</summary>
    public static readonly (DealStageBack Back, string Reason)[] BackReasons =
    [
        (DealStageBack.LandedToSigned, "项目用地手续未能按期落实，退回签约阶段继续协调"),
        (DealStageBack.LandedToSigned, "投资方注册的项目公司注销后重新注册，落地时间以新公司为准"),
        (DealStageBack.SignedToIntent, "投资方调整投资计划，正式合同暂缓执行，转为意向跟踪"),
    ];

    /// <summary>The backward moves the demo uses.</summary>
    public enum DealStageBack
    {
        LandedToSigned,
        SignedToIntent,
    }
}
