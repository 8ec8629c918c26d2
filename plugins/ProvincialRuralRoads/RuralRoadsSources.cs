using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.ProvincialRuralRoads;

/// <summary>
/// The sources behind the channel's rules. The Gansu 2020 农村道路 专项实施方案 was not found
/// (domain-channels.md §2.7, §8 [NF]); every rule is borrowed from a national channel the program draws
/// on, keeps that source's confidence, and says in its note that the provincial use is an inference.
/// </summary>
internal static class RuralRoadsSources
{
    private const string Kaerdandun = "http://www.kaerdandun.com/a/xwzx/hyzx/20250902/8446.html";
    private const string Mg7199 = "http://m.mg7199.com/news/show-4826.html";

    /// <summary>Added to the note of every borrowed source.</summary>
    public const string Inference =
        "省级专项套用：甘肃省2020年农村道路省级专项实施方案原文未取得（原文未取得），本条取自该专项对接的国家渠道，按推定适用于省级专项，上线前须对照省级文件核实";


    /// <summary>The scope itself is the guess: only the program's name is known.</summary>
    public static readonly PolicySource Scope = PolicySource.Unverified(
        "甘肃省“八个省级专项”之农村道路专项（2020年，实施方案原文未取得）：支持范围按专项名称及其对接的国家渠道（车购税农村公路补助、中央预算内投资农村公路、地方政府专项债券交通基础设施）推定",
        "原文未取得。所属领域（scopeFields）和范围用语（scopeWords）为本插件推定，见插件参数；无来源支持按年份变化，2020年与2025年相同。上线前须对照省级实施方案核实");

    /// <summary>专项债 may fund 交通基础设施 (a 2020 priority area [S]); its money must balance (§2.2, §10).</summary>
    public static readonly PolicySource BondBalance = PolicySource.Sourced(
        "地方政府专项债券：项目收益与融资自求平衡，本息覆盖倍数不低于1.0；交通基础设施为2020年专项债券重点投向领域（财政部《关于加快地方政府专项债券发行使用有关工作的通知》）" + BorrowedRules.Marker,
        Kaerdandun,
        "第三方资料；1.0 底线依据已发行专项债披露卡；重点领域为财政部通知摘录 [S]，未记录网址。仅在资金来源计划列有专项债券时适用。" + Inference);

    /// <summary>Whether a plan drawing on these channels ranks higher in the provincial program is the guess.</summary>
    public static readonly PolicySource NationalChannels = PolicySource.Unverified(
        "农村道路专项通常对接的国家渠道：车购税农村公路补助（交通运输部、省交通运输厅）[CK]；中央预算内投资（往年计划含农村公路）[S] " + Mg7199 + "；地方政府专项债券（交通基础设施为2020年重点领域）[S]",
        "省级专项按资金来源是否对接国家渠道评分为推定；车购税补助记入资金来源“中央财政其他资金”为本插件的归类。渠道清单见插件参数 nationalFundingLines，无来源支持按年份变化");

    /// <summary>The approval file the national channels ask for (§2.1 Required materials).</summary>
    public static readonly PolicySource Materials = PolicySource.Sourced(
        "中央预算内投资申报材料：政府投资项目附可研批复，企业投资项目附核准或备案文件（国家发展改革委令2016年第45号，第三方转载）" + BorrowedRules.Marker,
        "https://kybg.chinabgao.com/viewpoint/3672.html",
        "第三方转载；省级专项申报材料未取得。" + Inference);

    /// <summary>The programme as the shared routed-programme rules read it; declared last, after the sources it holds.</summary>
    public static readonly RoutedProgram Programme = new("NCDL", "农村道路", "农村公路、乡村道路", "农村道路", Inference)
    {
        Scope = Scope,
        BondBalance = BondBalance,
        NationalChannels = NationalChannels,
        Materials = Materials,
    };
}
