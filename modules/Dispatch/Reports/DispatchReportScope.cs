namespace Reserve.Dispatch.Reports;

/// <summary>
/// Which period and projects a dispatch report covers: the 日报 a day and the daily-cadence projects (by
/// default the 省列重大项目); the 周报 an ISO week and the daily and weekly ones; the 月报 a month and every plan
/// project. A project's figures are the same in each: only the list is wider.
/// </summary>
internal static class DispatchReportScope
{
    public static ReportCadence CadenceOf(DispatchReportKind kind) => kind switch
    {
        DispatchReportKind.Daily => ReportCadence.Daily,
        DispatchReportKind.Weekly => ReportCadence.Weekly,
        _ => ReportCadence.Monthly,
    };

    public static bool Covers(DispatchReportKind kind, ReportCadence projectCadence) => projectCadence <= CadenceOf(kind);

    public static string Title(DispatchReportKind kind) => kind switch
    {
        DispatchReportKind.Daily => "重大项目调度日报",
        DispatchReportKind.Weekly => "重点项目调度周报",
        _ => "年度计划项目调度月报",
    };
}
