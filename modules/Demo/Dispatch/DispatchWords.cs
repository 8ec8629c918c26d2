namespace Reserve.Demo.Dispatch;

/// <summary>
/// Our own Chinese phrases for demo reports: 形象进度, 存在问题, 需协调事项 with the unit that usually owns them,
/// 症结 and 措施 — the wording of city dispatch sheets, not a Bogus locale.
/// </summary>
internal static class DispatchWords
{
    public static readonly string[] PreStartProgress =
    [
        "正在开展施工图设计，已完成初步设计批复",
        "施工图审查中，招标文件编制完成",
        "完成场地平整和临建搭设，等待施工许可",
        "正在办理用地手续，完成地勘外业",
        "完成可研批复，初步设计编制中",
    ];

    public static readonly string[] WorkProgress =
    [
        "基础施工中，完成土方开挖",
        "主体结构施工中",
        "管网敷设持续推进",
        "路基工程施工中，完成清表和软基处理",
        "设备基础浇筑完成，钢结构安装中",
        "二次结构及机电安装施工中",
        "室外配套工程施工中",
        "屋面及外立面装饰施工中",
    ];

    public static readonly string[] FinishProgress = ["完成竣工验收，进入试运行", "主体工程完工，正在组织竣工验收"];

    public static readonly string[] StopProgress = ["受冬季低温影响暂停室外施工", "因征迁问题暂停施工", "因资金未到位暂缓施工"];

    public static readonly string[] Problems =
    [
        "建设用地报批进度滞后",
        "地方配套资金到位不足",
        "征地拆迁尚未完成",
        "施工图审查周期较长",
        "供电、供水等外部配套条件未落实",
        "砂石等地材价格上涨，施工成本增加",
        "专项债券资金拨付进度偏慢",
    ];

    /// <summary>需协调事项 with the 责任单位 that would act on it.</summary>
    public static readonly (string Matter, string Unit)[] Coordination =
    [
        ("协调加快建设用地组卷报批", "市自然资源局"),
        ("协调拨付专项债券资金", "市财政局"),
        ("协调办理建筑工程施工许可", "市住房和城乡建设局"),
        ("协调完成供电线路迁改", "国网嘉峪关供电公司"),
        ("协调完成项目区征地拆迁", "雄关区人民政府"),
        ("协调办理环评批复", "市生态环境局"),
        ("协调办理林地使用手续", "市林业和草原局"),
    ];

    public static readonly string[] Causes =
    [
        "用地预审和规划选址手续尚未办结，无法办理施工许可",
        "初步设计及概算批复滞后，施工图设计未完成",
        "资本金未足额落实，融资方案尚在论证",
        "征地拆迁涉及群众诉求，协商未完成",
        "环评批复尚未取得",
    ];

    public static readonly string[] Measures =
    [
        "包抓领导每周召开推进会，自然资源、住建部门并联审批，压缩办理时限",
        "实行容缺受理、先承诺后补办，同步推进施工图审查和招标准备",
        "积极争取专项债券和中央预算内资金，落实资本金后立即开工",
        "属地政府牵头做好群众工作，限期完成征地拆迁",
    ];

    /// <summary>倒排工期 milestones and how many days before the target start each is due.</summary>
    public static readonly (string Name, int DaysBeforeStart)[] Milestones =
    [
        ("完成初步设计及概算批复", 75),
        ("完成施工图设计及审查", 50),
        ("完成施工招标", 30),
        ("办理建筑工程施工许可", 12),
        ("开工建设", 0),
    ];

    /// <summary>Last year's investment by month, in percent of the year (winter months are slow in Gansu); sums to 100.</summary>
    public static readonly int[] MonthlyShares = [2, 3, 8, 10, 11, 11, 11, 11, 10, 9, 8, 6];
}
