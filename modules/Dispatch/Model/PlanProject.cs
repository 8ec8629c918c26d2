using Reserve.Sdk.Projects;

namespace Reserve.Dispatch;

/// <summary>
/// A project of the year's plan (年度计划项目): a reserve project (its <see cref="ReserveProjectId"/> is the
/// <c>ProjectRecord.Id</c> of Reserve.Projects) put on one tier of one year's plan. Name, department and field
/// are copied from the reserve when the project enters the plan, so reports stay as they were filed.
/// Amounts in 万元.
/// </summary>
public sealed class PlanProject
{
    public long Id { get; set; }

    /// <summary>计划年度.</summary>
    public int Year { get; set; }

    /// <summary>
    /// The reserve project this plan project was made from (the link the reserve page shows back), or empty for a
    /// project put on the plan directly, without a reserve record.
    /// </summary>
    public string ReserveProjectId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Department { get; set; } = "";

    /// <summary>项目业主单位.</summary>
    public string OwnerUnit { get; set; } = "";

    /// <summary>包抓领导.</summary>
    public string Leader { get; set; } = "";

    public ProjectField? Field { get; set; }
    public PlanTier Tier { get; set; }
    public PlanKind Kind { get; set; }

    /// <summary>年度计划投资（万元）.</summary>
    public decimal AnnualPlanInvestment { get; set; }

    /// <summary>计划开工日期 (新开工 and 预备 projects).</summary>
    public DateOnly? PlannedStart { get; set; }

    /// <summary>开始调度日期: reports are owed for periods ending on or after it; null means 1 January of the year.</summary>
    public DateOnly? ReportingFrom { get; set; }

    /// <summary>
    /// 上年1—12月逐月累计完成投资（万元）: twelve running totals of last year, or none when the project had no
    /// investment last year. The growth metric compares this year's cumulative with the same month of it.
    /// </summary>
    public List<decimal> PriorYearCumulative { get; set; } = [];

    /// <summary>上年完成投资: last year's total, the December running total.</summary>
    public decimal PriorYearCompleted => PriorYearCumulative.Count == 12 ? PriorYearCumulative[11] : 0m;

    public DateOnly ReportsFrom => ReportingFrom ?? new DateOnly(Year, 1, 1);

    /// <summary>A plan project for a reserve record: name, department, field and 包抓领导 taken from it.</summary>
    public static PlanProject FromReserve(ProjectRecord record, int year, PlanTier tier, PlanKind kind, decimal annualPlanInvestment) => new()
    {
        Year = year,
        ReserveProjectId = record.Id ?? "",
        Name = record.Name,
        Department = record.Department,
        OwnerUnit = record.Unit,
        Leader = record.Leader ?? "",
        Field = record.Field,
        Tier = tier,
        Kind = kind,
        AnnualPlanInvestment = annualPlanInvestment,
        PlannedStart = record.PlannedStart,
    };
}
