using Reserve.Sdk.Rules;

namespace Reserve.Promotion.Metrics;

/// <summary>Which 招商 metric.</summary>
public enum PromotionMetric
{
    Performance,
    Landing,
    Start,
    Production,
    FundsArrival,
}

/// <summary>
/// A metric as shown beside its figure: its name, its definition in Chinese, where the definition comes from
/// and how far that is checked, and published examples of the metric in use.
/// </summary>
public sealed record MetricDefinition(PromotionMetric Metric, string Name, string Definition, PolicySource Source, IReadOnlyList<PolicySource> Examples);

/// <summary>
/// The definitions used in 招商引资 reporting practice. 履约率, 落地率 and 资金到位率 are given there as [CK] (commonly
/// known, not checked against an official text). 开工率 and 投产率 are reported in the sources but §6 gives no
/// formula for them: the same denominator as 落地率 (签约项目) is assumed and marked 未核实. The local 口径
/// should be confirmed with the client (§8 item 7).
/// </summary>
public static class MetricDefinitions
{
    private const string Section = "招商引资工作通行统计口径";

    private static readonly PolicySource Yunnan = PolicySource.Sourced(
        "云南省投资促进局：招商引资项目履约率、落地率、开工率、资金到位率", "https://invest.yn.gov.cn/ZWArticleInfo.aspx?id=9263", "§6 [S]，同一组指标在其他省份的使用");

    private static readonly PolicySource Lanzhou19th = PolicySource.Sourced(
        "第十九届兰洽会（2013）签约1093个项目、6129.09亿元，至2015年8月到位率45.59%、开工率82.98%、建成率36.69%", "http://ytjhdl.cn/xy/zs/363899.html", "§6 [S]（第三方页面）");

    private static readonly PolicySource Gansu23rd = PolicySource.Sourced(
        "第二十三届兰洽会：年底前开工率达65%、资金到位率达20%", "http://gansu.gscn.com.cn/system/2017/05/13/011702261.shtml", "§6 [S]，省级目标（标题列表）");

    private static readonly PolicySource Qingyang = PolicySource.Sourced(
        "庆阳市商务局：招商引资项目投产率", "https://swj.zgqingyang.gov.cn/xwzx/gzdt/content_185266", "§6 [S]");

    public static MetricDefinition Performance { get; } = new(
        PromotionMetric.Performance, "履约率",
        "履约率 = 按合同推进的项目数 ÷ 签约项目数。签约项目指统计日（含）以前已签约且仍处于签约及以后阶段的项目；“按合同推进”以统计日（含）以前最近一次履约核查的结论为准，未核查的项目计入分母、不计入分子。",
        PolicySource.CommonlyKnown($"{Section}：履约率 = 按合同推进的项目 ÷ 签约项目", note: "[CK] 通行口径，未与官方文件核对"),
        [Yunnan]);

    public static MetricDefinition Landing { get; } = new(
        PromotionMetric.Landing, "落地率",
        "落地率 = 已落地项目数 ÷ 签约项目数。已落地指统计日（含）以前已进入落地（注册/供地）及以后阶段（开工、投产）。",
        PolicySource.CommonlyKnown($"{Section}：落地率 = 已落地项目 ÷ 签约项目", note: "[CK] 通行口径，未与官方文件核对"),
        [Yunnan]);

    public static MetricDefinition Start { get; } = new(
        PromotionMetric.Start, "开工率",
        "开工率 = 已开工项目数 ÷ 签约项目数。已开工指统计日（含）以前已进入开工及投产阶段。",
        PolicySource.Unverified($"{Section}：开工项目数/开工率 按兰洽会届次统计 [S]，但未给出公式",
            "分母按落地率同口径（签约项目）推定，须向委托方确认本地口径"),
        [Lanzhou19th, Gansu23rd, Yunnan]);

    public static MetricDefinition Production { get; } = new(
        PromotionMetric.Production, "投产率",
        "投产率 = 已投产项目数 ÷ 签约项目数。已投产指统计日（含）以前已进入投产（建成）阶段。",
        PolicySource.Unverified($"{Section}：投产率 [S 庆阳]、建成率 [S 甘肃] 见于报道，但未给出公式",
            "分母按落地率同口径（签约项目）推定，须向委托方确认本地口径"),
        [Qingyang, Lanzhou19th]);

    public static MetricDefinition FundsArrival { get; } = new(
        PromotionMetric.FundsArrival, "资金到位率",
        "资金到位率 = 累计到位资金 ÷ 签约（合同）投资额。只计统计日（含）以前到位的资金；分子分母都只含统计日已签约的项目。",
        PolicySource.CommonlyKnown($"{Section}：资金到位率 = 累计到位资金 ÷ 签约(合同)投资额", note: "[CK] 通行口径；省级“到位资金”另按省外/境外到位资金对年度目标统计 [S]，本系统未采用该口径"),
        [Lanzhou19th, Gansu23rd]);

    public static IReadOnlyList<MetricDefinition> All { get; } = [Performance, Landing, Start, Production, FundsArrival];
}
