using Reserve.Sdk.Rules;

namespace Reserve.Matching.Engine;

/// <summary>
/// The cheap part of a match: each rule's verdict and the overall verdict and score, without any
/// message. Explanations are built from it only when someone needs them.
/// </summary>
internal readonly struct ChannelEvaluation(MatchVerdict verdict, decimal score, RuleVerdict[] verdicts, string? error, int failedRule)
{
    public MatchVerdict Verdict { get; } = verdict;
    public decimal Score { get; } = score;
    public RuleVerdict[] Verdicts { get; } = verdicts;
    public string? Error { get; } = error;

    /// <summary>Index of the rule that threw, or -1.</summary>
    public int FailedRule { get; } = failedRule;
}
