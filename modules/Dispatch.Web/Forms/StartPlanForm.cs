using Reserve.Dispatch;

namespace Reserve.Dispatch.Web.Forms;

/// <summary>The start-plan form as typed: 症结, 措施 and up to <see cref="Lines"/> 倒排工期 milestones (blank lines are skipped).</summary>
internal sealed class StartPlanForm
{
    public const int Lines = 8;

    public string? Cause { get; set; }
    public string? Measures { get; set; }
    public string?[] MilestoneName { get; set; } = new string?[Lines];
    public string?[] MilestoneDue { get; set; } = new string?[Lines];
    public string?[] MilestoneDone { get; set; } = new string?[Lines];

    public static StartPlanForm From(StartPlan? plan)
    {
        var form = new StartPlanForm { Cause = plan?.Cause, Measures = plan?.Measures };
        for (var i = 0; plan is not null && i < Math.Min(Lines, plan.Milestones.Count); i++)
        {
            form.MilestoneName[i] = plan.Milestones[i].Name;
            form.MilestoneDue[i] = FormValues.Date(plan.Milestones[i].DueDate);
            form.MilestoneDone[i] = FormValues.Date(plan.Milestones[i].DoneOn);
        }
        return form;
    }

    public (StartPlan? Plan, IReadOnlyList<DispatchProblem> Problems) ToPlan()
    {
        var problems = new List<DispatchProblem>();
        var plan = new StartPlan { Cause = Cause?.Trim() ?? "", Measures = Measures?.Trim() ?? "" };
        for (var i = 0; i < Lines; i++)
        {
            var name = MilestoneName.ElementAtOrDefault(i);
            var due = MilestoneDue.ElementAtOrDefault(i);
            var done = MilestoneDone.ElementAtOrDefault(i);
            if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(due) && string.IsNullOrWhiteSpace(done))
            {
                continue;
            }
            var label = $"倒排工期第{plan.Milestones.Count + 1}个节点";
            plan.Milestones.Add(new Milestone
            {
                Name = name?.Trim() ?? "",
                DueDate = FormValues.Day(due, label + "·完成时限", problems),
                DoneOn = FormValues.Day(done, label + "·实际完成日期", problems),
            });
        }
        return problems.Count > 0 ? (null, problems) : (plan, []);
    }
}
