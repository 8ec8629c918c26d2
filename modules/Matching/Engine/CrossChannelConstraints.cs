using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;

namespace Reserve.Matching.Engine;

/// <summary>
/// Constraints that only exist across a project's channels. 中央预算内投资 is granted once per project
/// ("一次性安排"): when several of its sub-programs fit, the best-ranked keeps its place and each other one
/// carries a scoring outcome saying the department must choose. The other cross-channel constraints
/// (超长期特别国债 excluding projects funded by 中央预算内投资, the financial instrument's 50% of equity,
/// 专项债 as 资本金, sources within the total) read the project's own funding plan, so the channels
/// apply them as ordinary rules.
/// </summary>
internal static class CrossChannelConstraints
{
    public const string CentralOnceRuleId = "CROSS-CENTRAL-ONCE";
    public const string CentralBudgetLine = "中央预算内投资";

    /// <summary>Takes results already ranked; returns them with the constraint applied.</summary>
    public static IReadOnlyList<MatchResult> Apply(IReadOnlyList<MatchResult> ranked, Func<string, string?> parentOf)
    {
        var central = ranked.Where(r => r.Verdict == MatchVerdict.Eligible && parentOf(r.ChannelId) == CentralBudgetLine).ToList();
        if (central.Count < 2)
        {
            return ranked;
        }
        var keeper = central[0];
        return ranked.Select(r => central.Contains(r) && r != keeper ? WithChoice(r, keeper) : r).ToList();
    }

    private static MatchResult WithChoice(MatchResult result, MatchResult keeper)
    {
        var source = BaselineSources.CentralFundingOnce;
        var outcome = new RuleOutcome(
            CentralOnceRuleId, "同一项目只安排一个中央预算内投资专项", RuleKind.Scoring, RuleVerdict.Fail,
            $"项目同时符合“{keeper.ChannelName}”（得分 {keeper.Score:0.0}），中央预算内投资对同一项目一次性安排，只能择一申报",
            source.Citation, source.Confidence, source.Url, []);
        return result with { Rules = [.. result.Rules, outcome] };
    }
}
