namespace Reserve.Matching.Engine;

/// <summary>
/// The ranking score, 0–100: 70 points for the share of applicable hard conditions and exclusions that
/// pass, 30 for the share of applicable scoring weight earned (when a channel has no scoring rules, the
/// 30 follow the hard share). Errors score 0; an ineligible channel keeps its partial score so that the
/// nearest misses rank first among the misses.
/// </summary>
internal static class RuleScore
{
    public static decimal Compute(int decidingApplicable, int decidingPassed, decimal scoringApplicable, decimal scoringEarned)
    {
        var hardShare = decidingApplicable == 0 ? 1m : (decimal)decidingPassed / decidingApplicable;
        var scoringShare = scoringApplicable == 0 ? hardShare : scoringEarned / scoringApplicable;
        return Math.Round(70m * hardShare + 30m * scoringShare, 1);
    }
}
