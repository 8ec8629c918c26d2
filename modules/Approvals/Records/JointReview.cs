using Reserve.Approvals.Limits;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Records;

/// <summary>The two ways several pre-work items of one project are handled as one.</summary>
public enum JointReviewKind
{
    /// <summary>联审联批: the approving departments review the items together, on one acceptance.</summary>
    [ZhName("联审联批")] JointApproval,
    /// <summary>多评合一: several assessments (评估评审) made as one, on one acceptance.</summary>
    [ZhName("多评合一")] CombinedAssessment,
}

/// <summary>
/// One joint review of several pre-work items of one reserve project: one acceptance date (受理), one due date,
/// one completion. Each item keeps its own approval record (its limit, 文号, commitments), linked to the review;
/// the review runs until the latest of its items' due dates (<see cref="JointReviewRule"/>).
/// </summary>
public sealed class JointReview
{
    public long Id { get; set; }

    public JointReviewKind Kind { get; set; }

    public string ProjectId { get; set; } = "";

    public string ProjectName { get; set; } = "";

    public string Department { get; set; } = "";

    /// <summary>牵头部门.</summary>
    public string? LeadAuthority { get; set; }

    public DateOnly AppliedOn { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public bool Remote { get; set; }

    public string? Note { get; set; }
}

/// <summary>
/// How a joint review's due date is set. No national text found for this system fixes a time limit for 联审联批 or
/// 多评合一 as such (the reform of 工程建设项目审批, 国办发〔2019〕11号, sets an overall target of 120 working days for
/// the whole approval process, not one per joint review; local 实施办法 set their own), so the review takes the longest of its items' own limits, each counted from the one acceptance date: no item is
/// given less time than it would have alone. This is the system's rule, marked unverified where it is shown.
/// </summary>
public static class JointReviewRule
{
    public const string Text = "按所含事项中最晚的到期日（各事项时限自同一受理日起算；系统规则，未核实：联审联批、多评合一的办理时限以当地实施办法为准）";

    /// <summary>The latest of the items' due dates, or the acceptance date when there are none.</summary>
    public static DateOnly DueOn(DateOnly appliedOn, IEnumerable<ApprovalRecord> items, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(calendar);
        var due = appliedOn;
        foreach (var item in items)
        {
            var own = calendar.DueDate(appliedOn, item.LimitDays + item.ExtensionDays, item.Counting);
            if (own > due)
            {
                due = own;
            }
        }
        return due;
    }
}
