using Reserve.Sdk.Rules;

namespace Reserve.Plugins.UltraLongBonds;

/// <summary>
/// The policy texts behind the channel's rules and materials, with the confidence
/// the research gives them. The hard conditions come from a draft 团体标准 reprinted by a third party
/// ([S, 3rd-party]); the notes say so, and that applying them from 2024 is this plugin's assumption.
/// </summary>
internal static class UltraLongBondsSources
{
    private const string DraftStandardUrl = "http://13runyund.com/news_detail_541.html";
    private const string DraftStandard = "中国工程咨询协会团体标准《超长期特别国债项目申报工作指南（征求意见稿）》（2025年11月）";
    private const string DraftNote =
        "第三方转载的征求意见稿，非正式发布文本（第三方转载）；本插件自2024年渠道设立起适用其条件为推定，须对照当年国家发展改革委申报通知核实";

    private const string IssuanceUrl = "https://gubaposthk.eastmoney.com/news,cjpl,1551494835.html";
    private const string DehongUrl = "http://www.dehongzixun.com/post-8428.html";

    public static readonly PolicySource Scope = PolicySource.Sourced(
        DraftStandard + "：项目须属于当年“两重”“两新”支持范围，支持范围逐年更新",
        DraftStandardUrl,
        DraftNote + "。范围清单见参数 twoMajorNamedAreas（国家发展改革委点名领域，有出处：" + IssuanceUrl + "、" + DehongUrl + "）与 twoMajorDirections（“两重”建设方向，通行说法 [CK]）；“两新”（设备更新、以旧换新）不在本渠道");

    public static readonly PolicySource SpecialPlan = PolicySource.Sourced(
        DraftStandard + "：项目须纳入地方或行业专项规划，技术路线成熟、建设方案清晰、要素保障落实",
        DraftStandardUrl,
        DraftNote + "。技术路线、建设方案、要素保障三项无法由项目记录判断，未建模");

    public static readonly PolicySource Completion = PolicySource.Sourced(
        DraftStandard + "：未开工项目须在资金下达后能实质性开工；已开工项目投资完成比例不超过80%",
        DraftStandardUrl,
        DraftNote + "。80%见参数 maxCompletionRatio；与2025年新型政策性金融工具的“在建项目完成投资不超过80%”为同一口径的跨渠道约束");

    public static readonly PolicySource NoCentralBudget = PolicySource.Sourced(
        DraftStandard + "：已获中央预算内投资支持的项目不予支持（另有规定的除外）",
        DraftStandardUrl,
        DraftNote + "。跨渠道约束（设计文档“Matching”）：除已获支持外，资金来源计划中拟安排中央预算内投资的项目同样排除，同一项目不同时使用两类中央资金");

    public static readonly PolicySource Dishonest = PolicySource.Sourced(
        DraftStandard + "：项目单位被列入失信联合惩戒对象名单、严重失信主体名单或安全生产严重失信主体名单的，不予支持",
        DraftStandardUrl,
        DraftNote);

    public static readonly PolicySource NegativeList = PolicySource.Sourced(
        DraftStandard + "：含房地产开发、楼堂馆所、形象工程和政绩工程内容的项目不予支持",
        DraftStandardUrl,
        DraftNote + "。清单按日期取自参数 negativeList；“形象/政绩工程”对应负面清单内容“形象工程”");

    public static readonly PolicySource PreWork = PolicySource.Sourced(
        DraftStandard + "：优先支持用地（用海）、环评、用能等手续完备的项目；已审批（核准、备案）但部分手续未办结的，可由政府或部门出具书面承诺函，明确办理时限和责任人",
        DraftStandardUrl,
        DraftNote + "。本插件解读：三项手续须已办结或已作容缺承诺（书面承诺函），二者皆无的不予支持；审批（核准、备案）本身不接受承诺，见 BASE-APPROVAL。用地对应“用地预审与选址意见书”，用能对应“节能审查”");

    public static readonly PolicySource Materials = PolicySource.CommonlyKnown(
        "超长期特别国债项目申报材料与中央预算内投资类似：达到可研深度的资金申请报告及审批（核准、备案）、用地、环评、节能审查文件；审核内容为合规性、必要性、可行性和预期效益",
        DehongUrl,
        "通行说法；审核四方面见第三方 " + DehongUrl + " [S, 3rd-party]");

    public static readonly PolicySource CommitmentLetter = PolicySource.Sourced(
        DraftStandard + "：手续未办结的，由政府或部门出具书面承诺函，明确办理时限和责任人",
        DraftStandardUrl,
        DraftNote + "。承诺函的办理时限以容缺承诺前期工作的到期日（expires）体现");
}
