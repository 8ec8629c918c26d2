using Reserve.Sdk.Formatting;

namespace Reserve.Dispatch.Validation;

/// <summary>The checks on a year's targets: percentages in range, the 开复工率 target with its date inside the year.</summary>
internal static class TargetValidator
{
    public static IReadOnlyList<DispatchProblem> Validate(DispatchTarget t)
    {
        var problems = new Problems();
        if (t.Year is < 2000 or > 2100)
        {
            problems.Add("计划年度", $"“{t.Year}”不是有效年度");
        }
        Rate(problems, "开复工率目标", t.StartOrResumeRatePercent);
        Rate(problems, "上年开复工率", t.PriorYearStartOrResumeRatePercent);
        Growth(problems, "投资增速目标", t.GrowthPercent);
        Growth(problems, "上年投资增速", t.PriorYearGrowthPercent);
        if (t.PriorYearInvestment is { } invested)
        {
            problems.NotNegative("上年完成投资", invested);
        }
        if (t.StartOrResumeRatePercent is not null && t.StartOrResumeBy is null)
        {
            problems.Add("目标日期", "填写了开复工率目标，须同时填写达到目标的日期（如9月30日）");
        }
        if (t.StartOrResumeBy is { } by && by.Year != t.Year)
        {
            problems.Add("目标日期", $"{ZhFormat.Date(by)}不在{t.Year}年度内");
        }
        problems.MaxLength("目标依据", t.Basis, 200);
        return problems.List;
    }

    private static void Rate(Problems problems, string field, decimal? value)
    {
        if (value is < 0 or > 100)
        {
            problems.Add(field, $"为{value}%，应在0%至100%之间");
        }
    }

    private static void Growth(Problems problems, string field, decimal? value)
    {
        if (value is < -100 or > 1000)
        {
            problems.Add(field, $"为{value}%，应在-100%至1000%之间");
        }
    }
}
