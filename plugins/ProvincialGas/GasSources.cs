using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.ProvincialGas;

/// <summary>
/// The sources behind the channel's rules. The Gansu 2020 燃气 专项实施方案 was not found
/// (domain-channels.md §2.7, §8 [NF]); every rule is borrowed from a national channel the program draws
/// on, keeps that source's confidence, and says in its note that the provincial use is an inference.
/// </summary>
internal static class GasSources
{
    private const string Kaerdandun = "http://www.kaerdandun.com/a/xwzx/hyzx/20250902/8446.html";
    private const string Pingdingshan = "https://pds.gov.cn/contents/7/155383.html";
    private const string UltraLongBonds = "https://gubaposthk.eastmoney.com/news,cjpl,1551494835.html";

    /// <summary>Added to the note of every borrowed source.</summary>
    public const string Inference =
        "省级专项套用：甘肃省2020年燃气省级专项实施方案原文未取得（原文未取得），本条取自该专项对接的国家渠道，按推定适用于省级专项，上线前须对照省级文件核实";


    /// <summary>The scope itself is the guess: only the program's name is known.</summary>
    public static readonly PolicySource Scope = PolicySource.Unverified(
        "甘肃省“八个省级专项”之燃气专项（2020年，实施方案原文未取得）：支持范围按专项名称及其对接的国家渠道（城市燃气管道等老化更新改造中央预算内投资、地方政府专项债券天然气管网和储气设施、超长期特别国债城市地下管网）推定为燃气管道、管网和储气设施",
        "原文未取得。所属领域（scopeFields）和范围用语（scopeWords）为本插件推定，见插件参数；省级范围本身无按年份变化的来源。上线前须对照省级实施方案核实");

    /// <summary>The 2022+ central 专项, known from one city's issuance notice.</summary>
    public static readonly PolicySource PipelineRenewal = PolicySource.Sourced(
        "城市燃气管道等老化更新改造中央预算内投资专项（2022年起）：2023年平顶山市示例，总投资13081万元、中央预算内投资5883万元，用于户外庭院管网、老化铝塑管、金属波纹管、自闭阀和报警器等更新改造" + BorrowedRules.Marker,
        Pingdingshan,
        "支持内容用语见插件参数 renewalWords，自2022-01-01起生效，2022年前本条不适用；示例中央资金约占45%为单个项目结果，不是比例规定，不据此测算金额。" + Inference);

    /// <summary>专项债 may fund gas networks (as 资本金 [CK]); its money must balance (§2.2, §10).</summary>
    public static readonly PolicySource BondBalance = PolicySource.CommonlyKnown(
        "地方政府专项债券：项目收益与融资自求平衡，本息覆盖倍数不低于1.0；天然气管网和储气设施可使用专项债券（可作项目资本金）" + BorrowedRules.Marker,
        Kaerdandun,
        "覆盖倍数1.0底线为第三方资料 [S, 3rd-party]，依据已发行专项债披露卡；天然气管网和储气设施可用专项债券作资本金为通行说法 [CK]（表“燃气”行）。仅在资金来源计划列有专项债券时适用。" + Inference);

    /// <summary>Whether a plan drawing on these channels ranks higher in the provincial program is the guess.</summary>
    public static readonly PolicySource NationalChannels = PolicySource.Unverified(
        "燃气专项对接的国家渠道：地方政府专项债券（天然气管网和储气设施）[CK]；2022年起中央预算内投资城市燃气管道等老化更新改造专项 [S] " + Pingdingshan + "；2024年起超长期特别国债城市地下管网（燃气、供排水、供热）[S] " + UltraLongBonds,
        "省级专项按资金来源是否对接国家渠道评分为推定。渠道清单按日期取值（插件参数表 nationalFundingLines）：2020年起专项债券，2022年起加中央预算内投资，2024年起加超长期特别国债");

    /// <summary>The approval file the national channels ask for (§2.1 Required materials).</summary>
    public static readonly PolicySource Materials = PolicySource.Sourced(
        "中央预算内投资申报材料：政府投资项目附可研批复，企业投资项目附核准或备案文件（国家发展改革委令2016年第45号，第三方转载）" + BorrowedRules.Marker,
        "https://kybg.chinabgao.com/viewpoint/3672.html",
        "第三方转载；省级专项申报材料未取得。" + Inference);

    /// <summary>The programme as the shared routed-programme rules read it; declared last, after the sources it holds.</summary>
    public static readonly RoutedProgram Programme = new("RQ", "燃气", "燃气管道、管网或储气设施", "燃气管道、管网或储气设施", Inference)
    {
        Scope = Scope,
        BondBalance = BondBalance,
        NationalChannels = NationalChannels,
        Materials = Materials,
    };
}
