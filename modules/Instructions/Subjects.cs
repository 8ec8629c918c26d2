using Reserve.Sdk.Projects;

namespace Reserve.Instructions;

/// <summary>What a leader's instruction is written on. The module that keeps such records tells what one is called.</summary>
public enum SubjectKind
{
    [ZhName("年度计划项目")] PlanProject,
    [ZhName("招商项目")] Deal,
    [ZhName("审批事项")] Approval,
}

/// <summary>
/// One record an instruction can be written on, as its own module describes it: the title and department at the
/// moment of writing (kept on the instruction as a snapshot), and the page that shows it.
/// </summary>
public sealed record InstructionSubject(SubjectKind Kind, string Id, string Title, string Department, string Link);

/// <summary>
/// Implemented by each module whose records can carry an instruction (项目调度, 招商引资, 审批服务), so that this module
/// needs none of them: a switched-off module simply registers no source for its kind.
/// </summary>
public interface IInstructionSubjects
{
    SubjectKind Kind { get; }

    /// <summary>The record with this id, or null when there is none.</summary>
    Task<InstructionSubject?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Records whose title contains <paramref name="text"/> (all when empty), at most <paramref name="take"/>; <paramref name="leaderName"/>, when given, prefers that 包抓领导's own.</summary>
    Task<IReadOnlyList<InstructionSubject>> SearchAsync(string? text, string? leaderName, int take, CancellationToken cancellationToken = default);
}
