using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.ProvincialPowerGrid;

/// <summary>
/// The sources behind the channel's rules. The Gansu 2020 电网 专项实施方案 was not found
/// (domain-channels.md §2.7, §8 [NF]); every rule is borrowed from a national channel the program draws
/// on, keeps that source's confidence, and says in its note that the provincial use is an inference.
/// </summary>
internal static class GridSources
{
    private const string Kaerdandun = "http://www.kaerdandun.com/a/xwzx/hyzx/20250902/8446.html";
    private const string RuralGrid = "http://bbs.bbs.yazhoubei8.com/news/51e999863.html";

    /// <summary>Added to the note of every borrowed source.</summary>
    public const string Inference =
        "省级专项套用：甘肃省2020年电网省级专项实施方案原文未取得（原文未取得），本条取自该专项对接的国家渠道，按推定适用于省级专项，上线前须对照省级文件核实";


    /// <summary>The scope itself is the guess: only the program's name is known.</summary>
    public static readonly PolicySource Scope = PolicySource.Unverified(
        "甘肃省“八个省级专项”之电网专项（2020年，实施方案原文未取得）：支持范围按专项名称及其对接的国家渠道（农网改造升级中央资本金和农网还贷资金、地方政府专项债券城乡电网）推定为农网、配电网和输变电工程",
        "原文未取得。所属领域（scopeFields）和范围用语（scopeWords）为本插件推定，见插件参数；无来源支持按年份变化，2020年与2025年相同。上线前须对照省级实施方案核实");

    /// <summary>The 新一轮农网改造升级 targets for 2020 [S]; later targets were not found.</summary>
    public static readonly PolicySource RuralGridTargets = PolicySource.Sourced(
        "新一轮农村电网改造升级（中央资本金79.72亿元）：到2020年农村电网供电可靠率达到99.8%、综合电压合格率达到97.9%、户均配变容量不低于2千伏安" + BorrowedRules.Marker,
        RuralGrid,
        "（2016年新闻）。为农网2020年目标，按项目建成后供电区域的指标评分；2021年以后的目标未取得，没有来源支持按年份变化，仍按此值。" + Inference);

    /// <summary>专项债 may fund 城乡电网 (as 资本金 [CK]); its money must balance (§2.2, §10).</summary>
    public static readonly PolicySource BondBalance = PolicySource.CommonlyKnown(
        "地方政府专项债券：项目收益与融资自求平衡，本息覆盖倍数不低于1.0；城乡电网可使用专项债券（可作项目资本金）" + BorrowedRules.Marker,
        Kaerdandun,
        "覆盖倍数1.0底线为第三方资料 [S, 3rd-party]，依据已发行专项债披露卡；城乡电网可用专项债券作资本金为通行说法 [CK]（表“电网”行）。仅在资金来源计划列有专项债券时适用。" + Inference);

    /// <summary>Whether a plan drawing on these channels ranks higher in the provincial program is the guess.</summary>
    public static readonly PolicySource NationalChannels = PolicySource.Unverified(
        "电网专项对接的国家渠道：农网改造升级中央资本金（中央预算内投资）和农网还贷资金 [S] " + RuralGrid + "；地方政府专项债券（城乡电网可作资本金）[CK]",
        "省级专项按资金来源是否对接国家渠道评分为推定；农网还贷资金在资金来源分类中没有对应项，未计入。渠道清单见插件参数 nationalFundingLines，无来源支持按年份变化");

    /// <summary>The approval file the national channels ask for (§2.1 Required materials).</summary>
    public static readonly PolicySource Materials = PolicySource.Sourced(
        "中央预算内投资申报材料：政府投资项目附可研批复，企业投资项目附核准或备案文件（国家发展改革委令2016年第45号，第三方转载）" + BorrowedRules.Marker,
        "https://kybg.chinabgao.com/viewpoint/3672.html",
        "第三方转载；省级专项申报材料未取得。" + Inference);

    /// <summary>The programme as the shared routed-programme rules read it; declared last, after the sources it holds.</summary>
    public static readonly RoutedProgram Programme = new("DW", "电网", "农网、配电网或输变电", "电网工程", Inference)
    {
        Scope = Scope,
        BondBalance = BondBalance,
        NationalChannels = NationalChannels,
        Materials = Materials,
        // Grid works are 核准 projects; a 核准 not started within two years has lapsed (国务院令第673号).
        AuthorizationMayLapse = true,
    };
}
