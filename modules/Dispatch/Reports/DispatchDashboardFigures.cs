namespace Reserve.Dispatch;

/// <summary>
/// The city's dispatch figures as of a date, as the dashboard shows them; shared between requests, so read-only.
/// <see cref="Target"/> is null while no target is set for the year.
/// </summary>
public sealed record DispatchDashboardFigures(DispatchMetrics Metrics, MissingReportList Missing, DashboardCharts Charts, Stored<DispatchTarget>? Target);
