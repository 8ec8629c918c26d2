using System.Globalization;
using Reserve.Matching;
using Reserve.Sdk.Rules;

namespace Reserve.Projects.Web.Explanations;

/// <summary>
/// What a channel's score is made of, for the hover text beside it. The score (0–100, README “得分”) is 70 points for the
/// share of applicable hard conditions and exclusions met (or to be handled before applying) and 30 for the share of
/// scoring weight earned; it only orders channels with the same answer.
/// </summary>
public static class ScoreParts
{
    public const decimal ConditionPoints = 70m;
    public const decimal ScoringPoints = 30m;

    public static string Explain(MatchResult match)
    {
        if (match.Verdict == MatchVerdict.Error)
        {
            return "评估出错，不计分";
        }
        if (match.Timing?.State == TimingState.OutOfPeriod)
        {
            return "渠道不在有效期内，不计分";
        }
        var deciding = match.Rules.Where(r => r.Kind is RuleKind.HardCondition or RuleKind.Exclusion && r.Verdict != RuleVerdict.NotApplicable).ToList();
        var met = deciding.Count(r => r.Verdict is RuleVerdict.Pass or RuleVerdict.ToPrepare);
        var conditions = deciding.Count == 0 ? ConditionPoints : Math.Round(ConditionPoints * met / deciding.Count, 1);
        var scoring = Math.Max(0m, match.Score - conditions);
        var scoringRules = match.Rules.Count(r => r.Kind == RuleKind.Scoring && r.Verdict != RuleVerdict.NotApplicable);
        var scoringText = scoringRules == 0
            ? $"本渠道无评分项，按硬性条件比例折算 {N(scoring)} 分"
            : $"评分项 {scoringRules} 条，得 {N(scoring)} 分（满分 {N(ScoringPoints)}）";
        return $"得分 {N(match.Score)} = 硬性条件和排除情形 {met}/{deciding.Count} 条满足，得 {N(conditions)} 分（满分 {N(ConditionPoints)}）+ {scoringText}。" +
            "得分只在结论相同的渠道之间排序，先看结论（符合、待核实、待补充信息、不符合）。";
    }

    private static string N(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
