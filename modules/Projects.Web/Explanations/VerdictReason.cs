using Reserve.Matching;
using Reserve.Sdk.Rules;

namespace Reserve.Projects.Web.Explanations;

/// <summary>
/// The one sentence beside a channel's answer on its folded card (a phone shows only that line until tapped): the rule
/// that decided a 不符合 or 待核实, what is missing for a 待补充信息, or how many deciding conditions a 符合 meets.
/// </summary>
public static class VerdictReason
{
    private const int FactsNamed = 3;

    /// <param name="label">How the page names a missing fact (its form field's label).</param>
    public static string Of(MatchResult match, Func<MissingFact, string> label) => match.Verdict switch
    {
        MatchVerdict.Error => "该渠道评估出错，请联系系统管理员。",
        MatchVerdict.Ineligible => FirstSentence(match, r => r.Disqualifies) ?? FirstSentence(match, r => r.Verdict == RuleVerdict.Fail) ?? "不满足本渠道的申报条件。",
        MatchVerdict.Unconfirmed => FirstSentence(match, r => r.Verdict == RuleVerdict.Fail && r.NeedsVerification) ?? "有条件须对照当年申报通知核实。",
        MatchVerdict.NeedsInformation => Missing(match, label) ?? FirstSentence(match, r => r.Verdict == RuleVerdict.Unknown) ?? "缺少信息，补充后重新判断。",
        _ => Met(match),
    };

    private static string? FirstSentence(MatchResult match, Func<RuleOutcome, bool> deciding) =>
        match.Rules.FirstOrDefault(deciding) is { } rule ? RuleSentence.Of(rule) : null;

    private static string? Missing(MatchResult match, Func<MissingFact, string> label)
    {
        if (match.MissingFacts.Count == 0)
        {
            return null;
        }
        var named = string.Join("、", match.MissingFacts.Take(FactsNamed).Select(label));
        var more = match.MissingFacts.Count > FactsNamed ? $"等 {match.MissingFacts.Count} 项" : "";
        return $"缺少{named}{more}，补充后重新判断。";
    }

    private static string Met(MatchResult match)
    {
        var deciding = match.Rules.Count(r => r.Kind is RuleKind.HardCondition or RuleKind.Exclusion && r.Verdict == RuleVerdict.Pass);
        var met = deciding > 0 ? $"{deciding} 项硬性条件和排除情形均满足" : "申报条件均满足";
        return match.Readiness.Count > 0 ? $"{met}，申报前须准备 {match.Readiness.Count} 项。" : $"{met}。";
    }
}
