using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Matching.Engine;

/// <summary>
/// The readiness and timing answers as the results table keeps them — how many things to prepare and the earliest date
/// one is needed by, and the window — from the kept rule verdicts, without any message. The explanation
/// (<see cref="MatchExplainer"/>) lists the same items with their messages.
/// </summary>
internal static class StoredAnswers
{
    public static TimingAnswer Timing(CompiledChannel compiled, DateOnly asOf) =>
        compiled.TimingRule >= 0 ? compiled.Rules[compiled.TimingRule].Windows!.At(asOf) : TimingAnswer.NoFixedWindow;

    /// <summary>The snapshot is taken only when a rule answered 申报前办理 (its date may read it); materials read the record.</summary>
    public static (int Items, DateOnly? ReadyBy) Readiness(Lazy<ProjectSnapshot> snapshot, ProjectRecord record, CompiledChannel compiled, RuleContext context, ReadOnlySpan<RuleVerdict> verdicts, TimingAnswer timing)
    {
        var applyBy = timing.ApplyBy;
        var items = 0;
        DateOnly? earliest = null;
        for (var i = 0; i < verdicts.Length; i++)
        {
            if (verdicts[i] == RuleVerdict.ToPrepare)
            {
                items++;
                earliest = Earlier(earliest, compiled.Rules[i].NeededBy(snapshot.Value, context, applyBy));
            }
        }
        foreach (var material in compiled.Channel.Definition.Materials)
        {
            if (material.AppliesTo(record) && !material.IsPresent(record))
            {
                items++;
                earliest = Earlier(earliest, applyBy);
            }
        }
        return (items, earliest);
    }

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
