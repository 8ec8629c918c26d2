using Reserve.Dispatch.Tracking;
using Reserve.Sdk.Projects;

namespace Reserve.Dispatch.Tests;

/// <summary>Builders for plan projects and reports in memory, for the pure calculators.</summary>
internal static class Data
{
    private static long _ids = 1000;

    public static PlanProject Plan(PlanKind kind, decimal plan, string department = "住建局", PlanTier tier = PlanTier.MunicipalAnnual,
        int year = 2026, DateOnly? plannedStart = null, string leader = "王副市长", ProjectField? field = ProjectField.MunicipalUtilities) => new()
    {
        Id = Interlocked.Increment(ref _ids),
        Year = year,
        ReserveProjectId = $"2027-{_ids:D4}",
        Name = $"测试项目{_ids}",
        Department = department,
        Leader = leader,
        Field = field,
        Tier = tier,
        Kind = kind,
        AnnualPlanInvestment = plan,
        PlannedStart = plannedStart ?? (kind == PlanKind.Continuing ? null : new DateOnly(year, 3, 1)),
    };

    public static PeriodReport Month(PlanProject p, int year, int month, ConstructionStatus status, decimal thisPeriod, decimal cumulative, DateOnly? startedOn = null) =>
        Report(p, ReportPeriod.Containing(ReportCadence.Monthly, new DateOnly(year, month, 1)), status, thisPeriod, cumulative, startedOn);

    public static PeriodReport Report(PlanProject p, ReportPeriod period, ConstructionStatus status, decimal thisPeriod, decimal cumulative, DateOnly? startedOn = null) => new()
    {
        PlanProjectId = p.Id,
        Cadence = period.Cadence,
        PeriodStart = period.Start,
        PeriodEnd = period.End,
        Status = status,
        StartedOn = startedOn,
        InvestmentThisPeriod = thisPeriod,
        InvestmentCumulative = cumulative,
        ProgressText = "施工中",
    };

    public static List<ProjectHistory> Histories(IEnumerable<PlanProject> projects, IEnumerable<PeriodReport> reports)
    {
        var all = reports.ToList();
        return projects.Select(p => new ProjectHistory(p, all)).ToList();
    }
}
