using Reserve.Sdk.Rules;

namespace Reserve.Dispatch;

/// <summary>
/// The definitions (口径) of the dispatch metrics, each with its source and confidence.
/// gives 开工率, 复工率, 开复工率, 投资完成率 and 超/慢序时进度 as [CK] — typical, to be confirmed against the
/// local 口径 — with one sourced example of “超过时间进度13.8个百分点”. The growth figures are the statistical
/// 同比 convention, which §5 does not list: they are marked as commonly known with that said.
/// </summary>
public static class MetricDefinitions
{
    private const string Section5 = "项目调度指标通行口径（需与本地口径核对）";

    public static MetricDefinition StartRate { get; } = new("startRate", "开工率",
        "已开工的新开工项目数 ÷ 计划新开工项目数（年度计划中类别为新开工的全部项目）。以报告的本年开工日期为准，开工后又停工的仍计为已开工。",
        PolicySource.CommonlyKnown(Section5));

    public static MetricDefinition StartRateByPlannedDate { get; } = new("startRateByPlannedDate", "开工率（按期间计划）",
        "已开工的、计划开工日期不晚于统计日的新开工项目数 ÷ 计划开工日期不晚于统计日的新开工项目数。",
        PolicySource.CommonlyKnown(Section5, note: "开工率有时按期间计划计算"));

    public static MetricDefinition ResumeRate { get; } = new("resumeRate", "复工率",
        "已复工的续建项目数 ÷ 续建项目总数。以报告的本年复工日期为准，复工后又停工的仍计为已复工（当前停工数另列）。",
        PolicySource.CommonlyKnown(Section5));

    public static MetricDefinition StartOrResumeRate { get; } = new("startOrResumeRate", "开复工率",
        "（已开工的新开工项目数 + 已复工的续建项目数）÷（计划新开工项目数 + 续建项目数）。预备项目不计入。",
        PolicySource.CommonlyKnown(Section5));

    public static MetricDefinition CompletionRate { get; } = new("completionRate", "投资完成率",
        "本年累计完成投资 ÷ 年度计划投资。累计完成投资取各项目截至统计日已结束的最近一期报告的本年累计数。",
        PolicySource.CommonlyKnown(Section5));

    public static MetricDefinition TimeElapsed { get; } = new("timeElapsed", "时间进度（序时进度）",
        "统计日是本年的第几天 ÷ 全年天数（平年365天，闰年366天），统计日当天计入。",
        PolicySource.CommonlyKnown(Section5, note: "按日计算；有的地方按已过月数÷12，请核对本地口径"));

    public static MetricDefinition ScheduleGap { get; } = new("scheduleGap", "超/慢序时进度",
        "投资完成率 − 时间进度，单位为百分点：为正是超序时进度，为负是慢序时进度。",
        PolicySource.CommonlyKnown(Section5,
            "https://456150.com.cn/bmpd/jmsfzhggj/zwgk/tjfx/zdxmxxtj/content/post_1584634.html",
            "例：“超过时间进度13.8个百分点”（有出处）"));

    public static MetricDefinition Growth { get; } = new("growth", "投资增速（同比）",
        "（本年1—M月累计完成投资 − 上年1—M月累计完成投资）÷ 上年1—M月累计完成投资；M为统计日已结束的最后一个月（统计日为月末时即当月）。",
        PolicySource.CommonlyKnown("统计同比增速的通行算法", note: "调度指标口径未列出此项，按统计通行算法"));

    public static MetricDefinition GapToTarget { get; } = new("growthGap", "增速与目标差距",
        "投资增速 − 年度增长目标，单位为百分点；年度增长目标由本市设定（系统配置）。",
        PolicySource.CommonlyKnown("统计同比增速的通行算法", note: "目标值来自配置 Reserve:Dispatch:GrowthTargetPercentByYear"));

    public static MetricDefinition PlannedGrowth { get; } = new("plannedGrowth", "计划增速",
        "年度计划投资 ÷ 上年完成投资 − 1，即年度计划比上年实际增长多少。",
        PolicySource.CommonlyKnown("统计同比增速的通行算法", note: "调度指标口径未列出此项，按统计通行算法"));

    public static IReadOnlyList<MetricDefinition> All { get; } =
        [StartRate, StartRateByPlannedDate, ResumeRate, StartOrResumeRate, CompletionRate, TimeElapsed, ScheduleGap, Growth, GapToTarget, PlannedGrowth];
}
