using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Standard;

/// <summary>
/// The approvals a channel asks to see when the application is made, which a project at 谋划 or 前期 has not yet
/// reached: 施工许可, 财政评审, 节能审查. At those stages (<see cref="ReserveStage"/>) a requirement that waits on
/// nothing else is a readiness item with the date it is needed by; from 新开工 on it decides eligibility.
/// </summary>
public static class ApplicationTimePreWork
{
    /// <summary>The items due at application time, in the order messages list them.</summary>
    public static IReadOnlyList<PreWorkKind> Items { get; } = [PreWorkKind.ConstructionPermit, PreWorkKind.FiscalReview, PreWorkKind.EnergyReview];

    public static bool IsDueAtApplication(PreWorkKind item) =>
        item is PreWorkKind.ConstructionPermit or PreWorkKind.FiscalReview or PreWorkKind.EnergyReview;

    /// <summary>
    /// The project is at a reserve stage and every listed item not yet done (or not listed at all) is one due at
    /// application time: what remains is to prepare, not a reason for 不符合.
    /// </summary>
    public static bool OnlyTheseWaiting(ProjectSnapshot project, RuleContext context, IReadOnlyList<PreWorkKind> items, bool acceptCommitment)
    {
        if (!ReserveStage.Holds(project, context))
        {
            return false;
        }
        var waiting = false;
        for (var i = 0; i < items.Count; i++)
        {
            if (IsDone(project.StatusOf(items[i]), acceptCommitment))
            {
                continue;
            }
            if (!IsDueAtApplication(items[i]))
            {
                return false;
            }
            waiting = true;
        }
        return waiting;
    }

    /// <summary>The listed items due at application time that are not done, each with its state (未列入 when absent).</summary>
    public static string Waiting(ProjectSnapshot project, IReadOnlyList<PreWorkKind> items, bool acceptCommitment) =>
        string.Join("、", items.Where(i => IsDueAtApplication(i) && !IsDone(project.StatusOf(i), acceptCommitment))
            .Select(i => $"{ZhNames<PreWorkKind>.Of(i)}（{(project.StatusOf(i) is { } s ? ZhNames<PreWorkStatus>.Of(s) : "未列入前期工作")}）"));

    /// <summary>
    /// 施工许可 and 节能审查 must be in hand before works begin, so when the planned start comes before the application
    /// they are needed by then; 财政评审 only by the application (null: the application's date applies).
    /// </summary>
    public static DateOnly? NeededBy(ProjectSnapshot project, IReadOnlyList<PreWorkKind> items, bool acceptCommitment)
    {
        foreach (var item in items)
        {
            if (item is PreWorkKind.ConstructionPermit or PreWorkKind.EnergyReview && !IsDone(project.StatusOf(item), acceptCommitment))
            {
                return project.PlannedStart;
            }
        }
        return null;
    }

    private static bool IsDone(PreWorkStatus? status, bool acceptCommitment) =>
        status == PreWorkStatus.Completed || (acceptCommitment && status == PreWorkStatus.Committed);
}
