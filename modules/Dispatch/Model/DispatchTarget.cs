namespace Reserve.Dispatch;

/// <summary>
/// The targets 发改委 sets for one plan year, in the page (not in configuration), and the prior-year figures
/// they are read against: 开复工率 to reach by a date (e.g. 80% by 9月30日), the year's 固定资产投资增速 target,
/// and last year's 开复工率 and 增速 for comparison. Every field but the year may be left empty (“—”).
/// </summary>
public sealed class DispatchTarget
{
    public long Id { get; set; }

    /// <summary>计划年度.</summary>
    public int Year { get; set; }

    /// <summary>开复工率目标（%）, e.g. 80.</summary>
    public decimal? StartOrResumeRatePercent { get; set; }

    /// <summary>The date by which <see cref="StartOrResumeRatePercent"/> is to be reached, e.g. 9月30日.</summary>
    public DateOnly? StartOrResumeBy { get; set; }

    /// <summary>固定资产投资增速目标（%）for the year.</summary>
    public decimal? GrowthPercent { get; set; }

    /// <summary>上年同期开复工率（%）.</summary>
    public decimal? PriorYearStartOrResumeRatePercent { get; set; }

    /// <summary>上年固定资产投资增速（%）.</summary>
    public decimal? PriorYearGrowthPercent { get; set; }

    /// <summary>上年计划项目完成投资（万元）.</summary>
    public decimal? PriorYearInvestment { get; set; }

    /// <summary>依据 (文件或会议), shown beside the target.</summary>
    public string? Basis { get; set; }
}
