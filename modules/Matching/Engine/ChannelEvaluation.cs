using Reserve.Sdk.Rules;

namespace Reserve.Matching.Engine;

/// <summary>
/// The cheap part of a match: each rule's verdict and the overall verdict, without any message. The
/// explanation and the ranking score are built from it only when someone needs them.
/// </summary>
internal readonly struct ChannelEvaluation(MatchVerdict verdict, ReadOnlyMemory<RuleVerdict> verdicts, string? error, int failedRule)
{
    public MatchVerdict Verdict { get; } = verdict;

    /// <summary>Each rule's verdict in the channel's rule order; after an error only those before the failed rule are set.</summary>
    public ReadOnlyMemory<RuleVerdict> Verdicts { get; } = verdicts;

    public string? Error { get; } = error;

    /// <summary>Index of the rule that threw, or -1.</summary>
    public int FailedRule { get; } = failedRule;

    /// <summary>The ranking score (<see cref="RuleScore"/>) from the rule verdicts; 0 for an error.</summary>
    public decimal Score(EligibilityRule[] rules)
    {
        if (Error is not null)
        {
            return 0m;
        }
        var verdicts = Verdicts.Span;
        int decidingApplicable = 0, decidingPassed = 0;
        decimal scoringApplicable = 0m, scoringEarned = 0m;
        for (var i = 0; i < rules.Length; i++)
        {
            var verdict = verdicts[i];
            if (verdict == RuleVerdict.NotApplicable)
            {
                continue;
            }
            var rule = rules[i];
            if (rule.DecidesVerdict)
            {
                decidingApplicable++;
                // A readiness item is met at application time: it does not lower the rank of a project at 谋划.
                decidingPassed += verdict is RuleVerdict.Pass or RuleVerdict.ToPrepare ? 1 : 0;
            }
            else if (rule.Kind == RuleKind.Scoring)
            {
                scoringApplicable += rule.Weight;
                scoringEarned += verdict == RuleVerdict.Pass ? rule.Weight : 0m;
            }
        }
        return RuleScore.Compute(decidingApplicable, decidingPassed, scoringApplicable, scoringEarned);
    }
}
