using Reserve.Sdk.Formatting;

namespace Reserve.Dispatch.Validation;

/// <summary>The checks on a start plan: a cause, measures, and at least one dated milestone, none done in the future.</summary>
internal static class StartPlanValidator
{
    public static IReadOnlyList<DispatchProblem> Validate(StartPlan plan, DateOnly today)
    {
        var problems = new Problems();
        problems.Required("症结", plan.Cause, 1000);
        problems.Required("推进措施", plan.Measures, 2000);
        if (plan.Milestones.Count == 0)
        {
            problems.Add("倒排工期", "至少应有一个节点（如完成施工图审查、办理施工许可、开工）");
        }
        for (var i = 0; i < plan.Milestones.Count; i++)
        {
            var m = plan.Milestones[i];
            var label = $"倒排工期第{i + 1}个节点";
            problems.Required(label + "·节点", m.Name, 100);
            if (m.DueDate is null)
            {
                problems.Add(label + "·完成时限", "不能为空");
            }
            if (m.DoneOn is { } done && done > today)
            {
                problems.Add(label + "·实际完成日期", $"{ZhFormat.Date(done)}晚于今天，不能预填");
            }
        }
        return problems.List;
    }
}
