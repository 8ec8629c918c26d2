using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.ProvincialWaterNetwork;

/// <summary>
/// The sources behind the channel's rules. The Gansu 2020 水网 专项实施方案 was not found
/// (domain-channels.md §2.7, §8 [NF]); every rule is borrowed from a national channel the program draws
/// on, keeps that source's confidence, and says in its note that the provincial use is an inference.
/// </summary>
internal static class WaterNetworkSources
{
    private const string Kaerdandun = "http://www.kaerdandun.com/a/xwzx/hyzx/20250902/8446.html";
    private const string ZiyangGuide = "http://www.readingdadsjournals.com/details.aspx?id=4009";

    /// <summary>Added to the note of every borrowed source.</summary>
    public const string Inference =
        "省级专项套用：甘肃省2020年水网省级专项实施方案原文未取得（原文未取得），本条取自该专项对接的国家渠道，按推定适用于省级专项，上线前须对照省级文件核实";


    /// <summary>The scope itself is the guess: only the program's name is known.</summary>
    public static readonly PolicySource Scope = PolicySource.Unverified(
        "甘肃省“八个省级专项”之水网专项（2020年，实施方案原文未取得）：支持范围按专项名称及其对接的国家渠道（中央预算内投资水利专项、水利部资金、地方政府专项债券农林水利）推定为水库、引调水、供水和灌区工程",
        "原文未取得，甘肃水网具体内容未取得。所属领域（scopeFields）和范围用语（scopeWords）为本插件推定，见插件参数；无来源支持按年份变化，2020年与2025年相同。上线前须对照省级实施方案核实");

    /// <summary>专项债 may fund 农林水利 (a 2020 priority [S]; 水利 as 资本金 [CK]); its money must balance (§2.2, §10).</summary>
    public static readonly PolicySource BondBalance = PolicySource.CommonlyKnown(
        "地方政府专项债券：项目收益与融资自求平衡，本息覆盖倍数不低于1.0；农林水利为2020年专项债券重点投向领域，水利项目可使用专项债券作项目资本金" + BorrowedRules.Marker,
        Kaerdandun,
        "覆盖倍数1.0底线为第三方资料 [S, 3rd-party]，依据已发行专项债披露卡；农林水利为2020年重点领域 [S]（财政部通知摘录，未记录网址）；水利可用专项债券作资本金为通行说法 [CK]（表“水网”行）。仅在资金来源计划列有专项债券时适用。" + Inference);

    /// <summary>Whether a plan drawing on these channels ranks higher in the provincial program is the guess.</summary>
    public static readonly PolicySource NationalChannels = PolicySource.Unverified(
        "水网专项对接的国家渠道：中央预算内投资水利专项（各地年度专项清单列有水利，如资阳市2022年 [S] " + ZiyangGuide + "）；水利部资金（记入“中央财政其他资金”，未标注来源）；地方政府专项债券（农林水利为2020年重点领域 [S]，水利可作资本金 [CK]）",
        "省级专项按资金来源是否对接国家渠道评分为推定；水利部资金记入“中央财政其他资金”为本插件的归类。所列超长期特别国债“城市地下管网（供排水）”未列入表“水网”行，未纳入。渠道清单见插件参数 nationalFundingLines，无来源支持按年份变化");

    /// <summary>The approval file the national channels ask for (§2.1 Required materials).</summary>
    public static readonly PolicySource Materials = PolicySource.Sourced(
        "中央预算内投资申报材料：政府投资项目附可研批复，企业投资项目附核准或备案文件（国家发展改革委令2016年第45号，第三方转载）" + BorrowedRules.Marker,
        "https://kybg.chinabgao.com/viewpoint/3672.html",
        "第三方转载；省级专项申报材料未取得。" + Inference);

    /// <summary>The programme as the shared routed-programme rules read it; declared last, after the sources it holds.</summary>
    public static readonly RoutedProgram Programme = new("SW", "水网", "水库、供水、灌区或水网", "水库、供水、灌区或水网工程", Inference)
    {
        Scope = Scope,
        BondBalance = BondBalance,
        NationalChannels = NationalChannels,
        Materials = Materials,
    };
}
