using Reserve.Sdk.Projects;

namespace Reserve.Instructions;

public enum InstructionState
{
    [ZhName("办理中")] Open,
    [ZhName("已办结")] Closed,

    /// <summary>Taken back by the leader who wrote it (or an administrator), with a reason; kept, never erased, and no longer due.</summary>
    [ZhName("已撤回")] Withdrawn,
}

/// <summary>Who wrote or answered: the login (for lists and notifications) and the name as the audit shows it.</summary>
public sealed record Actor(string Login, string Name);

/// <summary>What a leader enters: the text, the department that must act, and by when.</summary>
public sealed record InstructionDraft(string? Text, string? OwnerDepartment, DateOnly? DueOn);

/// <summary>A department's answer; <paramref name="Closes"/> marks the matter done (办结), after which nothing more is answered.</summary>
public sealed record AnswerDraft(string? Text, bool Closes);

public sealed record InstructionAnswer(long Id, string Text, bool Closes, string Login, string Name, DateTime AtUtc);

/// <summary>A 批示 as stored, read as of a day (overdue: still open after its due date).</summary>
public sealed record InstructionView(
    long Id,
    SubjectKind SubjectKind,
    string SubjectId,
    string SubjectTitle,
    string SubjectLink,
    string Text,
    string OwnerDepartment,
    DateOnly DueOn,
    string AuthorLogin,
    string AuthorName,
    DateTime CreatedAtUtc,
    InstructionState State,
    DateTime? ClosedAtUtc,
    int Version,
    IReadOnlyList<InstructionAnswer> Answers,
    DateOnly AsOf,
    DateTime? WithdrawnAtUtc = null,
    string? WithdrawReason = null)
{
    /// <summary>The text, department and due date may still change: open and not yet answered.</summary>
    public bool Editable => State == InstructionState.Open && Answers.Count == 0;

    public bool Overdue => State == InstructionState.Open && DueOn < AsOf;

    public int DaysOverdue => Overdue ? AsOf.DayNumber - DueOn.DayNumber : 0;
}

/// <summary>Which instructions to list. <see cref="Department"/> limits to one owner department; <see cref="AuthorLogin"/> to one leader's own.</summary>
public sealed record InstructionQuery(
    string? Department = null,
    string? AuthorLogin = null,
    SubjectKind? Kind = null,
    string? SubjectId = null,
    InstructionFilter Filter = InstructionFilter.All,
    int Skip = 0,
    int Take = 20);

public enum InstructionFilter
{
    [ZhName("全部")] All,
    [ZhName("办理中")] Open,
    [ZhName("已逾期")] Overdue,
    [ZhName("已办结")] Closed,
    [ZhName("已撤回")] Withdrawn,
}

public sealed record InstructionAuditEntry(long Id, long InstructionId, string Action, string User, DateTime AtUtc, string? Before, string? After);

/// <summary>A demo instruction, due <paramref name="DueInDays"/> from the demo's today (negative: already overdue).</summary>
public sealed record DemoInstruction(InstructionSubject Subject, string Text, string OwnerDepartment, int DueInDays, Actor Author, string? Answer);
