using System.Globalization;
using Reserve.Dispatch;
using Reserve.Sdk.Projects;

namespace Reserve.Dispatch.Web.Forms;

/// <summary>
/// The period-report form as typed: every field a string, so that what the user typed comes back on a refusal.
/// <see cref="ToReport"/> reads it with problems named by the same field labels the module's validator uses
/// (建设状态, 本期完成投资, …), so each message appears beside its field.
/// </summary>
internal sealed class ReportForm
{
    public const int FundLines = 2;

    public string? Status { get; set; }
    public string? StartedOn { get; set; }
    public string? ThisPeriod { get; set; }
    public string? Cumulative { get; set; }
    public string? ProgressText { get; set; }
    public string? ProgressPercent { get; set; }
    public string? Workers { get; set; }
    public string? Problems { get; set; }
    public string? CoordinationMatter { get; set; }
    public string? CoordinationUnit { get; set; }
    public string? CoordinationDue { get; set; }
    public string?[] FundSource { get; set; } = new string?[FundLines];
    public string?[] FundAmount { get; set; } = new string?[FundLines];

    /// <summary>
    /// The form for the current period: the stored report when there is one; otherwise carried over from the latest
    /// earlier report (status, start date, running total, progress), with nothing spent this period yet.
    /// </summary>
    public static ReportForm For(PeriodReport? current, PeriodReport? previous)
    {
        if (current is null && previous is null)
        {
            return new ReportForm { Status = nameof(ConstructionStatus.NotStarted), ThisPeriod = "0", Cumulative = "0", ProgressPercent = "0", Workers = "0" };
        }
        var r = current ?? previous!;
        var form = new ReportForm
        {
            Status = r.Status.ToString(),
            StartedOn = r.StartedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ThisPeriod = current is null ? "0" : Number(r.InvestmentThisPeriod),
            Cumulative = Number(r.InvestmentCumulative),
            ProgressText = r.ProgressText,
            ProgressPercent = Number(r.ProgressPercent),
            Workers = r.Workers.ToString(CultureInfo.InvariantCulture),
            Problems = current?.Problems,
        };
        if (current?.Coordination.FirstOrDefault() is { } item)
        {
            (form.CoordinationMatter, form.CoordinationUnit) = (item.Matter, item.ResponsibleUnit);
            form.CoordinationDue = item.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        for (var i = 0; i < FundLines && current is not null && i < current.FundsArrived.Count; i++)
        {
            form.FundSource[i] = current.FundsArrived[i].Source.ToString();
            form.FundAmount[i] = Number(current.FundsArrived[i].Amount);
        }
        return form;
    }

    /// <summary>The report for the period containing <paramref name="dateInPeriod"/>, or the problems that stop reading it.</summary>
    public (PeriodReport? Report, IReadOnlyList<DispatchProblem> Problems) ToReport(DateOnly dateInPeriod)
    {
        var problems = new List<DispatchProblem>();
        var report = new PeriodReport
        {
            PeriodStart = dateInPeriod,
            ProgressText = ProgressText?.Trim() ?? "",
            Problems = string.IsNullOrWhiteSpace(Problems) ? null : Problems.Trim(),
        };
        if (Enum.TryParse<ConstructionStatus>(Status, out var status) && Enum.IsDefined(status))
        {
            report.Status = status;
        }
        else
        {
            problems.Add(new DispatchProblem("建设状态", "请选择建设状态"));
        }
        report.StartedOn = Date(StartedOn, "开（复）工日期", problems);
        report.InvestmentThisPeriod = Amount(ThisPeriod, "本期完成投资", problems) ?? 0m;
        report.InvestmentCumulative = Amount(Cumulative, "本年累计完成投资", problems) ?? 0m;
        report.ProgressPercent = Amount(ProgressPercent, "形象进度百分比", problems) ?? 0m;
        if (string.IsNullOrWhiteSpace(Workers))
        {
            report.Workers = 0;
        }
        else if (int.TryParse(Workers.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var workers))
        {
            report.Workers = workers;
        }
        else
        {
            problems.Add(new DispatchProblem("用工人数", $"“{Workers}”不是整数"));
        }
        if (!string.IsNullOrWhiteSpace(CoordinationMatter) || !string.IsNullOrWhiteSpace(CoordinationUnit) || !string.IsNullOrWhiteSpace(CoordinationDue))
        {
            report.Coordination.Add(new CoordinationItem
            {
                Matter = CoordinationMatter?.Trim() ?? "",
                ResponsibleUnit = CoordinationUnit?.Trim() ?? "",
                DueDate = Date(CoordinationDue, "需协调事项第1项·办结时限", problems),
            });
        }
        for (var i = 0; i < FundLines; i++)
        {
            var source = FundSource.ElementAtOrDefault(i);
            var amount = FundAmount.ElementAtOrDefault(i);
            if (string.IsNullOrWhiteSpace(source) && string.IsNullOrWhiteSpace(amount))
            {
                continue;
            }
            var label = $"资金到位第{report.FundsArrived.Count + 1}项";
            if (!Enum.TryParse<FundingSourceKind>(source, out var kind) || !Enum.IsDefined(kind))
            {
                problems.Add(new DispatchProblem(label + "·资金来源", "请选择资金来源"));
                continue;
            }
            report.FundsArrived.Add(new FundsArrived { Source = kind, Amount = Amount(amount, label + "·到位金额", problems) ?? 0m });
        }
        return problems.Count > 0 ? (null, problems) : (report, []);
    }

    private static string Number(decimal value) => FormValues.Number(value);

    private static decimal? Amount(string? text, string field, List<DispatchProblem> problems) => FormValues.Amount(text, field, problems);

    private static DateOnly? Date(string? text, string field, List<DispatchProblem> problems) => FormValues.Day(text, field, problems);
}
