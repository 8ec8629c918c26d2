using Reserve.Dispatch;

namespace Reserve.Dispatch.Web.Forms;

/// <summary>The targets form as typed; <see cref="ToTarget"/> reads it with the module's field labels.</summary>
internal sealed class TargetForm
{
    public string? StartOrResumeRate { get; set; }
    public string? StartOrResumeBy { get; set; }
    public string? Growth { get; set; }
    public string? PriorStartOrResumeRate { get; set; }
    public string? PriorGrowth { get; set; }
    public string? PriorInvestment { get; set; }
    public string? Basis { get; set; }

    public static TargetForm From(DispatchTarget? t) => new()
    {
        StartOrResumeRate = t?.StartOrResumeRatePercent is { } a ? FormValues.Number(a) : null,
        StartOrResumeBy = FormValues.Date(t?.StartOrResumeBy),
        Growth = t?.GrowthPercent is { } g ? FormValues.Number(g) : null,
        PriorStartOrResumeRate = t?.PriorYearStartOrResumeRatePercent is { } p ? FormValues.Number(p) : null,
        PriorGrowth = t?.PriorYearGrowthPercent is { } pg ? FormValues.Number(pg) : null,
        PriorInvestment = t?.PriorYearInvestment is { } pi ? FormValues.Number(pi) : null,
        Basis = t?.Basis,
    };

    public (DispatchTarget? Target, IReadOnlyList<DispatchProblem> Problems) ToTarget(int year)
    {
        var problems = new List<DispatchProblem>();
        var target = new DispatchTarget
        {
            Year = year,
            StartOrResumeRatePercent = FormValues.Amount(StartOrResumeRate, "开复工率目标", problems),
            StartOrResumeBy = FormValues.Day(StartOrResumeBy, "目标日期", problems),
            GrowthPercent = FormValues.Amount(Growth, "投资增速目标", problems),
            PriorYearStartOrResumeRatePercent = FormValues.Amount(PriorStartOrResumeRate, "上年开复工率", problems),
            PriorYearGrowthPercent = FormValues.Amount(PriorGrowth, "上年投资增速", problems),
            PriorYearInvestment = FormValues.Amount(PriorInvestment, "上年完成投资", problems),
            Basis = string.IsNullOrWhiteSpace(Basis) ? null : Basis.Trim(),
        };
        return problems.Count > 0 ? (null, problems) : (target, []);
    }
}
