namespace Reserve.Instructions;

/// <summary>
/// 领导批示 / 督办: a leader's instruction on a record of another module, addressed to one department with a due date;
/// that department's answers, the last of which closes it. Dates are read as of today by the injected
/// <see cref="TimeProvider"/>. Every change is validated (Chinese messages naming the field), refused when stale
/// (the version it was read at), and audited (who, when, before, after).
/// </summary>
public interface IInstructionService
{
    /// <summary>Writes an instruction on <paramref name="subject"/> (found by its own module); <paramref name="departments"/> are the departments it may be addressed to.</summary>
    Task<Outcome<InstructionView>> CreateAsync(InstructionSubject subject, InstructionDraft draft, IReadOnlyCollection<string> departments, Actor author, CancellationToken cancellationToken = default);

    /// <summary>The problems of a draft as of today, without storing anything (a form shows them beside the subject's).</summary>
    IReadOnlyList<Problem> Check(InstructionDraft draft, IReadOnlyCollection<string> departments);

    Task<Outcome<InstructionView>> AnswerAsync(long id, AnswerDraft draft, int expectedVersion, Actor author, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes the text, owner department or due date of an open instruction nobody has answered yet (after an answer
    /// the department acts on what it read, so the change is refused with the reason).
    /// </summary>
    Task<Outcome<InstructionView>> UpdateAsync(long id, InstructionDraft draft, IReadOnlyCollection<string> departments, int expectedVersion, Actor editor, CancellationToken cancellationToken = default);

    /// <summary>Takes back an open instruction with a reason (撤回): kept and shown as such, no longer due or overdue.</summary>
    Task<Outcome<InstructionView>> WithdrawAsync(long id, string? reason, int expectedVersion, Actor actor, CancellationToken cancellationToken = default);

    Task<InstructionView?> FindAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>A page of instructions, most urgent first (open before closed, earliest due first), counted in the database.</summary>
    Task<Page<InstructionView>> ListAsync(InstructionQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<InstructionAuditEntry>> AuditAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The demo hook: stores the demo instructions when none is stored; returns how many were written.</summary>
    Task<int> SeedDemoAsync(IReadOnlyList<DemoInstruction> instructions, CancellationToken cancellationToken = default);
}
