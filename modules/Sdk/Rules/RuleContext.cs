using Reserve.Sdk.Facts;

namespace Reserve.Sdk.Rules;

/// <summary>
/// What a rule sees besides the project: the date the match is made as of, and a scratch list where a
/// rule names the facts it lacks. One context is reused across evaluations, so rules allocate nothing.
/// </summary>
public sealed class RuleContext
{
    private readonly List<FactRef> _missing = [];

    public RuleContext(DateOnly asOf)
    {
        AsOf = asOf;
    }

    /// <summary>The date the match is made as of: dated parameters and deadlines are read at this date.</summary>
    public DateOnly AsOf { get; set; }

    public IReadOnlyList<FactRef> MissingFacts => _missing;

    /// <summary>Records a missing fact and answers Unknown, for use as <c>return ctx.Unknown(fact);</c>.</summary>
    public RuleVerdict Unknown(FactRef fact)
    {
        AddMissing(fact);
        return RuleVerdict.Unknown;
    }

    public RuleVerdict Unknown(FactRef first, FactRef second)
    {
        AddMissing(first);
        AddMissing(second);
        return RuleVerdict.Unknown;
    }

    public void AddMissing(FactRef fact)
    {
        if (!_missing.Contains(fact))
        {
            _missing.Add(fact);
        }
    }

    /// <summary>Called by the engine before it runs rules whose missing facts it will read.</summary>
    public void ResetMissing()
    {
        // Most rules record nothing; skipping Clear keeps the per-rule cost of the hot loop down.
        if (_missing.Count != 0)
        {
            _missing.Clear();
        }
    }
}
