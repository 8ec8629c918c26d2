using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;

namespace Reserve.Dispatch.Validation;

/// <summary>The checks on a plan project before it is stored (the reserve link and duplicates are the store's).</summary>
internal static class PlanProjectValidator
{
    public static IReadOnlyList<DispatchProblem> Validate(PlanProject p)
    {
        var problems = new Problems();
        if (p.Year is < 2000 or > 2100)
        {
            problems.Add("计划年度", $"“{p.Year}”不是有效年度");
        }
        // Empty for a project put on the plan without a reserve record.
        problems.MaxLength("储备项目编号", p.ReserveProjectId, 32);
        problems.Required("项目名称", p.Name, 100);
        problems.Required("主管部门", p.Department, 50);
        problems.Required("业主单位", p.OwnerUnit, 100);
        problems.Required("包抓领导", p.Leader, 50);
        problems.Defined("层级", p.Tier);
        problems.Defined("类别", p.Kind);
        if (p.Field is { } field)
        {
            problems.Defined("所属领域", field);
        }
        problems.NotNegative("年度计划投资", p.AnnualPlanInvestment);
        if (p.AnnualPlanInvestment == 0 && p.Kind is PlanKind.NewStart or PlanKind.Continuing)
        {
            problems.Add("年度计划投资", $"{ZhNames<PlanKind>.Of(p.Kind)}项目的年度计划投资应大于0");
        }
        if (p.Kind == PlanKind.NewStart && p.PlannedStart is null)
        {
            problems.Add("计划开工日期", "新开工项目须填写计划开工日期");
        }
        if (p.Year is >= 2000 and <= 2100)
        {
            InYear(problems, "计划开工日期", p.PlannedStart, p.Year);
            InYear(problems, "开始调度日期", p.ReportingFrom, p.Year);
        }
        PriorYear(problems, p);
        return problems.List;
    }

    private static void InYear(Problems problems, string field, DateOnly? date, int year)
    {
        if (date is { } d && d.Year != year)
        {
            problems.Add(field, $"{ZhFormat.Date(d)}不在{year}年度内");
        }
    }

    private static void PriorYear(Problems problems, PlanProject p)
    {
        const string field = "上年逐月累计完成投资";
        var values = p.PriorYearCumulative;
        if (values.Count == 0)
        {
            if (p.Kind == PlanKind.Continuing)
            {
                problems.Add(field, "续建项目须填写上年1—12月逐月累计完成投资（12个数），用于计算投资增速");
            }
            return;
        }
        if (values.Count != 12)
        {
            problems.Add(field, $"应为1—12月共12个累计数，填了{values.Count}个");
            return;
        }
        for (var m = 0; m < 12; m++)
        {
            if (values[m] < 0)
            {
                problems.Add(field, $"{m + 1}月累计为{ZhFormat.Wan(values[m])}，不能为负数");
            }
            else if (m > 0 && values[m] < values[m - 1])
            {
                problems.Add(field, $"{m + 1}月累计{ZhFormat.Wan(values[m])}小于{m}月累计{ZhFormat.Wan(values[m - 1])}，累计数不应减少");
            }
        }
    }
}
