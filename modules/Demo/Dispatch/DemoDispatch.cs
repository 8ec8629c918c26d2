using Bogus;
using Reserve.Dispatch;
using Reserve.Sdk.Projects;

namespace Reserve.Demo.Dispatch;

/// <summary>
/// Demo dispatch data for a subset of the demo reserve (<c>DemoProjects.Generate</c>, ids 2027-0001…): the first
/// reserve records become plan projects of the as-of date's year on the three tiers, with a few recent months of
/// coherent reports (running totals chain, 开工 dates follow the plan with some delays, a few stops), some
/// reports left out so that missing reports show, and start plans with overdue milestones for the laggards.
/// Generated with Bogus <see cref="Faker{T}"/> on a fixed seed; the texts come from <see cref="DispatchWords"/>.
/// </summary>
public static class DemoDispatch
{
    public const int DefaultSeed = 20261129;
    public const int DefaultCount = 40;

    public static IReadOnlyList<DemoPlanItem> Generate(IReadOnlyList<ProjectRecord> reserve, DateOnly asOf, DispatchOptions options,
        int seed = DefaultSeed, int count = DefaultCount)
    {
        var records = reserve.Where(r => r.Id is not null && r.TotalInvestment > 0).Take(count).ToList();
        if (records.Count == 0)
        {
            return [];
        }
        var index = 0;
        var composer = new Composer(asOf, options);
        return new Faker<DemoPlanItem>()
            .UseSeed(seed)
            .CustomInstantiator(f => composer.Compose(f, records[index++]))
            .Generate(records.Count);
    }

    private sealed class Composer(DateOnly asOf, DispatchOptions options)
    {
        private readonly int _year = asOf.Year;

        public DemoPlanItem Compose(Faker f, ProjectRecord record)
        {
            var tier = f.Random.WeightedRandom([PlanTier.ProvincialMajor, PlanTier.ProvincialKeyInvestment, PlanTier.MunicipalAnnual], [0.15f, 0.25f, 0.6f]);
            var kind = record.Stage switch
            {
                ProjectStage.Continuing or ProjectStage.Completed => PlanKind.Continuing,
                ProjectStage.NewStart => PlanKind.NewStart,
                _ => f.Random.Bool(0.75f) ? PlanKind.NewStart : PlanKind.Prepared,
            };
            // A 预备 project carries only a token amount in the plan until it is confirmed to start.
            var share = kind == PlanKind.Prepared ? f.Random.Decimal(0.02m, 0.08m) : f.Random.Decimal(0.25m, 0.5m);
            var plan = Round(Math.Max(50m, kind == PlanKind.Prepared ? record.TotalInvestment * share : record.AnnualPlan ?? record.TotalInvestment * share));
            var project = PlanProject.FromReserve(record, _year, tier, kind, plan);
            if (string.IsNullOrWhiteSpace(project.Leader))
            {
                project.Leader = "常务副市长";
            }
            // One 计划开工 per project: the plan keeps the reserve's date when it falls in the plan year (the random draw is
            // made either way, so the rest of the demo stays as it was).
            DateOnly? drawn = kind == PlanKind.Continuing ? null : PlannedStart(f, kind);
            project.PlannedStart = drawn is not null && record.PlannedStart is { } filed && filed.Year == _year ? filed : drawn;
            var cadence = options.CadenceOf(tier);
            var first = ReportPeriod.Containing(cadence, cadence switch
            {
                ReportCadence.Daily => asOf.AddDays(-30),
                ReportCadence.Weekly => asOf.AddDays(-7 * 13),
                _ => asOf.AddMonths(-4),
            });
            if (first.Year != _year)
            {
                first = ReportPeriod.OfYear(cadence, _year).First;
            }
            project.ReportingFrom = first.Start.Year == _year ? first.Start : new DateOnly(_year, 1, 1);
            if (kind == PlanKind.Continuing)
            {
                project.PriorYearCumulative = PriorYear(f, plan);
            }
            var pace = f.Random.Decimal(0.7m, 1.25m);
            var startedOn = StartDate(f, project);
            var stoppedFrom = startedOn is not null && f.Random.Bool(0.1f) ? asOf.AddDays(-f.Random.Int(5, 40)) : (DateOnly?)null;
            var completedOn = kind == PlanKind.Continuing && f.Random.Bool(0.08f) ? asOf.AddDays(-f.Random.Int(10, 60)) : (DateOnly?)null;
            var reports = Reports(f, project, record, first, startedOn, stoppedFrom, completedOn, pace);
            return new DemoPlanItem(project, reports, StartPlanFor(f, project, startedOn));
        }

        private DateOnly PlannedStart(Faker f, PlanKind kind) =>
            new DateOnly(_year, 3, 1).AddDays(f.Random.Int(0, kind == PlanKind.Prepared ? 240 : 200));

        /// <summary>When work (re)started this year, or null if it has not by the as-of date.</summary>
        private DateOnly? StartDate(Faker f, PlanProject p)
        {
            if (p.Kind == PlanKind.Continuing)
            {
                return new DateOnly(_year, 2, 20).AddDays(f.Random.Int(0, 40));
            }
            if (p.PlannedStart is not { } planned || (p.Kind == PlanKind.Prepared && f.Random.Bool(0.7f)) || f.Random.Bool(0.25f))
            {
                return null;
            }
            var actual = planned.AddDays(f.Random.Int(-10, 45));
            return actual <= asOf && actual.Year == _year ? actual : null;
        }

