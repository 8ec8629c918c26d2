using Reserve.Matching;

namespace Reserve.Benchmarks;

/// <summary>A condition's three-valued outcome in the hand-written loops, plus 不适用.</summary>
public enum Condition : byte { Pass, Fail, Unknown, NotApplicable }

/// <summary>The verdict of the hand-written loops: 不符合 when a condition fails, else 待补充信息 when one is unknown.</summary>
public struct ConditionTally
{
    private bool _fail;
    private bool _unknown;

    /// <summary>Records one condition; true when it failed.</summary>
    public bool Add(Condition verdict)
    {
        _fail |= verdict == Condition.Fail;
        _unknown |= verdict == Condition.Unknown;
        return verdict == Condition.Fail;
    }

    public readonly MatchVerdict Verdict => _fail ? MatchVerdict.Ineligible : _unknown ? MatchVerdict.NeedsInformation : MatchVerdict.Eligible;

    public static Condition Is(bool passes) => passes ? Condition.Pass : Condition.Fail;
}
