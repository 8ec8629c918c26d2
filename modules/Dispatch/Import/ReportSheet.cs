using Reserve.Dispatch.Reports;
using Reserve.Sdk.Projects;

namespace Reserve.Dispatch.Import;

/// <summary>
/// The sheet departments fill for 调度报告 (one row per project per period), as the import reads it and the
/// template writes it: a title row, a header row, then data. Columns are found by their header, so a department
/// may reorder them or add its own; the required ones must be there.
/// </summary>
public static class ReportSheet
{
    public const string Project = "项目名称或储备编号", Period = "报告期", ThisPeriod = "本期完成投资（万元）", Cumulative = "本年累计完成投资（万元）",
        Progress = "形象进度", ProgressPercent = "形象进度百分比（%）", Status = "建设状态", StartedOn = "开（复）工日期", Workers = "在岗用工人数",
        Problems = "存在问题", Coordination = "需协调事项", CoordinationUnit = "责任单位", CoordinationDue = "办结时限";

    /// <summary>Every column in template order, with whether the import requires it.</summary>
    internal static IReadOnlyList<(string Header, bool Required, CellKind Kind, double Width)> Columns { get; } =
    [
        (Project, true, CellKind.Text, 34), (Period, true, CellKind.Text, 14), (ThisPeriod, true, CellKind.Money, 16), (Cumulative, true, CellKind.Money, 18),
        (Progress, true, CellKind.Text, 30), (ProgressPercent, false, CellKind.Text, 12), (Status, true, CellKind.Text, 10), (StartedOn, false, CellKind.Text, 14),
        (Workers, false, CellKind.Count, 10), (Problems, false, CellKind.Text, 30), (Coordination, false, CellKind.Text, 30),
        (CoordinationUnit, false, CellKind.Text, 18), (CoordinationDue, false, CellKind.Text, 12),
    ];

    /// <summary>Which column a validator field belongs to (the form's labels are the module's field names).</summary>
    internal static string? HeaderOfField(string field) => field switch
    {
        "报告期间" => Period,
        "建设状态" => Status,
        "开（复）工日期" => StartedOn,
        "本期完成投资" => ThisPeriod,
        "本年累计完成投资" => Cumulative,
        "形象进度" => Progress,
        "形象进度百分比" => ProgressPercent,
        "用工人数" => Workers,
        "存在问题" => Problems,
        "需协调事项第1项·事项" => Coordination,
        "需协调事项第1项·责任单位" => CoordinationUnit,
        "需协调事项第1项·办结时限" => CoordinationDue,
        _ => null,
    };

    /// <summary>建设状态 as departments write it: the names of <see cref="ConstructionStatus"/>, and 开工 for 已开工.</summary>
    internal static ConstructionStatus? StatusOf(string text)
    {
        var t = text.Trim();
        if (t is "开工" or "新开工")
        {
            return ConstructionStatus.Started;
        }
        foreach (var status in Enum.GetValues<ConstructionStatus>())
        {
            if (ZhNames<ConstructionStatus>.Of(status) == t)
            {
                return status;
            }
        }
        return null;
    }
}