        private static List<decimal> PriorYear(Faker f, decimal plan)
        {
            var total = plan * f.Random.Decimal(0.75m, 1.15m);
            var running = 0m;
            var list = new List<decimal>(12);
            foreach (var share in DispatchWords.MonthlyShares)
            {
                running += share;
                list.Add(Round(total * running / 100m));
            }
            return list;
        }

        /// <summary>本年累计 at the end of a day: the plan spread over the working part of the year at the project's pace.</summary>
        private decimal Cumulative(PlanProject p, DateOnly day, DateOnly? startedOn, DateOnly? stoppedFrom, decimal pace)
        {
            if (startedOn is not { } s || day < s)
            {
                return 0m;
            }
            var until = stoppedFrom is { } stop && day >= stop ? stop : day;
            var yearEnd = new DateOnly(_year, 12, 31);
            var from = p.Kind == PlanKind.Continuing ? new DateOnly(_year, 1, 1) : s;
            var share = (decimal)(until.DayNumber - from.DayNumber + 1) / (yearEnd.DayNumber - from.DayNumber + 1);
            return Round(p.AnnualPlanInvestment * Math.Min(1.3m, share * pace));
        }

        private List<PeriodReport> Reports(Faker f, PlanProject p, ProjectRecord record, ReportPeriod first, DateOnly? startedOn,
            DateOnly? stoppedFrom, DateOnly? completedOn, decimal pace)
        {
            var reports = new List<PeriodReport>();
            var skipLatest = f.Random.Bool(0.15f);
            PeriodReport? previous = null;
            for (var period = first; period.End <= asOf && period.Year == _year; period = period.Next())
            {
                var isLatest = period.Next().End > asOf;
                if ((isLatest && skipLatest) || (!isLatest && f.Random.Bool(0.03f)) || (previous?.Status == ConstructionStatus.Completed))
                {
                    continue;
                }
                var cumulative = Cumulative(p, period.End, startedOn, stoppedFrom, pace);
                var earlier = previous?.InvestmentCumulative ?? Cumulative(p, period.Start.AddDays(-1), startedOn, stoppedFrom, pace);
                cumulative = Math.Max(cumulative, earlier);
                var started = startedOn is { } s && s <= period.End;
                var status = !started ? ConstructionStatus.NotStarted
                    : completedOn is { } c && c <= period.End ? ConstructionStatus.Completed
                    : stoppedFrom is { } stop && stop <= period.End ? ConstructionStatus.Stopped
                    : p.Kind == PlanKind.Continuing ? ConstructionStatus.Resumed : ConstructionStatus.Started;
                var report = new PeriodReport
                {
                    PeriodStart = period.Start,
                    Status = status,
                    StartedOn = started ? startedOn : null,
                    InvestmentThisPeriod = cumulative - earlier,
                    InvestmentCumulative = cumulative,
                    ProgressPercent = started ? Math.Min(100m, decimal.Round(cumulative / p.AnnualPlanInvestment * 100m * 0.9m, 1)) : 0m,
                    ProgressText = status switch
                    {
                        ConstructionStatus.NotStarted => f.PickRandom(DispatchWords.PreStartProgress),
                        ConstructionStatus.Completed => f.PickRandom(DispatchWords.FinishProgress),
                        ConstructionStatus.Stopped => f.PickRandom(DispatchWords.StopProgress),
                        _ => f.PickRandom(DispatchWords.WorkProgress),
                    },
                    Workers = status is ConstructionStatus.Started or ConstructionStatus.Resumed ? f.Random.Int(15, 260) : 0,
                    Problems = status != ConstructionStatus.Completed && f.Random.Bool(0.35f) ? f.PickRandom(DispatchWords.Problems) : null,
                };
                if (report.Problems is not null && f.Random.Bool(0.6f))
                {
                    var (matter, unit) = f.PickRandom(DispatchWords.Coordination);
                    report.Coordination.Add(new CoordinationItem { Matter = matter, ResponsibleUnit = unit, DueDate = period.End.AddDays(f.Random.Int(7, 30)) });
                }
                if (report.InvestmentThisPeriod > 0 && record.FundingSources.Count > 0)
                {
                    foreach (var line in record.FundingSources.Take(2))
                    {
                        report.FundsArrived.Add(new FundsArrived { Source = line.Source, Amount = Round(report.InvestmentThisPeriod * f.Random.Decimal(0.3m, 0.6m)) });
                    }
                }
                reports.Add(report);
                previous = report;
            }
            return reports;
        }

        private StartPlan? StartPlanFor(Faker f, PlanProject p, DateOnly? startedOn)
        {
            if (startedOn is not null || p.PlannedStart is not { } planned || planned > asOf.AddDays(60))
            {
                return null;
            }
            var target = asOf.AddDays(f.Random.Int(10, 60));
            return new StartPlan
            {
                Cause = f.PickRandom(DispatchWords.Causes),
                Measures = f.PickRandom(DispatchWords.Measures),
                Milestones = DispatchWords.Milestones.Select(m =>
                {
                    var due = target.AddDays(-m.DaysBeforeStart);
                    DateOnly? done = due < asOf && f.Random.Bool(0.6f) ? due.AddDays(f.Random.Int(-5, 5)) : null;
                    return new Milestone { Name = m.Name, DueDate = due, DoneOn = done > asOf ? asOf : done };
                }).ToList(),
            };
        }

        private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
    }
}
