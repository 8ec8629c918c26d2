using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;

namespace Reserve.Dispatch.Validation;

/// <summary>
/// The checks on a period report, given its plan project, its neighbours in the year (the nearest earlier and
/// later reports) and today. The running total must chain: 本年累计 = 上期累计 + 本期, and the later report
/// must still chain after this one is saved — a past report is never changed in a way that breaks the next.
/// </summary>
internal static class ReportValidator
{
    public static IReadOnlyList<DispatchProblem> Validate(PeriodReport r, PlanProject project, PeriodReport? previous, PeriodReport? next,
        DateOnly? earlierStartedOn, DateOnly today)
    {
        var problems = new Problems();
        var period = r.Period;
        if (period.Year != project.Year)
        {
            problems.Add("报告期间", $"{period.Label}不属于{project.Year}年度计划");
        }
        if (period.Start > today)
        {
            problems.Add("报告期间", $"{period.Label}尚未开始，不能提前填报");
        }
        if (period.End < project.ReportsFrom)
        {
            problems.Add("报告期间", $"{period.Label}早于该项目的开始调度日期{ZhFormat.Date(project.ReportsFrom)}");
        }
        problems.Defined("建设状态", r.Status);
        Status(problems, r, project, earlierStartedOn);
        Investment(problems, r, previous, next);
        problems.Required("形象进度", r.ProgressText, 500);
        if (r.ProgressPercent is < 0 or > 100)
        {
            problems.Add("形象进度百分比", $"为{r.ProgressPercent}%，应在0%至100%之间");
        }
        if (r.Workers < 0)
        {
            problems.Add("用工人数", $"为{r.Workers}人，不能为负数");
        }
        problems.MaxLength("存在问题", r.Problems, 1000);
        for (var i = 0; i < r.Coordination.Count; i++)
        {
            var item = r.Coordination[i];
            var label = $"需协调事项第{i + 1}项";
            problems.Required(label + "·事项", item.Matter, 500);
            problems.Required(label + "·责任单位", item.ResponsibleUnit, 100);
            if (item.DueDate is null)
            {
                problems.Add(label + "·办结时限", "不能为空");
            }
        }
        var seen = new HashSet<FundingSourceKind>();
        for (var i = 0; i < r.FundsArrived.Count; i++)
        {
            var line = r.FundsArrived[i];
            var label = $"资金到位第{i + 1}项";
            problems.Defined(label + "·资金来源", line.Source);
            problems.NotNegative(label + "·到位金额", line.Amount);
            if (!seen.Add(line.Source))
            {
                problems.Add(label + "·资金来源", $"“{ZhNames<FundingSourceKind>.Of(line.Source)}”重复填报，同一来源请合并为一项");
            }
        }
        return problems.List;
    }

    private static void Status(Problems problems, PeriodReport r, PlanProject project, DateOnly? earlierStartedOn)
    {
        const string status = "建设状态", started = "开（复）工日期";
        if (project.Kind == PlanKind.Continuing && r.Status == ConstructionStatus.Started)
        {
            problems.Add(status, "续建项目本年恢复施工请填“复工”，而不是“已开工”");
        }
        if (project.Kind != PlanKind.Continuing && r.Status == ConstructionStatus.Resumed)
        {
            problems.Add(status, $"{ZhNames<PlanKind>.Of(project.Kind)}项目开始施工请填“已开工”，“复工”只用于续建项目");
        }
        if (r.StartedOn is { } on)
        {
            if (r.Status == ConstructionStatus.NotStarted)
            {
                problems.Add(started, "建设状态为“未开工”时不应填写开（复）工日期");
            }
            if (on.Year != project.Year)
            {
                problems.Add(started, $"{ZhFormat.Date(on)}不在{project.Year}年度内（应填本年开工或复工的日期）");
            }
            if (on > r.PeriodEnd)
            {
                problems.Add(started, $"{ZhFormat.Date(on)}晚于本期最后一天{ZhFormat.Date(r.PeriodEnd)}");
            }
        }
        else if (r.Status is ConstructionStatus.Started or ConstructionStatus.Resumed && earlierStartedOn is null)
        {
            problems.Add(started, $"建设状态为“{ZhNames<ConstructionStatus>.Of(r.Status)}”，须填写本年开（复）工日期");
        }
    }

    private static void Investment(Problems problems, PeriodReport r, PeriodReport? previous, PeriodReport? next)
    {
        const string thisPeriod = "本期完成投资", cumulative = "本年累计完成投资";
        problems.NotNegative(thisPeriod, r.InvestmentThisPeriod);
        problems.NotNegative(cumulative, r.InvestmentCumulative);
        if (r.InvestmentThisPeriod < 0 || r.InvestmentCumulative < 0)
        {
            return;
        }
        if (previous is not null)
        {
            var expected = previous.InvestmentCumulative + r.InvestmentThisPeriod;
            if (r.InvestmentCumulative != expected)
            {
                problems.Add(cumulative, $"应为上期（{previous.Period.Label}）累计{ZhFormat.Wan(previous.InvestmentCumulative)}加本期{ZhFormat.Wan(r.InvestmentThisPeriod)}，即{ZhFormat.Wan(expected)}，填报的是{ZhFormat.Wan(r.InvestmentCumulative)}");
            }
        }
        else if (r.InvestmentCumulative < r.InvestmentThisPeriod)
        {
            problems.Add(cumulative, $"{ZhFormat.Wan(r.InvestmentCumulative)}小于本期完成投资{ZhFormat.Wan(r.InvestmentThisPeriod)}");
        }
        if (next is not null && next.InvestmentCumulative != r.InvestmentCumulative + next.InvestmentThisPeriod)
        {
            problems.Add(cumulative, $"修改后与下期（{next.Period.Label}）不衔接：下期累计{ZhFormat.Wan(next.InvestmentCumulative)}应等于本期累计加下期本期完成{ZhFormat.Wan(next.InvestmentThisPeriod)}；请同时核对下期报告");
        }
    }
}
