using Reserve.Sdk.Projects;

namespace Reserve.Dispatch;

/// <summary>
/// 调度报告: one plan project's report for one period (the usual 调度 record).
/// Amounts in 万元. <see cref="InvestmentCumulative"/> is the year's running total (本年累计), so that
/// 投资完成率 = 累计 ÷ 年度计划投资 and each period's total is the previous one plus this period's.
/// </summary>
public sealed class PeriodReport
{
    public long Id { get; set; }
    public long PlanProjectId { get; set; }

    /// <summary>The period, set from the plan project's cadence and any date inside it.</summary>
    public ReportCadence Cadence { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }

    /// <summary>
    /// 补报: the report was first filed after its due date (set by the store when the report is created, kept on
    /// later edits), so a late week stays marked as filed late.
    /// </summary>
    public bool FiledLate { get; set; }

    /// <summary>建设状态 at the end of the period.</summary>
    public ConstructionStatus Status { get; set; }

    /// <summary>
    /// 本年开（复）工日期: the day work started (新开工) or resumed (续建) this year. Required with 已开工 or 复工
    /// unless an earlier report gave it; kept with 停工 so that a project that started and stopped inside one
    /// period still counts as started.
    /// </summary>
    public DateOnly? StartedOn { get; set; }

    /// <summary>本期完成投资.</summary>
    public decimal InvestmentThisPeriod { get; set; }

    /// <summary>本年累计完成投资.</summary>
    public decimal InvestmentCumulative { get; set; }

    /// <summary>形象进度 (text) and its percentage, 0–100.</summary>
    public string ProgressText { get; set; } = "";
    public decimal ProgressPercent { get; set; }

    /// <summary>在岗用工人数.</summary>
    public int Workers { get; set; }

    /// <summary>存在问题.</summary>
    public string? Problems { get; set; }

    /// <summary>需协调事项, each with its 责任单位 and 办结时限.</summary>
    public List<CoordinationItem> Coordination { get; set; } = [];

    /// <summary>本期资金到位, per funding source.</summary>
    public List<FundsArrived> FundsArrived { get; set; } = [];

    public ReportPeriod Period => new(Cadence, PeriodStart, PeriodEnd);
}

/// <summary>需协调事项: what needs coordinating, the 责任单位 that should act, and by when (办结时限).</summary>
public sealed class CoordinationItem
{
    public string Matter { get; set; } = "";
    public string ResponsibleUnit { get; set; } = "";
    public DateOnly? DueDate { get; set; }
}

/// <summary>资金到位: funds that arrived in the period from one source, in 万元.</summary>
public sealed class FundsArrived
{
    public FundingSourceKind Source { get; set; }
    public decimal Amount { get; set; }
}
