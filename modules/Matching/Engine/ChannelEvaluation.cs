using Reserve.Sdk.Rules;

namespace Reserve.Matching.Engine;

/// <summary>
/// The cheap part of a match: each rule's verdict and the overall verdict and score, without any
/// message. Explanations are built from it only when someone needs them. The score is computed only when
/// read (decimal arithmetic that verdict-only tallies never need).
/// </summary>
internal readonly struct ChannelEvaluation(
    MatchVerdict verdict, RuleVerdict[] verdicts, string? error, int failedRule,
    int decidingApplicable = 0, int decidingPassed = 0, decimal scoringApplicable = 0m, decimal scoringEarned = 0m)
{
    public MatchVerdict Verdict { get; } = verdict;

    /// <summary>The ranking score (<see cref="RuleScore"/>); 0 for an error.</summary>
    public decimal Score => Error is null ? RuleScore.Compute(decidingApplicable, decidingPassed, scoringApplicable, scoringEarned) : 0m;

    public RuleVerdict[] Verdicts { get; } = verdicts;
    public string? Error { get; } = error;

    /// <summary>Index of the rule that threw, or -1.</summary>
    public int FailedRule { get; } = failedRule;
}
