using Reserve.Sdk.Rules;

namespace Reserve.Dispatch;

/// <summary>
/// The dispatch rules a city sets for itself: cadence per tier, when a period's report falls due, the year's
/// investment-growth target, and where the report templates are. Everything here is configuration, bound
/// from <c>Reserve:Dispatch</c> by the host; the defaults are what docs/dispatch.md states, with their sources.
/// </summary>
public sealed class DispatchOptions
{
    /// <summary>
    /// 调度频次 per tier. Defaults: 省列重大项目 日调度 is published practice (the Gansu DRC's
    /// 日调度日报告制度, 2020); 省列重点投资项目 周调度 and 市级年度计划项目 月调度 come from the seed speech only
    /// [NF]: no separate source was found, so a city should confirm them.
    /// </summary>
    public Dictionary<PlanTier, ReportCadence> CadenceByTier { get; set; } = new()
    {
        [PlanTier.ProvincialMajor] = ReportCadence.Daily,
        [PlanTier.ProvincialKeyInvestment] = ReportCadence.Weekly,
        [PlanTier.MunicipalAnnual] = ReportCadence.Monthly,
    };

    /// <summary>
    /// When a period's report falls due: this many days after the period's last day (the report is due by the
    /// end of that day and overdue from the next day). Defaults: a day's report the same day (日报告), a week's
    /// on the Monday after, a month's by the 5th of the next month. No source gives the weekly and monthly
    /// deadlines [NF]: they are settings for the city to set, not rules.
    /// </summary>
    public Dictionary<ReportCadence, int> DueDaysAfterPeriodEnd { get; set; } = new()
    {
        [ReportCadence.Daily] = 0,
        [ReportCadence.Weekly] = 1,
        [ReportCadence.Monthly] = 5,
    };

    /// <summary>
    /// How many days after the due date of the last period of a plan year a missing final report of that year
    /// is still listed (so December's report, due in January, is chased in January).
    /// </summary>
    public int PriorYearTrackingDays { get; set; } = 31;

    /// <summary>
    /// The year's investment-growth target in percent (10 = 10%), by year: set by the city government's work
    /// report or plan. No default: a year without one shows the target as “—”.
    /// </summary>
    public Dictionary<int, decimal> GrowthTargetPercentByYear { get; set; } = [];

    /// <summary>The folder holding <c>dispatch/</c> and <c>shared/</c> templates (the host copies <c>templates/</c> beside its executable).</summary>
    public string TemplatesFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "templates");

    public ReportCadence CadenceOf(PlanTier tier) =>
        CadenceByTier.TryGetValue(tier, out var cadence) ? cadence : ReportCadence.Monthly;

    public DateOnly DueDate(ReportPeriod period) =>
        period.End.AddDays(DueDaysAfterPeriodEnd.TryGetValue(period.Cadence, out var days) ? Math.Max(0, days) : 0);

    /// <summary>Where the default cadence of each tier comes from (docs and screens show it).</summary>
    public static PolicySource CadenceSource(PlanTier tier) => tier switch
    {
        PlanTier.ProvincialMajor => PolicySource.Sourced("甘肃省发展改革委省列重大项目开工复工情况日调度日报告制度（2020年）",
            "http://gansu.gscn.com.cn/system/2020/03/07/012335744.shtml", "第三方转载，非发文机关原文"),
        _ => PolicySource.Unverified("调度讲话（省列重点投资项目周调度、市级年度计划项目月调度）", "未找到单独出处，请按本地要求确认"),
    };
}
