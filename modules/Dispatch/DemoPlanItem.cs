namespace Reserve.Dispatch;

/// <summary>One demo plan project with its reports and, when it lags, its start plan, as the demo hands them to
/// <see cref="IDispatchService.SeedDemoAsync"/>. Ids are set when stored.</summary>
public sealed record DemoPlanItem(PlanProject Project, IReadOnlyList<PeriodReport> Reports, StartPlan? StartPlan);
