using System.Globalization;
using System.Text.Json.Nodes;
using Reserve.Dispatch.Metrics;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Dispatch.Reports;

/// <summary>
/// The template model of a dispatch report (docs/dispatch.md lists its keys): plain JSON of strings, numbers and
/// lists. Figures are given both as numbers (amounts in 万元, for <c>wan</c>) and as display text (rates with
/// their “—”), so templates never compute a metric themselves.
/// </summary>
internal static class ReportModel
{
    public static JsonObject Build(DispatchReportData d)
    {
        var m = d.Metrics;
        return new JsonObject
        {
            ["report"] = new JsonObject
            {
                ["kind"] = ZhNames<DispatchReportKind>.Of(d.Kind),
                ["title"] = d.Title,
                ["period"] = d.Period.Label,
                ["asOf"] = Iso(d.AsOf),
                ["year"] = d.Period.Year,
                ["scope"] = d.Scope,
            },
            ["timeElapsed"] = m.TimeElapsed.Display,
            ["overall"] = Set(m.Overall),
            ["byTier"] = Array(m.ByTier.Select(Set)),
            ["byDepartment"] = Array(m.ByDepartment.Select(Set)),
            ["projects"] = Array(d.Projects.Select((l, i) => Line(i + 1, l, d.AsOf))),
            ["missing"] = new JsonObject
            {
                ["count"] = d.Missing.Items.Count,
                ["overdue"] = d.Missing.Items.Count(i => i.Overdue),
                ["items"] = Array(d.Missing.Items.Select((i, n) => new JsonObject
                {
                    ["no"] = n + 1,
                    ["department"] = i.Department,
                    ["leader"] = i.Leader,
                    ["name"] = i.ProjectName,
                    ["period"] = i.Period.Label,
                    ["dueDate"] = Iso(i.DueDate),
                    ["overdue"] = i.Overdue ? "逾期" : "当日应报",
                    ["missedThisYear"] = i.MissedPeriodsThisYear,
                })),
                ["byDepartment"] = Array(d.Missing.ByDepartment.Select(g => new JsonObject
                {
                    ["name"] = g.Name,
                    ["due"] = g.Due,
                    ["missing"] = g.Missing,
                    ["overdue"] = g.Overdue,
                })),
            },
            ["notStarted"] = Array(d.NotStarted.Select((n, i) => new JsonObject
            {
                ["no"] = i + 1,
                ["name"] = n.Project.Name,
                ["department"] = n.Project.Department,
                ["leader"] = n.Project.Leader,
                ["plannedStart"] = Iso(n.Project.PlannedStart),
                ["lateness"] = n.DaysPastPlannedStart > 0 ? $"滞后{n.DaysPastPlannedStart}天" : $"距计划开工{-n.DaysPastPlannedStart}天",
                ["cause"] = n.Plan?.Item.Cause ?? "未填报症结",
                ["measures"] = n.Plan?.Item.Measures ?? "未制定推进措施",
                ["overdueMilestones"] = n.Milestones.Count(x => x.Overdue),
                ["milestones"] = Array(n.Milestones.Select(x => new JsonObject
                {
                    ["name"] = x.Name,
                    ["dueDate"] = Iso(x.DueDate),
                    ["state"] = x.State,
                    ["overdue"] = x.Overdue,
                })),
            })),
            ["coordination"] = Array(d.Coordination.Select((c, i) => new JsonObject
            {
                ["no"] = i + 1,
                ["project"] = c.Project.Name,
                ["matter"] = c.Item.Matter,
                ["unit"] = c.Item.ResponsibleUnit,
                ["dueDate"] = Iso(c.Item.DueDate),
                ["state"] = c.Overdue ? "已超时限" : "办理中",
            })),
            ["definitions"] = Array(m.Definitions.Select(x => new JsonObject
            {
                ["name"] = x.Name,
                ["text"] = x.Text,
                ["source"] = x.Source.Citation + (x.Source.Note is { } note ? "；" + note : ""),
                ["confidence"] = ZhNames<Confidence>.Of(x.Source.Confidence),
            })),
        };
    }

    private static JsonObject Set(MetricSet s) => new()
    {
        ["group"] = s.Group,
        ["projects"] = s.Projects,
        ["newStartPlanned"] = s.NewStartPlanned,
        ["newStartStarted"] = s.NewStartStarted,
        ["continuing"] = s.Continuing,
        ["continuingResumed"] = s.ContinuingResumed,
        ["prepared"] = s.Prepared,
        ["stoppedNow"] = s.StoppedNow,
        ["completedNow"] = s.CompletedNow,
        ["annualPlan"] = s.AnnualPlanInvestment,
        ["cumulative"] = s.CumulativeInvestment,
        ["startRate"] = s.StartRate.Display,
        ["startRateByPlannedDate"] = s.StartRateByPlannedDate.Display,
        ["resumeRate"] = s.ResumeRate.Display,
        ["startOrResumeRate"] = s.StartOrResumeRate.Display,
        ["completionRate"] = s.CompletionRate.Display,
        ["scheduleGap"] = s.ScheduleGap.Display,
        ["growth"] = s.Growth.Growth.Display,
        ["growthMonths"] = s.Growth.ComparedThroughMonth is { } mo ? $"1—{mo}月" : "—",
        ["growthTarget"] = s.Growth.TargetPercent is { } t ? t.ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—",
        ["growthGap"] = s.Growth.GapToTarget.Display,
        ["plannedGrowth"] = s.Growth.PlannedGrowth.Display,
    };

    private static JsonObject Line(int no, ProjectLine l, DateOnly asOf) => new()
    {
        ["no"] = no,
        ["id"] = l.Project.ReserveProjectId,
        ["name"] = l.Project.Name,
        ["department"] = l.Project.Department,
        ["leader"] = l.Project.Leader,
        ["tier"] = ZhNames<PlanTier>.Of(l.Project.Tier),
        ["kind"] = ZhNames<PlanKind>.Of(l.Project.Kind),
        ["status"] = l.Status is { } st ? ZhNames<ConstructionStatus>.Of(st) : "未报送",
        ["startedOn"] = Iso(l.StartedOn),
        ["annualPlan"] = l.Project.AnnualPlanInvestment,
        ["periodInvestment"] = l.PeriodInvestment,
        ["cumulative"] = l.Cumulative,
        ["completionRate"] = MetricCalculator.Percent(MetricCalculator.Ratio(l.Cumulative, l.Project.AnnualPlanInvestment)),
        ["progress"] = l.Latest?.ProgressText ?? "—",
        ["progressPercent"] = l.Latest is { } r ? r.ProgressPercent.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—",
        ["workers"] = l.Latest?.Workers ?? 0,
        ["problems"] = string.IsNullOrWhiteSpace(l.Latest?.Problems) ? "无" : l.Latest!.Problems,
        ["reportedFor"] = l.Latest?.Period.Label ?? "—",
        ["asOfText"] = ZhFormat.Date(asOf),
    };

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);
}
