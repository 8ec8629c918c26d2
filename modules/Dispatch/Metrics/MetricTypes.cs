using Reserve.Sdk.Rules;

namespace Reserve.Dispatch;

/// <summary>What a metric means and where that meaning comes from — shown beside the figure.</summary>
public sealed record MetricDefinition(string Key, string Name, string Text, PolicySource Source)
{
    /// <summary>“口径：… 来源：…（通行做法）”, for a tooltip or a footnote.</summary>
    public string Explanation => $"{Name}：{Text}（来源：{Source.Citation}；{Sdk.Projects.ZhNames<Confidence>.Of(Source.Confidence)}）";
}

/// <summary>
/// One figure: its value (a ratio such as 0.533 for 53.3%, or percentage points for a gap), the numerator and
/// denominator it came from, and its display text. A value that cannot be computed (no planned projects, no
/// plan investment, no prior-year figure) is null and displays as “—”, never as 0%.
/// </summary>
public sealed record MetricValue(MetricDefinition Definition, decimal? Value, decimal Numerator, decimal Denominator, string Display)
{
    public const string NotApplicable = "—";
}

/// <summary>同比投资增速 against the year's target, for one group of projects.</summary>
public sealed record GrowthFigures(
    int? ComparedThroughMonth,
    decimal ThisYearCumulative,
    decimal LastYearCumulative,
    MetricValue Growth,
    decimal? TargetPercent,
    MetricValue GapToTarget,
    MetricValue PlannedGrowth);

/// <summary>The dispatch figures of one group of plan projects (all, one department, one tier or one field).</summary>
public sealed record MetricSet(
    string Group,
    int Projects,
    int NewStartPlanned,
    int NewStartStarted,
    int NewStartDueByDate,
    int Continuing,
    int ContinuingResumed,
    int Prepared,
    int PreparedStarted,
    int StoppedNow,
    int CompletedNow,
    decimal AnnualPlanInvestment,
    decimal CumulativeInvestment,
    MetricValue StartRate,
    MetricValue StartRateByPlannedDate,
    MetricValue ResumeRate,
    MetricValue StartOrResumeRate,
    MetricValue CompletionRate,
    MetricValue ScheduleGap,
    GrowthFigures Growth);

/// <summary>Every dispatch metric of a plan year as of a date, overall and by department, tier and field.</summary>
public sealed record DispatchMetrics(
    int Year,
    DateOnly AsOf,
    MetricValue TimeElapsed,
    MetricSet Overall,
    IReadOnlyList<MetricSet> ByDepartment,
    IReadOnlyList<MetricSet> ByTier,
    IReadOnlyList<MetricSet> ByField)
{
    /// <summary>Every definition used, once, in display order (for a 指标口径 list).</summary>
    public IReadOnlyList<MetricDefinition> Definitions => MetricDefinitions.All;
}
