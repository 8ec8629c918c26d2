using Reserve.Dispatch;
using Reserve.Sdk.Projects;

namespace Reserve.Dispatch.Web.Forms;

/// <summary>
/// The plan-project form as typed (every field a string, so a refusal shows it back). <see cref="ToProject"/> reads
/// it with the same field labels as the module's validator (计划年度, 年度计划投资, …).
/// </summary>
internal sealed class PlanForm
{
    public string? Year { get; set; }
    public string? ReserveProjectId { get; set; }
    public string? Name { get; set; }
    public string? Department { get; set; }
    public string? OwnerUnit { get; set; }
    public string? Leader { get; set; }
    public string? Tier { get; set; }
    public string? Kind { get; set; }
    public string? Field { get; set; }
    public string? AnnualPlanInvestment { get; set; }
    public string? PlannedStart { get; set; }
    public string? ReportingFrom { get; set; }

    /// <summary>上年1—12月逐月累计完成投资, twelve numbers separated by commas or spaces.</summary>
    public string? PriorYear { get; set; }

    public static PlanForm From(PlanProject p) => new()
    {
        Year = p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ReserveProjectId = p.ReserveProjectId,
        Name = p.Name,
        Department = p.Department,
        OwnerUnit = p.OwnerUnit,
        Leader = p.Leader,
        Tier = p.Tier.ToString(),
        Kind = p.Kind.ToString(),
        Field = p.Field?.ToString(),
        AnnualPlanInvestment = FormValues.Number(p.AnnualPlanInvestment),
        PlannedStart = FormValues.Date(p.PlannedStart),
        ReportingFrom = FormValues.Date(p.ReportingFrom),
        PriorYear = string.Join(", ", p.PriorYearCumulative.Select(FormValues.Number)),
    };

    public (PlanProject? Project, IReadOnlyList<DispatchProblem> Problems) ToProject(long id)
    {
        var problems = new List<DispatchProblem>();
        var project = new PlanProject
        {
            Id = id,
            ReserveProjectId = ReserveProjectId?.Trim() ?? "",
            Name = Name?.Trim() ?? "",
            Department = Department?.Trim() ?? "",
            OwnerUnit = OwnerUnit?.Trim() ?? "",
            Leader = Leader?.Trim() ?? "",
        };
        if (int.TryParse(Year?.Trim(), out var year))
        {
            project.Year = year;
        }
        else
        {
            problems.Add(new DispatchProblem("计划年度", string.IsNullOrWhiteSpace(Year) ? "不能为空" : $"“{Year}”不是年份"));
        }
        project.Tier = FormValues.Choice<PlanTier>(Tier, "层级", problems) ?? default;
        project.Kind = FormValues.Choice<PlanKind>(Kind, "类别", problems) ?? default;
        project.Field = FormValues.Choice<ProjectField>(Field, "所属领域", problems, required: false);
        project.AnnualPlanInvestment = FormValues.Amount(AnnualPlanInvestment, "年度计划投资", problems) ?? 0m;
        project.PlannedStart = FormValues.Day(PlannedStart, "计划开工日期", problems);
        project.ReportingFrom = FormValues.Day(ReportingFrom, "开始调度日期", problems);
        if (!string.IsNullOrWhiteSpace(PriorYear))
        {
            foreach (var part in PriorYear.Split([',', '，', ' ', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (FormValues.Amount(part, "上年逐月累计完成投资", problems) is { } value)
                {
                    project.PriorYearCumulative.Add(value);
                }
            }
        }
        return problems.Count > 0 ? (null, problems) : (project, []);
    }
}
