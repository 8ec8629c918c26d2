using Reserve.Approvals.Limits;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Records;

/// <summary>
/// The approval-service record of one pre-work item of one reserve project: when the application was accepted
/// (受理), the time limit it runs against, when it was completed, and the 容缺受理 / 先承诺后补办 commitments made
/// along the way. The project's name and department are copied when the record is opened, for lists and summaries.
/// </summary>
public sealed class ApprovalRecord
{
    public long Id { get; set; }

    /// <summary>储备编号 of the project.</summary>
    public string ProjectId { get; set; } = "";

    public string ProjectName { get; set; } = "";

    public string Department { get; set; } = "";

    public PreWorkKind Item { get; set; }

    /// <summary>审批部门, when known.</summary>
    public string? Authority { get; set; }

    /// <summary>受理日期: the limit runs from the next day.</summary>
    public DateOnly AppliedOn { get; set; }

    public LimitBasis Basis { get; set; }

    /// <summary>The <see cref="StatutoryLimit.Id"/> when <see cref="Basis"/> is statutory.</summary>
    public string? StatutoryLimitId { get; set; }

    public int LimitDays { get; set; }

    public DayCounting Counting { get; set; }

    /// <summary>延长的天数 (same counting), only where the statute allows an extension.</summary>
    public int ExtensionDays { get; set; }

    /// <summary>
    /// 到期日, kept current on every write and every change of the working-day calendar, so lists, summaries and
    /// reminders are counted by the database. A record of a joint review takes the review's due date.
    /// </summary>
    public DateOnly DueOn { get; set; }

    /// <summary>办结日期.</summary>
    public DateOnly? CompletedOn { get; set; }

    /// <summary>不见面审批: applied for and handled online, without the applicant coming to a counter.</summary>
    public bool Remote { get; set; }

    /// <summary>The 联审联批 / 多评合一 joint review the item is handled in, if any.</summary>
    public long? JointReviewId { get; set; }

    /// <summary>批复文号.</summary>
    public string? DocNumber { get; set; }

    public string? Note { get; set; }

    public List<Commitment> Commitments { get; set; } = [];
}

/// <summary>The two ways an application goes ahead before everything is in hand.</summary>
public enum CommitmentKind
{
    /// <summary>容缺受理: accepted with some non-essential materials missing, to be supplied by a date.</summary>
    [ZhName("容缺受理")] MissingMaterials,
    /// <summary>先承诺后补办: approved on the applicant's written commitment to complete a procedure by a date.</summary>
    [ZhName("先承诺后补办")] PromiseFirst,
}

/// <summary>A commitment made on an application: what is owed, by when, and when it was fulfilled.</summary>
public sealed class Commitment
{
    public CommitmentKind Kind { get; set; }

    /// <summary>What is to be supplied or completed (缺少的材料 / 承诺补办的事项).</summary>
    public string Content { get; set; } = "";

    /// <summary>承诺日期.</summary>
    public DateOnly MadeOn { get; set; }

    /// <summary>承诺期限.</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>补齐/补办日期.</summary>
    public DateOnly? FulfilledOn { get; set; }
}
